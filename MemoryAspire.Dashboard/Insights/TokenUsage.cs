using System.Globalization;
using MemoryAspire.Dashboard.Telemetry;

namespace MemoryAspire.Dashboard.Insights;

/// <summary>Tokens of one model call or one export interval, whichever telemetry reported them.</summary>
public sealed record TokenSample(DateTimeOffset Time, string Service, string Model, string Operation, long Input, long Output);

public sealed record TokenTotal(string Service, string Model, string Operation, long Input, long Output, decimal? Cost);

public sealed record LatencyRow(string Service, string Model, long Calls, double? P50, double? P95, double? P99, string Unit);

public sealed record ContextSectionRow(string Section, long Turns, double MeanTokens, double MaxTokens);

/// <summary>The Tokens and latency page's figures, from GenAI semantic conventions and the app's own instruments.</summary>
public static class TokenUsage
{
    public const string TokenUsageMetric = "gen_ai.client.token.usage";
    public const string OperationDurationMetric = "gen_ai.client.operation.duration";
    public const string ModelTokensMetric = "memoryaspire.model.tokens";
    public const string ContextTokensMetric = "memoryaspire.context.tokens";
    public const string TokenType = "gen_ai.token.type";
    public const string RequestModel = "gen_ai.request.model";
    public const string ResponseModel = "gen_ai.response.model";
    public const string OperationName = "gen_ai.operation.name";
    public const string Purpose = "memoryaspire.purpose";
    public const string ContextSection = "memoryaspire.context.section";
    public const string InputTokensAttribute = "gen_ai.usage.input_tokens";
    public const string OutputTokensAttribute = "gen_ai.usage.output_tokens";

    /// <summary>
    /// Token samples from <c>gen_ai.client.token.usage</c>; a service that reports no such metric is counted from its
    /// spans' <c>gen_ai.usage.*</c> attributes instead, so that no call is counted twice.
    /// </summary>
    public static IReadOnlyList<TokenSample> Samples(IEnumerable<MetricPoint> metrics, IEnumerable<SpanRecord> spans)
    {
        var fromMetrics = metrics
            .Where(p => p.Name == TokenUsageMetric && p.Histogram is { Count: > 0 })
            .Select(p => (Point: p, Tokens: (long)Math.Round(p.Histogram!.Sum)))
            .Select(x => new TokenSample(
                x.Point.Time,
                x.Point.Service,
                ModelOf(x.Point.Tags),
                x.Point.Tags.GetValueOrDefault(OperationName) ?? "unknown",
                IsOutput(x.Point.Tags) ? 0 : x.Tokens,
                IsOutput(x.Point.Tags) ? x.Tokens : 0))
            .ToList();
        var measured = fromMetrics.Select(s => s.Service).ToHashSet(StringComparer.Ordinal);
        var fromSpans = spans
            .Where(s => !measured.Contains(s.Service) && (s.Attributes.ContainsKey(InputTokensAttribute) || s.Attributes.ContainsKey(OutputTokensAttribute)))
            .Select(s => new TokenSample(
                s.End,
                s.Service,
                ModelOf(s.Attributes),
                s.Attributes.GetValueOrDefault(OperationName) ?? "unknown",
                Tokens(s.Attributes, InputTokensAttribute),
                Tokens(s.Attributes, OutputTokensAttribute)));
        return [.. fromMetrics.Concat(fromSpans).OrderBy(s => s.Time)];
    }

    public static IReadOnlyList<TokenTotal> ByServiceModelOperation(IEnumerable<TokenSample> samples, IReadOnlyDictionary<string, ModelPrice> prices) =>
        Totals(samples.Select(s => (s.Service, s.Model, s.Operation, s.Input, s.Output)), prices);

    /// <summary>The app's split by what the tokens were spent on (chat, summarize, extract), from <c>memoryaspire.model.tokens</c>.</summary>
    public static IReadOnlyList<TokenTotal> ByPurpose(IEnumerable<MetricPoint> metrics, IReadOnlyDictionary<string, ModelPrice> prices) =>
        Totals(
            metrics.Where(p => p.Name == ModelTokensMetric).Select(p => (
                p.Service,
                ModelOf(p.Tags),
                p.Tags.GetValueOrDefault(Purpose) ?? "unknown",
                IsOutput(p.Tags) ? 0L : (long)Math.Round(p.Delta),
                IsOutput(p.Tags) ? (long)Math.Round(p.Delta) : 0L)),
            prices);

