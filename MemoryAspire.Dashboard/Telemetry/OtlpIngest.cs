using System.Collections.Concurrent;
using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Collections;
using MemoryAspire.Dashboard.Otlp;
using MemoryAspire.Dashboard.Otlp.Collector;

namespace MemoryAspire.Dashboard.Telemetry;

/// <summary>Turns OTLP export requests, from either protocol, into the store's records.</summary>
public sealed class OtlpIngest(TelemetryStore store)
{
    private const string UnknownService = "unknown_service";

    // The previous point of each series, to turn cumulative sums and histograms into deltas.
    private readonly ConcurrentDictionary<string, PreviousPoint> _previous = new(StringComparer.Ordinal);
    private readonly StringPool _strings = new();

    public TelemetryStore Store => store;

    public void Accept(ExportTraceServiceRequest request)
    {
        var spans = new List<SpanRecord>();
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var (service, instance) = Identify(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                var scope = _strings.Share(scopeSpans.Scope?.Name ?? "");
                foreach (var span in scopeSpans.Spans)
                {
                    spans.Add(new SpanRecord(
                        service,
                        instance,
                        scope,
                        Hex(span.TraceId),
                        Hex(span.SpanId),
                        span.ParentSpanId.IsEmpty ? null : Hex(span.ParentSpanId),
                        _strings.Share(span.Name),
                        KindName(span.Kind),
                        FromUnixNanos(span.StartTimeUnixNano),
                        FromUnixNanos(span.EndTimeUnixNano),
                        span.Status?.Code == StatusCode.Error,
                        span.Status?.Message is { Length: > 0 } message ? message : null,
                        Attributes(span.Attributes),
                        span.Events.Count == 0 ? [] : [.. span.Events.Select(e => new SpanEventRecord(FromUnixNanos(e.TimeUnixNano), e.Name, Attributes(e.Attributes)))]));
                }
            }
        }

