namespace MemoryAspire.Dashboard.Telemetry;

/// <summary>How much telemetry the dashboard keeps in memory; the oldest goes first.</summary>
public sealed class TelemetryLimits
{
    public int MaxSpans { get; set; } = 100_000;

    public int MaxLogs { get; set; } = 20_000;

    public int MaxMetricPoints { get; set; } = 100_000;
}
