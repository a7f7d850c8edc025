using System.Text.RegularExpressions;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Text;
using MemoryAspire.UnitTests.Governance;
using MemoryAspire.UnitTests.Offline;

namespace MemoryAspire.UnitTests.Text;

public sealed class AlternationTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    [Fact]
    public void The_outer_group_is_split_at_its_own_bars_only()
    {
        var (prefix, branches, suffix) = Alternation.Split(@"\b(?:a|b(?:c|d)|[|)]x|\(|e\|f|[]|]y|[^]|]z)\b");

        Assert.Equal(@"\b", prefix);
        Assert.Equal(["a", "b(?:c|d)", "[|)]x", @"\(", @"e\|f", "[]|]y", "[^]|]z"], branches);
        Assert.Equal(@"\b", suffix);
    }

    [Theory]
    [InlineData(@"a|b")]
    [InlineData(@"(a|b)")]
    [InlineData(@"\b(?:a|b)+")]
    [InlineData(@"\b(?:a|b)(c|d)")]
    [InlineData(@"\b(?:a|b")]
    public void A_pattern_it_cannot_split_without_changing_its_meaning_is_refused(string pattern) =>
        Assert.Throws<ArgumentException>(() => Alternation.Split(pattern));

    // Leftmost first, and at one position the first branch that matches there, whatever its length; a branch whose earlier
    // match was overlapped by another's is looked for again after it.
    [Theory]
    [InlineData(@"\b(?:ab|abc|b c)\b", "abc ab b c abc")]
    [InlineData(@"(?:cat|category|gory)", "category cat gory")]
    [InlineData(@"(?:x y|y z|z)", "x y z y z z")]
    [InlineData(@"\b(?:let me (?!see)|me see|(?<keep>at) home)\b", "let me see, let me go, at home, me see")]
    [InlineData(@"(?:(?<=a)b|ab)", "abab b")]
    [InlineData(@"(?:a|b)", "")]
    public void Replacing_gives_what_the_whole_pattern_gives(string pattern, string input)
    {
        MatchEvaluator evaluator = m => m.Groups["keep"].Success ? $"<{m.Groups["keep"].Value}>" : $"[{m.Value}]";

        Assert.Equal(new Regex(pattern).Replace(input, evaluator), new Alternation(pattern, RegexOptions.None, Timeout).Replace(input, evaluator));
    }

    // The guard's harmless phrases, the pattern it is built for, read every held-out message and every hostile input the same
    // either way.
    [Fact]
    public void The_guards_harmless_phrases_read_every_held_out_message_and_hostile_input_as_the_whole_pattern_does()
    {
        var whole = new Regex(InstructionGuard.HarmlessPhrases);
        var split = new Alternation(InstructionGuard.HarmlessPhrases, RegexOptions.None, Timeout);
        MatchEvaluator evaluator = m => m.Groups["keep"].Success ? m.Groups["keep"].Value : " item ";
        var texts = HeldOutPhrasings.Batches.SelectMany(b => b.Poisoning.Concat(b.Benign))
            .Concat(HostileInputs.GuardUnits.Select(HostileInputs.Repeat))
            .Select(TextFold.Fold)
            .ToList();

        var replaced = texts.Count(text => whole.Replace(text, evaluator) != text);
        var differing = texts.Where(text => whole.Replace(text, evaluator) != split.Replace(text, evaluator)).ToList();

        Assert.True(split.Count > 100, $"{split.Count} branches");
        Assert.True(replaced > 500, $"only {replaced} texts hold a harmless phrase");
        Assert.Empty(differing);
    }
}
