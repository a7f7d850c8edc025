using System.Text;

namespace MemoryAspire.Benchmarks;

/// <summary>
/// A generated, deterministic conversation about building a RAG system: user messages of 10 to 40 words that state a fact
/// about the user now and then (name, tools, employer, city, preferences, a later change of vector store), and
/// assistant replies of about 60 words.
/// </summary>
public sealed class SampleConversation(int seed = 42)
{
    private readonly Random _random = new(seed);
    private int _nextFact;

    private static readonly string[] FactStatements =
    [
        "Hi! My name is Alex and I'm building a RAG system in Python.",
        "I'm using ChromaDB for the vector store.",
        "I work at Contoso on the internal search team.",
        "I use FastAPI for the API layer.",
        "I live in Lisbon, so most of our users are in Europe.",
        "I prefer short answers with code samples.",
        "I'm using LangChain for orchestration.",
        "My favorite editor is VS Code.",
        "I use PostgreSQL for the document metadata.",
        "I think 512 tokens with 50-token overlap is working well.",
        "We switched to Qdrant because we needed payload filtering.",
        "I use Ollama for local testing of prompts.",
    ];

    private static readonly string[] Openers =
    [
        "Can you explain", "How should I handle", "What is a good way to think about", "I'm not sure about", "Could you compare options for",
        "What would you recommend for", "Let's talk about", "I'd like a second opinion on", "Walk me through", "Any tips on",
    ];

    private static readonly string[] Topics =
    [
        "chunking long PDFs with tables", "re-ranking the retrieved chunks", "evaluating answer faithfulness", "caching embeddings",
        "hybrid keyword and vector search", "prompt templates for citations", "handling follow-up questions", "latency of the retrieval step",
        "metadata filters per tenant", "deduplicating near-identical documents", "streaming answers to the browser", "batching embedding calls",
        "tracking token costs per request", "guarding against prompt injection in documents", "versioning the index", "testing the pipeline end to end",
    ];

    private static readonly string[] Details =
    [
        "The corpus is about forty thousand documents and grows every week.", "Most questions come from support engineers.",
        "Right now the p95 latency is around two seconds.", "We see duplicate answers when two chunks overlap.",
        "Some PDFs are scanned, so the text is noisy.", "The budget for this quarter is tight.",
        "Users often ask about the same product manuals.", "We need answers in English and Portuguese.",
        "The first version has to ship in three weeks.", "Accuracy matters more than speed for this team.",
    ];

    private static readonly string[] ReplySentences =
    [
        "A good first step is to measure where the time goes before changing anything.",
        "Split documents on headings first and only then by length, so each chunk keeps its context.",
        "Keep the chunk id and the page number in the metadata so that answers can cite their sources.",
        "A cross-encoder re-ranker over the top twenty hits usually improves precision noticeably.",
        "Cache embeddings by a hash of the normalized text, so unchanged documents are never embedded twice.",
        "For evaluation, build a small set of real questions with known answers and run it on every change.",
        "Filtering by tenant in the vector store itself is safer than filtering after retrieval.",
        "Streaming the answer makes the wait feel much shorter even when the total time is the same.",
        "Treat retrieved text as data, never as instructions, and say so in the system prompt.",
        "Batching embedding calls in groups of about a hundred keeps throughput high without hitting rate limits.",
        "Log the prompt tokens of every request, because retrieval size drives most of the cost.",
        "Version the index alongside the embedding model, so a model change triggers a rebuild.",
    ];

    /// <summary>The user's message of turn <paramref name="turn"/> (1-based): a fact statement on the first and every 25th turn.</summary>
    public string UserMessage(int turn)
    {
        if ((turn == 1 || turn % 25 == 0) && _nextFact < FactStatements.Length)
        {
            return FactStatements[_nextFact++];
        }

        var text = new StringBuilder($"{Pick(Openers)} {Pick(Topics)}?");
        for (var i = _random.Next(0, 3); i > 0; i--)
        {
            text.Append(' ').Append(Pick(Details));
        }

        return text.ToString();
    }

    /// <summary>An assistant reply of about 60 words.</summary>
    public string AssistantReply()
    {
        var text = new StringBuilder();
        while (WordCount(text) < 55)
        {
            text.Append(text.Length == 0 ? "" : " ").Append(Pick(ReplySentences));
        }

        return text.ToString();
    }

    public static int WordCount(StringBuilder text) => text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
