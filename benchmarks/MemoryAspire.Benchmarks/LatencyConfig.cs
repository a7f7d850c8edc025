using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace MemoryAspire.Benchmarks;

/// <summary>
/// One call per iteration and many iterations, so BenchmarkDotNet's percentiles are percentiles of single calls (not of
/// iteration averages). Outliers are kept and GC is not forced between calls, so collections show in the tail as they would
/// in ChatApi. In-process, so the run takes about a minute on two cores.
/// </summary>
public sealed class LatencyConfig : ManualConfig
{
    public const int Calls = 10000;

    public LatencyConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Dry
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Throughput)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithLaunchCount(1)
            .WithWarmupCount(3000)
            .WithIterationCount(Calls)
            .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove)
            .WithGcForce(false)
            .WithId($"{Calls} calls"));
        AddColumn(StatisticColumn.Mean, StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
        SummaryStyle = SummaryStyle.Default.WithTimeUnit(TimeUnit.Microsecond);
        WithOptions(ConfigOptions.JoinSummary);
    }

    /// <summary>BenchmarkDotNet has P0 to P100 columns but no P99.</summary>
    private sealed class PercentileColumn(int percentile) : IColumn
    {
        public string Id => $"P{percentile}";

        public string ColumnName => $"P{percentile}";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => percentile;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => $"Percentile {percentile}: {percentile}% of the calls took less";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null)
            {
                return "NA";
            }

            // Always microseconds, the unit the config gives every other time column.
            var microseconds = (statistics.Percentiles.Percentile(percentile) / 1000).ToString("N3", style.CultureInfo);
            return style.PrintUnitsInContent ? microseconds + " μs" : microseconds;
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
