using MemoryAspire.Dashboard.Otlp;
using MemoryAspire.Dashboard.Otlp.Collector;
using MemoryAspire.Dashboard.Telemetry;

namespace MemoryAspire.Dashboard.Tests;

public sealed class OtlpIngestTests
{
    [Fact]
    public void Cumulative_sums_become_deltas_and_a_restarted_producer_starts_over()
    {
        var ingest = new OtlpIngest(new TelemetryStore());

        ingest.Accept(CumulativeSum(start: 1, value: 100));
        ingest.Accept(CumulativeSum(start: 1, value: 150));
        ingest.Accept(CumulativeSum(start: 2, value: 30));

        Assert.Equal([100.0, 50.0, 30.0], ingest.Store.Metrics.Select(p => p.Delta));
        Assert.Equal([100.0, 150.0, 30.0], ingest.Store.Metrics.Select(p => p.Value));
    }

    [Fact]
    public void Cumulative_histograms_become_per_interval_buckets()
    {
        var ingest = new OtlpIngest(new TelemetryStore());

        ingest.Accept(CumulativeHistogram([1, 2, 0], sum: 4));
        ingest.Accept(CumulativeHistogram([1, 5, 1], sum: 20));

        var second = ingest.Store.Metrics[1].Histogram!;
        Assert.Equal([0L, 3L, 1L], second.Counts);
        Assert.Equal(4, second.Count);
        Assert.Equal(16, second.Sum);
    }

    [Fact]
    public void A_resource_without_a_service_name_is_unknown_service()
    {
        var ingest = new OtlpIngest(new TelemetryStore());
        var request = IntakeGuardTests.RequestWithOneSpan("ignored");
        request.ResourceSpans[0].Resource.Attributes.Clear();

        ingest.Accept(request);

        Assert.Equal("unknown_service", Assert.Single(ingest.Store.Spans).Service);
    }

    private static ExportMetricsServiceRequest CumulativeSum(ulong start, double value) => Request(new Metric
    {
        Name = "requests",
        Sum = new Sum
        {
            IsMonotonic = true,
            AggregationTemporality = AggregationTemporality.Cumulative,
            DataPoints = { new NumberDataPoint { StartTimeUnixNano = start, TimeUnixNano = start + 10, AsDouble = value } },
        },
    });

    private static ExportMetricsServiceRequest CumulativeHistogram(ulong[] counts, double sum) => Request(new Metric
    {
        Name = "latency",
        Histogram = new Histogram
        {
            AggregationTemporality = AggregationTemporality.Cumulative,
            DataPoints =
            {
                new HistogramDataPoint
                {
                    StartTimeUnixNano = 1,
                    TimeUnixNano = 10,
                    Count = (ulong)counts.Sum(c => (long)c),
                    Sum = sum,
                    BucketCounts = { counts },
                    ExplicitBounds = { 1.0, 10.0 },
                },
            },
        },
    });

    private static ExportMetricsServiceRequest Request(Metric metric)
    {
        var resource = new Resource { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = "svc" } } } };
        return new ExportMetricsServiceRequest { ResourceMetrics = { new ResourceMetrics { Resource = resource, ScopeMetrics = { new ScopeMetrics { Metrics = { metric } } } } } };
    }
}
