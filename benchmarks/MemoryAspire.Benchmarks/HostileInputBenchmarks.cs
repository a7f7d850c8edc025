using BenchmarkDotNet.Attributes;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Summaries;
using MemoryAspire.UnitTests.Offline;

namespace MemoryAspire.Benchmarks;

/// <summary>A 32 KiB hostile message and the label its table row shows (invisible characters by code point).</summary>
public sealed record HostileMessage(string Label, string Text)
{
    public static HostileMessage Repeating(string unit) => new(Visible(unit), HostileInputs.Repeat(unit));

    public override string ToString() => Label;

    private static string Visible(string unit) => string.Concat(unit.Select(c =>
        char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || c == '\u180E' ? $"U+{(int)c:X4}" : c.ToString()));
}

/// <summary>
/// The engine's text processing on 32 KiB messages built to make it slow (tests/.../HostileInputs.cs): the fact guard judging
/// a whole message a fooled extractor returned as one fact, the screens of a summarizer's transcript and of its summary, the
/// rule-based extractor, and the extractive summarizer. Linear
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

    public static IEnumerable<HostileMessage> GuardMessages => HostileInputs.GuardUnits.Select(HostileMessage.Repeating);

    [ParamsSource(nameof(GuardMessages))]
    public HostileMessage Guard { get; set; } = null!;

    [GlobalSetup]
    public void Setup() => _message = new SourceMessage(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guard.Text, DateTimeOffset.UnixEpoch);

    [Benchmark(Description = "fact guard, whole message as one fact")]
    public string? JudgeWholeMessage() =>
        FactExtraction.Candidates(_message, [new ExtractedFact("note", _message.Content, FactCategories.Other, 0.97)], Rules, Settings)[0].Rejection;

    [Benchmark(Description = "transcript screen before the summarizer")]
    public int ScreenTranscript() => SummaryAdmission.Transcript([new TranscriptLine("user", Guard.Text)]).Withheld;

    [Benchmark(Description = "summary screen")]
    public int ScreenSummary() => SummaryAdmission.Screen(Guard.Text).Dropped;
}

/// <summary>The rule-based extractor and the extractive summarizer on the same kind of input.</summary>
[WarmupCount(2)]
[IterationCount(15)]
public class HostileExtractionBenchmarks
{
    private static readonly RuleBasedFactExtractor Rules = new();
    private static readonly ExtractiveSummarizer Summarizer = new();

    public static IEnumerable<HostileMessage> Messages =>
        [.. HostileInputs.ExtractorUnits.Select(HostileMessage.Repeating), new("summary sentence", HostileInputs.ForSummary())];

    [ParamsSource(nameof(Messages))]
    public HostileMessage Unit { get; set; } = null!;

    [Benchmark(Description = "rule-based extractor")]
    public Task<IReadOnlyList<ExtractedFact>> Extract() => Rules.ExtractAsync(Unit.Text, CancellationToken.None);

    [Benchmark(Description = "extractive summarizer")]
    public Task<SummaryResult> Summarize() => Summarizer.SummarizeAsync(new SummaryRequest(null, [new TranscriptLine("user", Unit.Text)]), CancellationToken.None);
}
