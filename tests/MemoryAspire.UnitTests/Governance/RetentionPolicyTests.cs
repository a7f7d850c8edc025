using MemoryAspire.Memory;
using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory.Governance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemoryAspire.UnitTests.Governance;

public sealed class RetentionPolicyTests
{
    private static readonly DateTimeOffset Observed = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RetentionOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>(s.Key, s.Value))).Build();
        var services = new ServiceCollection().AddLogging().AddMemoryEngine(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<RetentionOptions>>().Value;
    }

    [Fact]
    public void A_fact_expires_a_year_after_it_was_last_observed_by_default()
    {
        Assert.Equal(Observed.AddDays(365), new RetentionOptions().FactExpiresAt("technology", [], Observed));
    }

    [Fact]
    public void A_fact_holding_pii_expires_after_the_shorter_pii_period()
    {
        Assert.Equal(Observed.AddDays(90), new RetentionOptions().FactExpiresAt("contact", ["email"], Observed));
    }

    [Fact]
    public void The_category_period_overrides_the_default_and_the_shorter_of_category_and_pii_wins()
    {
        var options = Bind(("Retention:FactsByCategory:preference", "30.00:00:00"), ("Retention:FactsByCategory:identity", "0"));

        Assert.Equal(Observed.AddDays(30), options.FactExpiresAt("preference", [], Observed));
        Assert.Equal(Observed.AddDays(30), options.FactExpiresAt("preference", ["email"], Observed));
        Assert.Equal(Observed.AddDays(90), options.FactExpiresAt("identity", ["email"], Observed));
        Assert.Null(options.FactExpiresAt("identity", [], Observed));
        Assert.Equal(Observed.AddDays(365), options.FactExpiresAt("work", [], Observed));
    }

    [Fact]
    public void Zero_keeps_facts_forever()
    {
        var options = Bind(("Retention:Facts", "0"), ("Retention:PiiFacts", "0"));

        Assert.Null(options.FactExpiresAt("other", ["phone"], Observed));
        Assert.Null(options.ToInfo().FactsDays);
        Assert.All(options.ToInfo().FactsByCategoryDays.Values, Assert.Null);
    }

    [Fact]
    public void An_enormous_period_does_not_overflow()
    {
        var options = new RetentionOptions { Facts = TimeSpan.MaxValue };

        Assert.Equal(DateTimeOffset.MaxValue.UtcTicks, options.FactExpiresAt("other", [], Observed)!.Value.UtcTicks);
    }

    [Fact]
    public void The_policy_shows_every_category_with_the_default_filled_in()
    {
        var info = Bind(("Retention:FactsByCategory:location", "7.00:00:00")).ToInfo();

        Assert.Equal(7, info.FactsByCategoryDays["location"]);
        Assert.Equal(365, info.FactsByCategoryDays["work"]);
        Assert.Equal(90, info.PiiFactsDays);
        Assert.Equal(5000, info.BatchSize);
        Assert.Equal(7, info.FinishedJobsDays);
    }

    [Fact]
    public void Invalid_settings_fail_at_startup_naming_every_key_at_fault()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(
            ("Retention:Messages", "-1.00:00:00"), ("Retention:FactsByCategory:hobbies", "10.00:00:00"), ("Retention:BatchSize", "0")));

        Assert.Contains("Retention:Messages", error.Message, StringComparison.Ordinal);
        Assert.Contains("Retention:FactsByCategory:hobbies names no fact category", error.Message, StringComparison.Ordinal);
        Assert.Contains("Retention:BatchSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_settings_are_valid()
    {
        Assert.Empty(new RetentionOptions().Validate());
    }

    [Fact]
    public void Nothing_is_cut_off_for_a_class_kept_forever()
    {
        var now = Observed;

        Assert.Null(RetentionOptions.Cutoff(now, TimeSpan.Zero));
        Assert.Equal(now.AddDays(-30), RetentionOptions.Cutoff(now, TimeSpan.FromDays(30)));
    }
}
