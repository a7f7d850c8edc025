namespace MemoryAspire.UnitTests.Offline;

/// <summary>The six user messages of the product's seed scenario.</summary>
internal static class SeedConversation
{
    public static IReadOnlyList<string> UserMessages { get; } =
    [
        "Hi! My name is Alex and I'm building a RAG system in Python.",
        "I'm using ChromaDB for the vector store.",
        "My main challenge is chunking strategy for long PDFs.",
        "I think 512 tokens with 50-token overlap is working well.",
        "Now I want to add entity extraction from the retrieved chunks.",
        "Can you remind me what vector store I said I was using?",
    ];
}
