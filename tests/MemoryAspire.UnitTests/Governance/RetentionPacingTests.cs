using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Governance;

namespace MemoryAspire.UnitTests.Governance;

public sealed class RetentionPacingTests
{
    [Theory]
    [InlineData(10_000, 50_000, 0.0, 0.2)] // 10,000 rows at once: wait until 0.2 s have passed
    [InlineData(10_000, 50_000, 0.15, 0.05)]
    [InlineData(10_000, 50_000, 0.3, 0.0)] // already slower than the ceiling
    [InlineData(10_000, 0, 0.0, 0.0)] // no ceiling
    public void A_sweep_waits_only_as_long_as_it_is_ahead_of_its_ceiling(long rows, int ceiling, double elapsedSeconds, double waitSeconds)
    {
        var wait = SweepPace.Wait(rows, ceiling, TimeSpan.FromSeconds(elapsedSeconds));

        Assert.Equal(waitSeconds, wait.TotalSeconds, 6);
    }

    [Fact]
    public void A_negative_ceiling_is_refused_at_startup()
    {
        var errors = new RetentionOptions { MaxRowsPerSecond = -1 }.Validate();

        Assert.Contains(errors, e => e.Contains("Retention:MaxRowsPerSecond", StringComparison.Ordinal));
    }
}

public sealed class CacheTargetsTests
{
    private static readonly Guid Alex = Guid.Parse("0195a1b2-0000-7000-8000-000000000001");
    private static readonly Guid Sam = Guid.Parse("0195a1b2-0000-7000-8000-000000000002");
    private static readonly Guid AlexSession = Guid.Parse("0195a1b2-0000-7000-8000-0000000000a1");
    private static readonly Guid AlexOtherSession = Guid.Parse("0195a1b2-0000-7000-8000-0000000000a2");

    [Fact]
    public void Every_window_and_each_users_profile_once_are_the_keys_to_delete()
    {
        var targets = new CacheTargets([new CacheWindow(Alex, AlexSession), new CacheWindow(Alex, AlexOtherSession)], [Alex, Sam]);

        var keys = targets.Keys().Select(k => k.ToString()).ToList();

        Assert.Equal(
            [MemoryCacheStore.WindowKey(Alex, AlexSession), MemoryCacheStore.WindowKey(Alex, AlexOtherSession), MemoryCacheStore.ProfileKey(Alex), MemoryCacheStore.ProfileKey(Sam)],
            keys);
    }

    [Fact]
    public void A_purge_belongs_to_its_one_user_or_to_none_when_it_spans_users()
    {
        Assert.Equal(Alex, CacheTargets.ForWindows([new CacheWindow(Alex, AlexSession), new CacheWindow(Alex, AlexSession)]).SingleUser);
        Assert.Equal(Guid.Empty, new CacheTargets([new CacheWindow(Alex, AlexSession)], [Sam]).SingleUser);
    }

    [Fact]
    public void The_payload_round_trips_and_holds_ids_only()
    {
        var targets = CacheTargets.ForWindows([new CacheWindow(Alex, AlexSession), new CacheWindow(Alex, AlexSession), new CacheWindow(Sam, AlexOtherSession)]);

        var json = targets.ToJson();
        var back = CacheTargets.FromJson(json);

        Assert.Equal(2, back.Windows.Count);
        Assert.Equal(targets.Windows, back.Windows);
        Assert.Empty(back.Profiles);
        Assert.Equal("""{"windows":[{"user":"0195a1b2-0000-7000-8000-000000000001","session":"0195a1b2-0000-7000-8000-0000000000a1"},{"user":"0195a1b2-0000-7000-8000-000000000002","session":"0195a1b2-0000-7000-8000-0000000000a2"}],"profiles":[]}""", json);
    }
}
