using System.Diagnostics;
using System.Diagnostics.Metrics;
using MemoryAspire.Dashboard.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MemoryAspire.Dashboard.Tests;

/// <summary>Ingest through the real OpenTelemetry .NET OTLP exporter, over both protocols a project may be given.</summary>
public sealed class DotNetExporterTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    [Theory]
    [InlineData(OtlpExportProtocol.Grpc)]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    public async Task Spans_logs_and_metrics_arrive_with_their_resource_attributes_and_values(OtlpExportProtocol protocol)
    {
        var service = $"dotnet-{protocol}-{Guid.NewGuid():N}";
        var resource = ResourceBuilder.CreateEmpty().AddService(service, serviceInstanceId: $"{service}-1");
        void Export(OtlpExporterOptions options, string signal)
        {
            options.Protocol = protocol;
            // Set in code, an http/protobuf endpoint is used as it is, so it names the signal's path.
            options.Endpoint = protocol == OtlpExportProtocol.Grpc ? dashboard.Server.OtlpGrpcUrl : new Uri(dashboard.Server.OtlpHttpUrl, $"/v1/{signal}");
            options.Headers = $"x-otlp-api-key={DashboardFixture.ApiKey}";
        }

        using var source = new ActivitySource(service);
        using var meter = new Meter(service);
        string traceId;
        using (var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(service).AddOtlpExporter(o => Export(o, "traces")).Build())
        using (var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(service).AddOtlpExporter(o => Export(o, "metrics")).Build())
        using (var logging = LoggerFactory.Create(b => b.AddOpenTelemetry(o =>
        {
            o.SetResourceBuilder(resource);
            o.AddOtlpExporter(e => Export(e, "logs"));
        })))
        {
            using (var turn = source.StartActivity("chat turn", ActivityKind.Server)!)
            {
                traceId = turn.TraceId.ToHexString();
                turn.SetTag("gen_ai.request.model", "gpt-test");
                using (var modelCall = source.StartActivity("chat gpt-test", ActivityKind.Client)!)
                {
                    modelCall.SetTag("gen_ai.usage.input_tokens", 120);
                    modelCall.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection { ["attempt"] = 2 }));
                    modelCall.SetStatus(ActivityStatusCode.Error, "rate limited");
                }

                logging.CreateLogger("Chat").LogWarning("Turn {TurnId} was slow", 42);
            }

            var tokens = meter.CreateCounter<long>("memoryaspire.model.tokens");
            tokens.Add(100, new("memoryaspire.purpose", "chat"), new("gen_ai.token.type", "input"));
            tokens.Add(50, new("memoryaspire.purpose", "chat"), new("gen_ai.token.type", "input"));
            var duration = meter.CreateHistogram<double>("gen_ai.client.operation.duration", "s");
            duration.Record(0.2);
            duration.Record(0.4);
            Assert.True(tracing.ForceFlush(10_000));
            Assert.True(metrics.ForceFlush(10_000));
        }

        var store = dashboard.Server.Store;
        await DashboardFixture.EventuallyAsync(() => store.Logs.Any(l => l.Service == service), "the log");

        var spans = store.Spans.Where(s => s.Service == service).ToList();
        Assert.Equal(2, spans.Count);
        Assert.All(spans, s => Assert.Equal($"{service}-1", s.Instance));
        var root = Assert.Single(spans, s => s.Name == "chat turn");
        var call = Assert.Single(spans, s => s.Name == "chat gpt-test");
        Assert.Equal(traceId, root.TraceId);
        Assert.Equal(root.SpanId, call.ParentSpanId);
        Assert.Equal("server", root.Kind);
        Assert.Equal("gpt-test", root.Attributes["gen_ai.request.model"]);
        Assert.Equal("120", call.Attributes["gen_ai.usage.input_tokens"]);
        Assert.True(call.IsError);
        Assert.Equal("rate limited", call.StatusMessage);
        var retry = Assert.Single(call.Events);
        Assert.Equal("retry", retry.Name);
        Assert.Equal("2", retry.Attributes["attempt"]);

        var log = Assert.Single(store.Logs, l => l.Service == service);
        Assert.Equal(LogLevelName.Warning, log.Level);
        Assert.Equal("Turn 42 was slow", log.Message);
        Assert.Equal("42", log.Attributes["TurnId"]);
        Assert.Equal(traceId, log.TraceId);

        var counter = store.Metrics.Where(p => p.Service == service && p.Name == "memoryaspire.model.tokens").ToList();
        Assert.Equal(MetricKind.Counter, counter[0].Kind);
        Assert.Equal(150, counter[^1].Value);
        Assert.Equal(150, counter.Sum(p => p.Delta));
        Assert.Equal("chat", counter[0].Tags["memoryaspire.purpose"]);
        // Flushed once and again at dispose: the second, cumulative export adds nothing new.
        var histogram = store.Metrics.Where(p => p.Service == service && p.Name == "gen_ai.client.operation.duration").ToList();
        Assert.Equal("s", histogram[0].Unit);
        Assert.Equal(2, histogram.Sum(p => p.Histogram!.Count));
        Assert.Equal(0.6, histogram.Sum(p => p.Histogram!.Sum), 6);
    }
}
