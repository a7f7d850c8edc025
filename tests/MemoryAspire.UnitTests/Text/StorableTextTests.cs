using System.Text;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.UnitTests.Text;

public sealed class StorableTextTests
{
    // UTF-16 units, not strings: test data with a lone surrogate would not survive xUnit's serialization.
    [Theory]
    [InlineData(new[] { 0x0000 }, 0, 0x0000)]
    [InlineData(new[] { 0x61, 0x62, 0x0000, 0x63 }, 2, 0x0000)]
    [InlineData(new[] { 0x61, 0xD83D, 0x20, 0x62 }, 1, 0xD83D)]
    [InlineData(new[] { 0xDC00 }, 0, 0xDC00)]
    [InlineData(new[] { 0xDE42, 0xD83D }, 0, 0xDE42)]
    [InlineData(new[] { 0xD83D, 0xDE42, 0xD83D }, 2, 0xD83D)]
    public void Nul_and_lone_surrogates_are_found_with_their_position(int[] units, int position, int value)
    {
        var found = StorableText.FindUnstorable(new string([.. units.Select(u => (char)u)]));

        Assert.NotNull(found);
        Assert.Equal(position, found.Position);
        Assert.Equal(value, found.Value);
    }

    [Fact]
    public void Every_other_unicode_scalar_value_can_be_stored()
    {
        var text = new StringBuilder();
        for (var value = 1; value <= 0x10FFFF; value++)
        {
            if (value is < 0xD800 or > 0xDFFF)
            {
                text.Append(char.ConvertFromUtf32(value));
            }
        }

        Assert.Null(StorableText.FindUnstorable(text.ToString()));
    }

    [Fact]
    public void Clean_drops_nul_and_replaces_lone_surrogates_and_keeps_pairs()
    {
        Assert.Equal("Alex \U0001F642 \uFFFD!", StorableText.Clean("Al\0ex \U0001F642 \uD83D!"));
        var clean = "nothing to do \u200D\u202E\uFFFF";
        Assert.Same(clean, StorableText.Clean(clean));
    }

    [Fact]
    public void A_refusal_names_the_field_the_character_and_its_position()
    {
        var refusal = Refusal.Invalid.Unstorable("facts[0].value", StorableText.FindUnstorable("ab\0")!);

        Assert.Contains("facts[0].value holds U+0000 (NUL) at position 2", refusal.Detail, StringComparison.Ordinal);
        Assert.Equal("facts[0].value", refusal.Extensions["field"]);
        Assert.Equal("U+0000", refusal.Extensions["character"]);
        Assert.Equal(2, refusal.Extensions["position"]);
    }

    [Fact]
    public void A_fact_value_or_key_with_nul_is_malformed_for_corrections_and_systems_of_record()
    {
        Assert.Equal("the value holds U+0000 (NUL) at position 2", FactValueRules.Malformed("name", "Al\0ex"));
        Assert.Equal("the key holds U+DC00 (a low surrogate without its high half) at position 0", FactValueRules.Malformed("\uDC00", "Alex"));
        Assert.Null(FactValueRules.Malformed("name", "Al\u200Dex \U0001F1E9\U0001F1EA"));
    }

    [Fact]
    public void What_a_model_extracts_is_stored_without_nul()
    {
        var facts = ModelFactExtractor.Parse("""{"facts":[{"key":"na\u0000me","value":"Al\u0000ex","category":"identity","confidence":0.9}]}""");

        var fact = Assert.Single(facts);
        Assert.Equal("name", fact.Key);
        Assert.Equal("Alex", fact.Value);
    }
}
