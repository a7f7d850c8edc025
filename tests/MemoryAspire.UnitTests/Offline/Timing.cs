using System.Diagnostics;

namespace MemoryAspire.UnitTests.Offline;

internal static class Timing
{
    /// <summary>
    /// The fastest of three runs: immune to a busy shared machine, yet catastrophic regex backtracking
    /// (seconds, not milliseconds) still shows.
    /// </summary>
    public static async Task<TimeSpan> FastestOfThreeAsync(Func<Task> action)
    {
        var fastest = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            await action();
            fastest = clock.Elapsed < fastest ? clock.Elapsed : fastest;
        }

        return fastest;
    }
}
