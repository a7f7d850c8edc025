using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using MemoryAspire.Dashboard.Otlp;
using MemoryAspire.Dashboard.Otlp.Collector;
using MemoryAspire.Dashboard.Telemetry;

namespace MemoryAspire.Dashboard.Benchmark;

internal static class IngestLoad
{
    private const string ApiKey = "benchmark-key";
    private const int SpansPerRequest = 512;
    private const int Senders = 4;

    public static async Task RunAsync(TimeSpan duration)
    {
        var options = new DashboardOptions { UiPort = 0, OtlpGrpcPort = 0, OtlpHttpPort = 0, OtlpApiKey = ApiKey };
        await using var dashboard = DashboardServer.Create(options);
        await dashboard.StartAsync();
        var request = Batch(SpansPerRequest);
        var body = request.ToByteArray();

        using var channel = GrpcChannel.ForAddress(dashboard.OtlpGrpcUrl);
        var grpc = new TraceService.TraceServiceClient(channel);
        var headers = new Metadata { { "x-otlp-api-key", ApiKey } };
        var grpcRate = await MeasureAsync(duration, () => grpc.ExportAsync(request, headers).ResponseAsync);

        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttpUrl };
        var httpRate = await MeasureAsync(duration, async () =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
            using var message = new HttpRequestMessage(HttpMethod.Post, new Uri("/v1/traces", UriKind.Relative)) { Content = content };
            message.Headers.Add("x-otlp-api-key", ApiKey);
            using var response = await http.SendAsync(message);
            response.EnsureSuccessStatusCode();
        });

        var parseRate = MeasureInProcess(duration, body, parseOnly: true);
        var ingestRate = MeasureInProcess(duration, body, parseOnly: false);
        var (managedMb, workingSetMb) = MemoryWithLimitsFull(dashboard.Store, options.Limits);

        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {SpansPerRequest} spans per request, {Senders} concurrent senders, {duration.TotalSeconds:0} s per protocol.");
        Console.WriteLine();
        Console.WriteLine("| measure | value |");
        Console.WriteLine("| --- | --- |");
        Console.WriteLine($"| OTLP/gRPC ingest | {grpcRate:N0} spans/s |");
        Console.WriteLine($"| OTLP/HTTP protobuf ingest | {httpRate:N0} spans/s |");
        Console.WriteLine($"| in-process, protobuf parse only (one thread) | {parseRate:N0} spans/s |");
        Console.WriteLine($"| in-process, parse + convert + store (one thread) | {ingestRate:N0} spans/s |");
        Console.WriteLine($"| request size | {body.Length / 1024.0:N0} KiB ({body.Length / SpansPerRequest} bytes/span) |");
        Console.WriteLine($"| managed heap, default limits full ({options.Limits.MaxSpans:N0} spans, {options.Limits.MaxLogs:N0} logs, {options.Limits.MaxMetricPoints:N0} points) | {managedMb:N0} MB |");
        Console.WriteLine($"| process working set then | {workingSetMb:N0} MB |");
    }

    /// <summary>Spans accepted per second with <see cref="Senders"/> senders in a loop, after a one-second warm-up.</summary>
    private static async Task<double> MeasureAsync(TimeSpan duration, Func<Task> send)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < TimeSpan.FromSeconds(1))
        {
            await send();
        }

        long requests = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                await send();
                Interlocked.Increment(ref requests);
            }
        })));
        return requests * SpansPerRequest / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The server's own work per request, without the network or the sender sharing the cores.</summary>
    private static double MeasureInProcess(TimeSpan duration, byte[] body, bool parseOnly)
    {
        var ingest = new OtlpIngest(new TelemetryStore());
        long requests = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var request = ExportTraceServiceRequest.Parser.ParseFrom(body);
            if (!parseOnly)
            {
                ingest.Accept(request);
            }

            requests++;
        }

        return requests * SpansPerRequest / clock.Elapsed.TotalSeconds;
    }

    private static (double ManagedMb, double WorkingSetMb) MemoryWithLimitsFull(TelemetryStore store, TelemetryLimits limits)
    {
        var ingest = new OtlpIngest(store);
        var batch = Batch(1000);
        for (var i = 0; i < limits.MaxSpans / 1000 + 1; i++)
        {
            ingest.Accept(batch);
        }

        var log = new LogEntry("chatapi", "chatapi-1", "Chat", DateTimeOffset.UtcNow, 9, "Turn 42 assembled 1834 context tokens in 12 ms", null, null,
            new Dictionary<string, string> { ["TurnId"] = "42", ["Tokens"] = "1834", ["{OriginalFormat}"] = "Turn {TurnId} assembled {Tokens} context tokens in {Elapsed} ms" });
        store.AddLogs([.. Enumerable.Repeat(0, limits.MaxLogs).Select(i => log with { Time = log.Time.AddMilliseconds(i) })]);
        var point = new MetricPoint("chatapi", "chatapi-1", "Microsoft.AspNetCore.Hosting", "http.server.request.duration", "s", MetricKind.Histogram, DateTimeOffset.UtcNow,
            new Dictionary<string, string> { ["http.route"] = "/api/v1/chat", ["http.response.status_code"] = "200" }, 10, 1,
            new HistogramDelta([0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 1, 0.02));
        store.AddMetrics([.. Enumerable.Range(0, limits.MaxMetricPoints).Select(i => point with { Time = point.Time.AddSeconds(i) })]);

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return (GC.GetTotalMemory(forceFullCollection: true) / 1048576.0, Process.GetCurrentProcess().WorkingSet64 / 1048576.0);
    }

    /// <summary>Spans shaped like an ASP.NET Core server span with a handful of HTTP attributes.</summary>
    private static ExportTraceServiceRequest Batch(int spans)
    {
        var scope = new ScopeSpans { Scope = new InstrumentationScope { Name = "Microsoft.AspNetCore" } };
        var random = new Random(42);
        var start = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000;
        for (var i = 0; i < spans; i++)
        {
            var span = new Span
            {
                TraceId = ByteString.CopyFrom(RandomBytes(random, 16)),
                SpanId = ByteString.CopyFrom(RandomBytes(random, 8)),
                Name = "POST /api/v1/chat",
                Kind = SpanKind.Server,
                StartTimeUnixNano = start + (ulong)i * 1000,
                EndTimeUnixNano = start + (ulong)i * 1000 + 12_000_000,
            };
            span.Attributes.Add(Attribute("http.request.method", "POST"));
            span.Attributes.Add(Attribute("http.route", "/api/v1/chat"));
            span.Attributes.Add(Attribute("url.path", "/api/v1/chat"));
            span.Attributes.Add(Attribute("server.address", "localhost"));
            span.Attributes.Add(new KeyValue { Key = "http.response.status_code", Value = new AnyValue { IntValue = 200 } });
            span.Attributes.Add(Attribute("user_agent.original", "MemoryAspire.Web/1.0"));
            scope.Spans.Add(span);
        }

        var resource = new Resource();
        resource.Attributes.Add(Attribute("service.name", "chatapi"));
        resource.Attributes.Add(Attribute("service.instance.id", "chatapi-" + InstanceSuffix(random)));
        return new ExportTraceServiceRequest { ResourceSpans = { new ResourceSpans { Resource = resource, ScopeSpans = { scope } } } };

        static string InstanceSuffix(Random r) => r.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
    }

    private static KeyValue Attribute(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