        store.AddSpans(spans);
    }

    public void Accept(ExportLogsServiceRequest request)
    {
        var logs = new List<LogEntry>();
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var (service, instance) = Identify(resourceLogs.Resource);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                var scope = scopeLogs.Scope?.Name ?? "";
                foreach (var record in scopeLogs.LogRecords)
                {
                    var time = record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano;
                    logs.Add(new LogEntry(
                        service,
                        instance,
                        scope,
                        FromUnixNanos(time),
                        record.SeverityNumber == 0 ? SeverityFromText(record.SeverityText) : record.SeverityNumber,
                        LogMessage.Format(record.Body is null ? record.EventName : Text(record.Body), record.Attributes),
                        record.TraceId.IsEmpty ? null : Hex(record.TraceId),
                        record.SpanId.IsEmpty ? null : Hex(record.SpanId),
                        Attributes(record.Attributes)));
                }
            }
        }

        store.AddLogs(logs);
    }

    public void Accept(ExportMetricsServiceRequest request)
    {
        var points = new List<MetricPoint>();
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var (service, instance) = Identify(resourceMetrics.Resource);
            foreach (var scopeMetrics in resourceMetrics.ScopeMetrics)
            {
                var scope = scopeMetrics.Scope?.Name ?? "";
                foreach (var metric in scopeMetrics.Metrics)
                {
                    var template = new MetricPoint(service, instance, scope, metric.Name, metric.Unit, MetricKind.Gauge, default, EmptyAttributes, 0, 0);
                    switch (metric.DataCase)
                    {
                        case Metric.DataOneofCase.Gauge:
                            points.AddRange(metric.Gauge.DataPoints.Select(p => Number(template, p, cumulative: false) with { Delta = Value(p) }));
                            break;
                        case Metric.DataOneofCase.Sum:
                            var kind = metric.Sum.IsMonotonic ? MetricKind.Counter : MetricKind.UpDownCounter;
                            var cumulative = metric.Sum.AggregationTemporality == AggregationTemporality.Cumulative;
                            points.AddRange(metric.Sum.DataPoints.Select(p => Number(template with { Kind = kind }, p, cumulative)));
                            break;
                        case Metric.DataOneofCase.Histogram:
                            var cumulativeHistogram = metric.Histogram.AggregationTemporality == AggregationTemporality.Cumulative;
                            points.AddRange(metric.Histogram.DataPoints.Select(p => Histogram(template with { Kind = MetricKind.Histogram }, p, cumulativeHistogram)));
                            break;
                    }
                }
            }
        }

        store.AddMetrics(points);
    }

    private MetricPoint Number(MetricPoint template, NumberDataPoint point, bool cumulative)
    {
        var tags = Attributes(point.Attributes);
        var value = Value(point);
        var delta = value;
        if (cumulative)
        {
            var key = SeriesKey(template, tags);
            var previous = _previous.GetValueOrDefault(key);
            // A new start time or a smaller value means the producer restarted its count.
            if (previous is not null && previous.StartTime == point.StartTimeUnixNano && value >= previous.Value)
            {
                delta = value - previous.Value;
            }

            _previous[key] = new PreviousPoint(point.StartTimeUnixNano, value, []);
        }

        return template with { Time = FromUnixNanos(point.TimeUnixNano), Tags = tags, Value = value, Delta = delta };
    }

    private MetricPoint Histogram(MetricPoint template, HistogramDataPoint point, bool cumulative)
    {
        var tags = Attributes(point.Attributes);
        long[] counts = [.. point.BucketCounts.Select(c => (long)c)];
        var count = (long)point.Count;
        var sum = point.HasSum ? point.Sum : 0;
        var deltaCounts = counts;
        var deltaCount = count;
        var deltaSum = sum;
        if (cumulative)
        {
            var key = SeriesKey(template, tags);
            var previous = _previous.GetValueOrDefault(key);
            if (previous is not null && previous.StartTime == point.StartTimeUnixNano && count >= previous.Count && previous.Counts.Length == counts.Length)
            {
                deltaCounts = [.. counts.Select((c, i) => c - previous.Counts[i])];
                deltaCount = count - previous.Count;
                deltaSum = sum - previous.Value;
            }

            _previous[key] = new PreviousPoint(point.StartTimeUnixNano, sum, counts, count);
        }

        return template with
        {
            Time = FromUnixNanos(point.TimeUnixNano),
            Tags = tags,
            Value = count,
            Delta = deltaCount,
            Histogram = new HistogramDelta([.. point.ExplicitBounds], deltaCounts, deltaCount, deltaSum),
        };
    }

    private static string SeriesKey(MetricPoint template, IReadOnlyDictionary<string, string> tags) =>
        string.Join('\u001f', [template.Service, template.Instance, template.Scope, template.Name, .. tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}")]);

    private static double Value(NumberDataPoint point) =>
        point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;

    private (string Service, string Instance) Identify(Resource? resource)
    {
        string? service = null;
        string? instance = null;
        foreach (var attribute in resource?.Attributes ?? [])
        {
            switch (attribute.Key)
            {
                case "service.name":
                    service = Text(attribute.Value);
                    break;
                case "service.instance.id":
                    instance = Text(attribute.Value);
                    break;
            }
        }

        service = string.IsNullOrEmpty(service) ? UnknownService : _strings.Share(service);
        return (service, instance is null ? service : _strings.Share(instance));
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyAttributes = AttributeMap.Empty;

    private IReadOnlyDictionary<string, string> Attributes(RepeatedField<KeyValue> attributes)
    {
        if (attributes.Count == 0)
        {
            return EmptyAttributes;
        }

        var items = new KeyValuePair<string, string>[attributes.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new(_strings.Share(attributes[i].Key), _strings.Share(Text(attributes[i].Value)));
        }

        return new AttributeMap(items);
    }

    internal static string Text(AnyValue? value) => value?.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue ? "true" : "false",
        AnyValue.ValueOneofCase.IntValue => value.IntValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue.ToString(CultureInfo.InvariantCulture),
        AnyValue.ValueOneofCase.ArrayValue => $"[{string.Join(", ", value.ArrayValue.Values.Select(Text))}]",
        AnyValue.ValueOneofCase.KvlistValue => $"{{{string.Join(", ", value.KvlistValue.Values.Select(kv => $"{kv.Key}: {Text(kv.Value)}"))}}}",
        AnyValue.ValueOneofCase.BytesValue => value.BytesValue.ToBase64(),
        _ => "",
    };

    internal static string Hex(ByteString bytes) => Convert.ToHexStringLower(bytes.Span);

    internal static DateTimeOffset FromUnixNanos(ulong nanos) => DateTimeOffset.UnixEpoch.AddTicks((long)(nanos / 100));

    private static string KindName(SpanKind kind) => kind switch
    {
        SpanKind.Server => "server",
        SpanKind.Client => "client",
        SpanKind.Producer => "producer",
        SpanKind.Consumer => "consumer",
        _ => "internal",
    };

    private static int SeverityFromText(string text) => text.ToUpperInvariant() switch
    {
        "TRACE" => 1,
        "DEBUG" => 5,
        "WARN" or "WARNING" => 13,
        "ERROR" => 17,
        "FATAL" or "CRITICAL" => 21,
        _ => 9,
    };

    private sealed record PreviousPoint(ulong StartTime, double Value, long[] Counts, long Count = 0);
}
