using MemoryAspire.Memory.Governance;

namespace MemoryAspire.UnitTests.Governance;

public sealed class GovernanceWarmupTests
{
    // The start check a process runs once, off the request path: the benign statement admitted, the planted order refused as a
    // fact and dropped from a summary.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_start_check_finds_the_gate_sound(bool summaries) => Assert.Null(GovernanceWarmup.Warm(summaries));
}
