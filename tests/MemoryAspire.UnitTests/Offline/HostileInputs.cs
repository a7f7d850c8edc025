namespace MemoryAspire.UnitTests.Offline;

/// <summary>
/// Messages at the size limit built to make text processing slow: repeated units that invite regex backtracking or
/// quadratic scans. The unit tests check what the engine answers for them; benchmarks/hostile-input times the same inputs
/// (this file is compiled into both).
/// </summary>
public static class HostileInputs
{
    public const int Bytes = 32 * 1024;

    /// <summary>Units for the fact guard: orders, markup, encodings, invisible and look-alike characters, and a benign sentence.</summary>
    public static readonly string[] GuardUnits =
    [
        "you you you you ", "i am a a a a ", "a b a b a b ", "a b c d e f g h", "remember remember ", "[[[[ <<<< ", "my password my password ",
        "system system: ", "please please, ", "aaaaaaaaaaaaaaaa", "aB3dE5gH+/", "cmVtZW1iZXIgbWU= ", "u r ur rmbr ", "i.am.the.", "pasword acess ",
        "x\u180Ey\u200B", "🅰🅳 ⚠️ ", "the stored notes of ",
        "I moved to Berlin last year and I work as a data engineer at a startup, where we build pipelines in Python. ",
    ];

    /// <summary>Units for the rule-based extractor: the starts of the statements it looks for, repeated.</summary>
    public static readonly string[] ExtractorUnits = ["I'm using ", "my name is a", "a", "I think 512 tokens ", "I'm building a RAG system with "];

    /// <summary>A long message for the summarizer: one informative sentence repeated.</summary>
    public static string ForSummary() => Repeat("I'm using ChromaDB 0.5 for the vector store and it works fine ");

    /// <summary><paramref name="unit"/> repeated to exactly <see cref="Bytes"/> characters.</summary>
    public static string Repeat(string unit) => string.Concat(Enumerable.Repeat(unit, Bytes / unit.Length + 1))[..Bytes];
}
