using BenchmarkDotNet.Attributes;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Summaries;
using MemoryAspire.UnitTests.Offline;

namespace MemoryAspire.Benchmarks;

/// <summary>
/// The engine's text processing on 32 KiB messages built to make it slow (tests/.../HostileInputs.cs): the fact guard judging
/// a whole message a fooled extractor returned as one fact, the rule-based extractor, and the extractive summarizer. Linear
/// work keeps each call in milliseconds; backtracking or a quadratic scan would take seconds. Fewer calls than the latency
/// benchmarks: these inputs are slow on purpose.
/// </summary>
[WarmupCount(2)]
[IterationCount(15)]
public class HostileInputBenchmarks
{
    private static readonly MemoryOptions Settings = new();
    private static readonly RuleBasedFactExtractor Rules = new();
    private SourceMessage _message = null!;

    public static IEnumerable<string> GuardUnits => HostileInputs.GuardUnits.Select(Visible);

    public static IEnumerable<string> ExtractorUnits => HostileInputs.ExtractorUnits.Select(Visible);

    [ParamsSource(nameof(GuardUnits))]
    public string Guard { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _message = new SourceMessage(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), HostileInputs.Repeat(Unit(Guard, HostileInputs.GuardUnits)), DateTimeOffset.UnixEpoch);

    [Benchmark(Description = "fact guard, whole message as one fact")]
    public string? JudgeWholeMessage() =>
        FactExtraction.Candidates(_message, [new ExtractedFact("note", _message.Content, FactCategories.Other, 0.97)], Rules, Settings)[0].Rejection;

    /// <summary>Table labels: the units' invisible characters shown by code point, so each row says what it ran.</summary>
    private static string Visible(string unit) => string.Concat(unit.Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || c == '\u180E' ? $"U+{(int)c:X4}" : c.ToString()));

    private static string Unit(string label, string[] units) => units.Single(u => Visible(u) == label);
}

/// <summary>The rule-based extractor and the extractive summarizer on the same kind of input.</summary>
[WarmupCount(2)]
[IterationCount(15)]
public class HostileExtractionBenchmarks
{
    private static readonly RuleBasedFactExtractor Rules = new();
    private static readonly ExtractiveSummarizer Summarizer = new();
    private string _message = null!;

    [ParamsSource(nameof(Units))]
    public string Unit { get; set; } = "";

    public static IEnumerable<string> Units => [.. HostileInputs.ExtractorUnits, "summary sentence"];

    [GlobalSetup]
    public void Setup() => _message = Unit == "summary sentence" ? HostileInputs.ForSummary() : HostileInputs.Repeat(Unit);

    [Benchmark(Description = "rule-based extractor")]
    public Task<IReadOnlyList<ExtractedFact>> Extract() => Rules.ExtractAsync(_message, CancellationToken.None);

    [Benchmark(Description = "extractive summarizer")]
    public Task<SummaryResult> Summarize() => Summarizer.SummarizeAsync(new SummaryRequest(null, [new TranscriptLine("user", _message)]), CancellationToken.None);
}
