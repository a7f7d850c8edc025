using System.Text;
using MemoryAspire.Memory.Turns;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.UnitTests.Text;

public sealed class TextCutTests
{
    /// <summary>What a reader sees as one character, and a UTF-16 cut could split.</summary>
    private static readonly string[] Clusters =
    [
        "a",
        "\U0001F642",
        "\U0001F1E9\U0001F1EA",
        "\U0001F1EB\U0001F1F7",
        "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466",
        "\U0001F469\u200D\U0001F4BB",
        "\U0001F3F3\uFE0F\u200D\U0001F308",
        "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F",
        "\U0001F44D\U0001F3FD",
        "e\u0301",
        "e\u0301\u0323",
        "\u1100\u1161\u11A8",
        "\r\n",
        "\u05E9\u05B8",
        "\U0001D400",
    ];

    /// <summary>Texts made of known clusters, with the positions between them: the only places a cut may fall.</summary>
    public static TheoryData<string, int[]> Texts()
    {
        var data = new TheoryData<string, int[]>();
        foreach (var cluster in Clusters.Skip(1))
        {
            Compose(data, Enumerable.Repeat(cluster, 12));
        }

        Compose(data, Clusters.Concat(Clusters.Reverse()));
        Compose(data, Enumerable.Range(0, 40).Select(i => Clusters[(i * 7) % Clusters.Length]));
        Compose(data, ["Z" + new string('\u0301', 120), "b"]);
        return data;
    }

    private static void Compose(TheoryData<string, int[]> data, IEnumerable<string> clusters)
    {
        var text = new StringBuilder();
        List<int> boundaries = [0];
        foreach (var cluster in clusters)
        {
            text.Append(cluster);
            boundaries.Add(text.Length);
        }

        data.Add(text.ToString(), [.. boundaries]);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_prefix_at_every_length_is_the_longest_run_of_whole_clusters_that_fits(string text, int[] boundaries)
    {
        for (var length = 0; length <= text.Length + 2; length++)
        {
            var prefix = TextCut.Prefix(text, length);

            Assert.StartsWith(prefix, text, StringComparison.Ordinal);
            Assert.Equal(boundaries.Last(b => b <= length), prefix.Length);
            Assert.True(IsWellFormed(prefix), $"cut at {length} leaves half a surrogate pair");
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Shortened_text_at_every_length_fits_ends_with_the_marker_and_keeps_whole_clusters(string text, int[] boundaries)
    {
        for (var length = 0; length <= text.Length + 2; length++)
        {
            var shortened = TextCut.Shorten(text, length);

            Assert.True(shortened.Length <= length, $"{shortened.Length} > {length}");
            if (text.Length <= length)
            {
                Assert.Equal(text, shortened);
                continue;
            }

            var kept = length >= TextCut.Ellipsis.Length ? shortened[..^TextCut.Ellipsis.Length] : shortened;
            Assert.StartsWith(kept, text, StringComparison.Ordinal);
            Assert.Contains(kept.Length, boundaries);
            Assert.True(IsWellFormed(shortened));
        }
    }

    [Fact]
    public void A_cut_never_leaves_text_that_utf8_cannot_encode()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var emoji = string.Concat(Enumerable.Repeat("\U0001F642", 100));

        // The title of the message: 57 UTF-16 units end inside the 29th emoji.
        var title = SessionTitles.From(emoji);
        strict.GetBytes(title);
        Assert.Equal(string.Concat(Enumerable.Repeat("\U0001F642", 28)) + "...", title);
        strict.GetBytes(TextCut.Prefix(emoji, RecallSelection.MaxLineChars + 1));
        strict.GetBytes(Refusal.Quote(emoji));
    }

    [Fact]
    public void Short_text_is_kept_whole_and_a_lone_surrogate_is_one_element_that_a_cut_does_not_make_worse()
    {
        Assert.Equal("hello", TextCut.Shorten("hello", 60));
        Assert.Equal("", TextCut.Prefix("\U0001F642", 1));
        Assert.Equal("a\uD83D", TextCut.Prefix("a\uD83Db", 2));
        Assert.Equal("ab", TextCut.Shorten("abcdef", 2));
    }

    [Fact]
    public void A_title_is_the_first_line_and_a_long_one_is_cut_between_text_elements()
    {
        Assert.Equal("Hello there", SessionTitles.From("  Hello\nthere  "));
        var family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";
        var title = SessionTitles.From(new string('a', 50) + family + new string('b', 20));

        Assert.Equal(new string('a', 50) + "...", title);
        Assert.True(title.Length <= SessionTitles.MaxLength);
    }

    private static bool IsWellFormed(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)) == text;
}
