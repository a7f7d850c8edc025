using MemoryAspire.Memory.Context;
using Microsoft.ML.Tokenizers;

namespace MemoryAspire.UnitTests.Memory;

public sealed class TokenCounterTests
{
    private static readonly Tokenizer O200k = TiktokenTokenizer.CreateForModel("gpt-4o");

    [Fact]
    public void Text_of_ordinary_words_is_counted_exactly_however_long()
    {
        var text = string.Join(' ', Enumerable.Range(0, 6_000).Select(i => i % 7 == 0 ? "memory\n" : $"word{i % 13}"));

        Assert.Equal(O200k.CountTokens(text), TokenCounter.Count(text));
    }

    [Fact]
    public void A_very_long_word_is_counted_in_pieces_within_a_token_a_piece_of_the_exact_count()
    {
        var word = string.Concat(Enumerable.Range(0, 6_000).Select(i => (char)('a' + (i * 7919 % 26))));
        var pieces = (word.Length + TokenCounter.MaxWord - 1) / TokenCounter.MaxWord;

        Assert.InRange(TokenCounter.Count($"say {word} now"), O200k.CountTokens($"say {word} now"), O200k.CountTokens($"say {word} now") + pieces);
    }

    [Fact]
    public void A_32_KiB_word_emoji_run_or_combining_mark_run_counts_as_its_pieces_of_MaxWord_which_here_is_exact()
    {
        // Counted in pieces (cut at text elements, or inside one at MaxWord), which for these matches the whole-word count;
        // the pieces are what keep the time linear, measured by TokenCounterBenchmarks ("one word of the same length").
        foreach (var text in new[] { new string('x', 32_768), string.Concat(Enumerable.Repeat("\U0001F468\u200D\U0001F469\u200D\U0001F467", 4_000)), "Z" + new string('\u0301', 30_000) })
        {
            var pieces = Enumerable.Range(0, (text.Length + TokenCounter.MaxWord - 1) / TokenCounter.MaxWord)
                .Sum(i => O200k.CountTokens(text.AsSpan(i * TokenCounter.MaxWord, Math.Min(TokenCounter.MaxWord, text.Length - i * TokenCounter.MaxWord))));

            Assert.Equal(pieces, TokenCounter.Count(text));
        }
    }
}
