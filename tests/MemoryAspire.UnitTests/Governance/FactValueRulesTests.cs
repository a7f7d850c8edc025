using MemoryAspire.Memory.Governance;

namespace MemoryAspire.UnitTests.Governance;

public sealed class FactValueRulesTests
{
    [Theory]
    [InlineData("name", "", "the value is empty")]
    [InlineData("name", "   ", "the value is empty")]
    [InlineData("", "Alex", "the key is empty")]
    public void Empty_keys_and_values_are_malformed(string key, string value, string reason)
    {
        Assert.Equal(reason, FactValueRules.Malformed(key, value));
    }

    [Fact]
    public void Values_and_keys_over_the_column_lengths_are_malformed()
    {
        Assert.Contains("1000", FactValueRules.Malformed("name", new string('x', 1001)), StringComparison.Ordinal);
        Assert.Contains("100", FactValueRules.Malformed(new string('k', 101), "Alex"), StringComparison.Ordinal);
        Assert.Null(FactValueRules.Malformed("name", new string('x', 1000)));
    }
}
