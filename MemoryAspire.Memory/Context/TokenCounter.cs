using Microsoft.ML.Tokenizers;

namespace MemoryAspire.Memory.Context;

/// <summary>Counts tokens as the gpt-4o family does (o200k_base), plus the per-message framing of the chat format.</summary>
public static class TokenCounter
{
    /// <summary>Role and separators that the chat format adds around every message.</summary>
    public const int PerMessageOverhead = 4;

    private static readonly Tokenizer Tokenizer = TiktokenTokenizer.CreateForModel("gpt-4o");

    public static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : Tokenizer.CountTokens(text);

    public static int CountMessage(string? text) => Count(text) + PerMessageOverhead;
}
