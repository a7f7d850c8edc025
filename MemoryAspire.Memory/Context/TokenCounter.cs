using System.Buffers;
using MemoryAspire.Memory.Text;
using Microsoft.ML.Tokenizers;

namespace MemoryAspire.Memory.Context;

/// <summary>Counts tokens as the gpt-4o family does (o200k_base), plus the per-message framing of the chat format.</summary>
public static class TokenCounter
{
    /// <summary>Role and separators that the chat format adds around every message.</summary>
    public const int PerMessageOverhead = 4;

    /// <summary>
    /// A word (a run without whitespace) longer than this is counted in pieces cut between text elements: BPE time grows with
    /// the square of a word's length (a 32 KB word took seconds per count), and each cut costs at most a token of precision.
    /// Text of ordinary words is counted whole.
    /// </summary>
    public const int MaxWord = 256;

    private static readonly Tokenizer Tokenizer = TiktokenTokenizer.CreateForModel("gpt-4o");

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\u00A0\u2028\u2029\u3000");

    public static int Count(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var span = text.AsSpan();
        var total = 0;
        var counted = 0;
        for (var position = 0; position < span.Length;)
        {
            var length = span[position..].IndexOfAny(Whitespace) is var end and >= 0 ? end : span.Length - position;
            if (length > MaxWord)
            {
                total += Tokenizer.CountTokens(span[counted..position]);
                for (var word = span.Slice(position, length); word.Length > 0;)
                {
                    // Inside one text element longer than a piece (a letter under thousands of combining marks) only a pair is kept whole.
                    var cut = TextCut.BoundaryAtOrBefore(word, MaxWord) is var boundary and > 0 ? boundary
                        : word.Length <= MaxWord ? word.Length
                        : char.IsHighSurrogate(word[MaxWord - 1]) ? MaxWord - 1 : MaxWord;
                    total += Tokenizer.CountTokens(word[..cut]);
                    word = word[cut..];
                }

                counted = position + length;
            }

            position += length + 1;
        }

        return total + (counted < span.Length ? Tokenizer.CountTokens(span[counted..]) : 0);
    }

    public static int CountMessage(string? text) => Count(text) + PerMessageOverhead;
}
