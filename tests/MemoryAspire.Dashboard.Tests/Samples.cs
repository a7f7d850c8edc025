using MemoryAspire.Dashboard.Telemetry;

namespace MemoryAspire.Dashboard.Tests;

/// <summary>Telemetry records as the store holds them, for tests that are not about the intake.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static SpanRecord Span(string service, string traceId, string spanId, string? parentId, string name, double startMs, double durationMs,
        Dictionary<string, string>? attributes = null, bool error = false, IReadOnlyList<SpanEventRecord>? events = null) =>
        new(service, service, "test", traceId, spanId, parentId, name, parentId is null ? "server" : "client",
            Start.AddMilliseconds(startMs), Start.AddMilliseconds(startMs + durationMs), error, error ? "failed" : null,
            attributes ?? [], events ?? []);

    public static LogEntry Log(string service, int severity, string message, string? traceId = null) =>
        new(service, service, "test", Start, severity, message, traceId, null, new Dictionary<string, string> { ["{OriginalFormat}"] = message });

    public static MetricPoint Counter(string service, string name, double delta, Dictionary<string, string> tags, int second = 0) =>
        new(service, service, "test", name, "{token}", MetricKind.Counter, Start.AddSeconds(second), tags, delta, delta);

    public static MetricPoint Histogram(string service, string name, double[] bounds, long[] counts, double sum, Dictionary<string, string> tags, string unit = "s", int second = 0) =>
        new(service, service, "test", name, unit, MetricKind.Histogram, Start.AddSeconds(second), tags, counts.Sum(), counts.Sum(),
            new HistogramDelta(bounds, counts, counts.Sum(), sum));
}
