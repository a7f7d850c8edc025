using System.Text.Json.Serialization;

namespace MemoryAspire.Dashboard.Telemetry;

/// <summary>One finished span, with the service that reported it.</summary>
public sealed record SpanRecord(
    string Service,
    string Instance,
    string Scope,
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Name,
    string Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool IsError,
    string? StatusMessage,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<SpanEventRecord> Events)
{
    [JsonIgnore]
    public TimeSpan Duration => End - Start;
}

public sealed record SpanEventRecord(DateTimeOffset Time, string Name, IReadOnlyDictionary<string, string> Attributes);

/// <summary>One structured log record; <see cref="Severity"/> is the OTLP severity number (1 to 24).</summary>
public sealed record LogEntry(
    string Service,
    string Instance,
    string Scope,
    DateTimeOffset Time,
    int Severity,
    string Message,
    string? TraceId,
    string? SpanId,
    IReadOnlyDictionary<string, string> Attributes)
{
    [JsonIgnore]
    public LogLevelName Level => LogLevels.FromSeverity(Severity);
}

public enum MetricKind
{
    Gauge,
    Counter,
    UpDownCounter,
    Histogram,
}

/// <summary>
/// One data point of one instrument. <see cref="Delta"/> is what happened since the series' previous point, whatever
/// temporality the exporter used, so that sums over time need no knowledge of cumulative resets.
/// </summary>
public sealed record MetricPoint(
    string Service,
    string Instance,
    string Scope,
    string Name,
    string Unit,
    MetricKind Kind,
    DateTimeOffset Time,
    IReadOnlyDictionary<string, string> Tags,
    double Value,
    double Delta,
    HistogramDelta? Histogram = null);

/// <summary>The observations a histogram received since the series' previous point.</summary>
public sealed record HistogramDelta(IReadOnlyList<double> Bounds, IReadOnlyList<long> Counts, long Count, double Sum);

public enum LogLevelName
{
    Trace,
    Debug,
    Information,
    Warning,
    Error,
    Critical,
}

public static class LogLevels
{
    /// <summary>OTLP severity numbers come in bands of four: 1-4 trace, 5-8 debug, 9-12 info, 13-16 warn, 17-20 error, 21-24 fatal.</summary>
    public static LogLevelName FromSeverity(int severity) => severity switch
    {
        <= 4 => LogLevelName.Trace,
        <= 8 => LogLevelName.Debug,
        <= 12 => LogLevelName.Information,
        <= 16 => LogLevelName.Warning,
        <= 20 => LogLevelName.Error,
        _ => LogLevelName.Critical,
    };
}
