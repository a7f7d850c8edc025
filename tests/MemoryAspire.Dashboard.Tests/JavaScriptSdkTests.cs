using MemoryAspire.Dashboard.Telemetry;

namespace MemoryAspire.Dashboard.Tests;

/// <summary>A second, independent OTLP implementation: the OpenTelemetry JavaScript SDK run by node.</summary>
public sealed class JavaScriptSdkTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Spans_logs_and_metrics_from_the_javascript_sdk_arrive_over_http_protobuf_and_grpc()
    {
        var folder = await NodeExporter.EnsureInstalledAsync();
        var runId = Guid.NewGuid().ToString("N")[..12];
        var (code, output) = await NodeExporter.RunAsync(
            "node",
            ["export.cjs", dashboard.Server.OtlpHttpUrl.ToString().TrimEnd('/'), dashboard.Server.OtlpGrpcUrl.ToString().TrimEnd('/'), runId],
            folder,
            new Dictionary<string, string> { ["OTEL_EXPORTER_OTLP_HEADERS"] = $"x-otlp-api-key={DashboardFixture.ApiKey}" },
            TimeSpan.FromMinutes(1));
        Assert.True(code == 0, output);

        var instance = $"js-{runId}";
        var store = dashboard.Server.Store;
        await DashboardFixture.EventuallyAsync(() => store.Metrics.Any(p => p.Instance == instance), "the JavaScript metrics");

        var spans = store.Spans.Where(s => s.Instance == instance).ToList();
        Assert.All(spans, s => Assert.Equal("js-service", s.Service));
        var root = Assert.Single(spans, s => s.Name == "js-root");
        Assert.Equal("server", root.Kind);
        Assert.Equal(runId, root.Attributes["run.id"]);
        Assert.Equal("12", root.Attributes["gen_ai.usage.input_tokens"]);
        var child = Assert.Single(spans, s => s.Name == "js-child");
        Assert.Equal(root.TraceId, child.TraceId);
        Assert.Equal(root.SpanId, child.ParentSpanId);
        Assert.True(child.IsError);
        Assert.Equal("js failure", child.StatusMessage);
        Assert.Equal("true", child.Attributes["js.flag"]);
        Assert.Equal("7", child.Attributes["js.count"]);
        Assert.Equal("cache miss", Assert.Single(child.Events).Attributes["event.detail"]);
        // Sent by the gRPC exporter: both transports reach the same store.
        Assert.Single(spans, s => s.Name == "js-grpc-span");

        var log = Assert.Single(store.Logs, l => l.Instance == instance);
        Assert.Equal(LogLevelName.Warning, log.Level);
        Assert.Equal($"js log {runId}", log.Message);
        Assert.Equal(runId, log.Attributes["run.id"]);

        var requests = store.Metrics.Where(p => p.Instance == instance && p.Name == "js.requests").ToList();
        Assert.Equal(MetricKind.Counter, requests[0].Kind);
        Assert.Equal(3, requests.Sum(p => p.Delta));
        Assert.Equal("/chat", requests[0].Tags["route"]);
        var latency = store.Metrics.Where(p => p.Instance == instance && p.Name == "js.latency").ToList();
        Assert.Equal("ms", latency[0].Unit);
        Assert.Equal(3, latency.Sum(p => p.Histogram!.Count));
        Assert.Equal(45, latency.Sum(p => p.Histogram!.Sum));
    }
}
