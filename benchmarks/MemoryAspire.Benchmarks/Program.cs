using BenchmarkDotNet.Running;
using MemoryAspire.Benchmarks;

// `tokens` runs the 300-turn token simulation; anything else goes to BenchmarkDotNet (for example --filter '*').
if (args is ["tokens", ..])
{
    await TokenSavings.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LatencyConfig).Assembly).Run(args, new LatencyConfig());