    /// <summary>Input and output tokens per time bucket, for the chart.</summary>
    public static IReadOnlyList<(DateTimeOffset Bucket, long Input, long Output)> OverTime(IEnumerable<TokenSample> samples, TimeSpan bucket) =>
        [.. samples
            .GroupBy(s => Floor(s.Time, bucket))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(s => s.Input), g.Sum(s => s.Output)))];

    /// <summary>p50/p95/p99 of model calls per service and model, from the <c>gen_ai.client.operation.duration</c> histogram.</summary>
    public static IReadOnlyList<LatencyRow> Latency(IEnumerable<MetricPoint> metrics) =>
        [.. metrics
            .Where(p => p.Name == OperationDurationMetric && p.Histogram is { Count: > 0 })
            .GroupBy(p => (p.Service, Model: ModelOf(p.Tags)))
            .OrderBy(g => g.Key.Service, StringComparer.Ordinal).ThenBy(g => g.Key.Model, StringComparer.Ordinal)
            .Select(g =>
            {
                var (bounds, counts) = HistogramPercentile.Merge(g.Select(p => (p.Histogram!.Bounds, p.Histogram.Counts)));
                return new LatencyRow(
                    g.Key.Service,
                    g.Key.Model,
                    counts.Sum(),
                    HistogramPercentile.Estimate(bounds, counts, 0.50),
                    HistogramPercentile.Estimate(bounds, counts, 0.95),
                    HistogramPercentile.Estimate(bounds, counts, 0.99),
                    g.First().Unit);
            })];

    /// <summary>Memory context size per section per turn, from the <c>memoryaspire.context.tokens</c> histogram.</summary>
    public static IReadOnlyList<ContextSectionRow> ContextSections(IEnumerable<MetricPoint> metrics) =>
        [.. metrics
            .Where(p => p.Name == ContextTokensMetric && p.Histogram is { Count: > 0 })
            .GroupBy(p => p.Tags.GetValueOrDefault(ContextSection) ?? "unknown")
            .OrderBy(g => SectionOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var turns = g.Sum(p => p.Histogram!.Count);
                var tokens = g.Sum(p => p.Histogram!.Sum);
                var (bounds, counts) = HistogramPercentile.Merge(g.Select(p => (p.Histogram!.Bounds, p.Histogram.Counts)));
                return new ContextSectionRow(g.Key, turns, turns == 0 ? 0 : tokens / turns, HistogramPercentile.Estimate(bounds, counts, 1.0) ?? 0);
            })];

    /// <summary>Mean context tokens per turn for each section, per time bucket.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(DateTimeOffset Bucket, double MeanTokens)>> ContextOverTime(IEnumerable<MetricPoint> metrics, TimeSpan bucket) =>
        metrics
            .Where(p => p.Name == ContextTokensMetric && p.Histogram is { Count: > 0 })
            .GroupBy(p => p.Tags.GetValueOrDefault(ContextSection) ?? "unknown")
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<(DateTimeOffset, double)>)[.. g
                    .GroupBy(p => Floor(p.Time, bucket))
                    .OrderBy(b => b.Key)
                    .Select(b => (b.Key, b.Sum(p => p.Histogram!.Sum) / b.Sum(p => p.Histogram!.Count)))],
                StringComparer.Ordinal);

    public static decimal? CostOf(string model, long input, long output, IReadOnlyDictionary<string, ModelPrice> prices) =>
        prices.TryGetValue(model, out var price) ? price.CostOf(input, output) : null;

    public static DateTimeOffset Floor(DateTimeOffset time, TimeSpan bucket) =>
        new(time.UtcTicks - time.UtcTicks % bucket.Ticks, TimeSpan.Zero);

    private static IReadOnlyList<TokenTotal> Totals(IEnumerable<(string Service, string Model, string Operation, long Input, long Output)> rows, IReadOnlyDictionary<string, ModelPrice> prices) =>
        [.. rows
            .GroupBy(r => (r.Service, r.Model, r.Operation))
            .Select(g =>
            {
                var input = g.Sum(r => r.Input);
                var output = g.Sum(r => r.Output);
                return new TokenTotal(g.Key.Service, g.Key.Model, g.Key.Operation, input, output, CostOf(g.Key.Model, input, output, prices));
            })
            .Where(t => t.Input + t.Output > 0)
            .OrderBy(t => t.Service, StringComparer.Ordinal).ThenBy(t => t.Model, StringComparer.Ordinal).ThenBy(t => t.Operation, StringComparer.Ordinal)];

    private static string ModelOf(IReadOnlyDictionary<string, string> tags) =>
        tags.GetValueOrDefault(RequestModel) ?? tags.GetValueOrDefault(ResponseModel) ?? "unknown";

    private static bool IsOutput(IReadOnlyDictionary<string, string> tags) =>
        string.Equals(tags.GetValueOrDefault(TokenType), "output", StringComparison.OrdinalIgnoreCase);

    private static long Tokens(IReadOnlyDictionary<string, string> attributes, string name) =>
        attributes.TryGetValue(name, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var tokens) ? tokens : 0;

    // The order a context is assembled in, so the table reads like the prompt.
    private static int SectionOrder(string section) => section switch
    {
        "system" => 0,
        "profile" => 1,
        "summary" => 2,
        "recall" => 3,
        "buffer" => 4,
        "message" => 5,
        _ => 6,
    };
}
