using MemoryAspire.Memory;
using MemoryAspire.Memory.Context;

namespace MemoryAspire.UnitTests.Memory;

public sealed class StrategyPlannerTests
{
    private static readonly MemoryOptions Options = new();

    [Theory]
    [InlineData("buffer", false, false, false, true)]
    [InlineData("summary", false, true, false, false)]
    [InlineData("entity", true, false, false, true)]
    [InlineData("recall", false, false, true, true)]
    [InlineData("hybrid", true, true, true, false)]
    public void Each_strategy_uses_its_sections(string strategy, bool profile, bool summary, bool recall, bool limitedBuffer)
    {
        var plan = StrategyPlanner.Plan(strategy, 10, 1, Options);

        Assert.Equal((profile, summary, recall, limitedBuffer), (plan.Profile, plan.Summary, plan.Recall, plan.BufferLimit is not null));
    }

    [Fact]
    public void Auto_uses_buffer_for_a_short_session_of_a_new_user()
    {
        var plan = StrategyPlanner.Plan("auto", 12, 1, Options);

        Assert.Equal("buffer", plan.Effective);
        Assert.Equal(Options.BufferSize, plan.BufferLimit);
    }

    [Fact]
    public void Auto_switches_to_summary_once_a_session_passes_20_turns()
    {
        Assert.Equal("buffer", StrategyPlanner.Plan("auto", Options.AutoShortSessionMessages - 1, 1, Options).Effective);
        Assert.Equal("summary", StrategyPlanner.Plan("auto", Options.AutoShortSessionMessages, 1, Options).Effective);
    }

    [Fact]
    public void Auto_uses_entity_and_summary_memory_for_a_user_with_several_sessions()
    {
        var plan = StrategyPlanner.Plan("auto", 2, 3, Options);

        Assert.True(plan.Profile);
        Assert.True(plan.Summary);
        Assert.Equal("entity+summary", plan.Effective);
    }

    [Fact]
    public void Unknown_strategy_is_refused_and_names_are_matched_case_insensitively()
    {
        Assert.Throws<ArgumentException>(() => StrategyPlanner.Plan("telepathy", 1, 1, Options));
        Assert.Equal("hybrid", MemoryStrategies.Normalize(" Hybrid "));
        Assert.Null(MemoryStrategies.Normalize("telepathy"));
    }
}
