namespace MemoryAspire.Dashboard.Telemetry;

/// <summary>Every span, log and metric point the dashboard holds, bounded by <see cref="TelemetryLimits"/>.</summary>
public sealed class TelemetryStore(TelemetryLimits limits)
{
    private readonly BoundedBuffer<SpanRecord> _spans = new(limits.MaxSpans);
    private readonly BoundedBuffer<LogEntry> _logs = new(limits.MaxLogs);
    private readonly BoundedBuffer<MetricPoint> _metrics = new(limits.MaxMetricPoints);
    private long _version;

    public TelemetryStore()
        : this(new TelemetryLimits())
    {
    }

    /// <summary>Raised after every change; the UI turns it into a live update.</summary>
    public event Action? Changed;

    /// <summary>Grows with every change, so that a persisted copy knows whether it is stale.</summary>
    public long Version => Interlocked.Read(ref _version);

    public IReadOnlyList<SpanRecord> Spans => _spans.ToList();

    public IReadOnlyList<LogEntry> Logs => _logs.ToList();

    public IReadOnlyList<MetricPoint> Metrics => _metrics.ToList();

    public int SpanCount => _spans.Count;

    public void AddSpans(IReadOnlyCollection<SpanRecord> spans) => Add(_spans, spans);

    public void AddLogs(IReadOnlyCollection<LogEntry> logs) => Add(_logs, logs);

    public void AddMetrics(IReadOnlyCollection<MetricPoint> points) => Add(_metrics, points);

    public void Clear()
    {
        _spans.Clear();
        _logs.Clear();
        _metrics.Clear();
        Touch();
    }

    private void Add<T>(BoundedBuffer<T> buffer, IReadOnlyCollection<T> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        buffer.AddRange(items);
        Touch();
    }

    private void Touch()
    {
        Interlocked.Increment(ref _version);
        Changed?.Invoke();
    }
}
