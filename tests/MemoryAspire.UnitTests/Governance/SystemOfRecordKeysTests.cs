using MemoryAspire.Memory.Governance;

namespace MemoryAspire.UnitTests.Governance;

public sealed class SystemOfRecordKeysTests
{
    private static readonly KeyValuePair<string, string?>[] Keys =
    [
        new("crm", "crm-key-0123456789abcdef"),
        new("hr", "hr-key-0123456789abcdef"),
        new("weak", "short"),
    ];

    [Theory]
    [InlineData("crm-key-0123456789abcdef", "crm")]
    [InlineData("hr-key-0123456789abcdef", "hr")]
    public void A_configured_key_names_its_system(string presented, string system)
    {
        Assert.Equal(system, SystemOfRecordKeys.Match(Keys, presented));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("crm-key-0123456789abcdeF")]
    [InlineData("crm-key-0123456789abcde")]
    [InlineData("crm-key-0123456789abcdef ")]
    public void A_missing_or_wrong_key_names_no_system(string? presented)
    {
        Assert.Null(SystemOfRecordKeys.Match(Keys, presented));
    }

    [Fact]
    public void A_key_too_short_to_be_a_credential_is_ignored()
    {
        Assert.Null(SystemOfRecordKeys.Match(Keys, "short"));
    }

    [Fact]
    public void With_no_keys_configured_nothing_matches()
    {
        Assert.Null(SystemOfRecordKeys.Match([], "crm-key-0123456789abcdef"));
    }
}
