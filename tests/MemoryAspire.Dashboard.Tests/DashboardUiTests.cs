using System.Net;
using System.Text;
using MemoryAspire.Dashboard.Telemetry;
using MemoryAspire.Dashboard.Ui;

namespace MemoryAspire.Dashboard.Tests;

/// <summary>The pages over HTTP, as a browser gets them.</summary>
public sealed class DashboardUiTests(DashboardFixture dashboard) : IClassFixture<DashboardFixture>
{
    private static readonly string[] Pages = ["/", "/console", "/structured", "/traces", "/metrics", "/tokens", "/api/telemetry/export"];

    [Fact]
    public async Task Every_page_requires_the_browser_token_login()
    {
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = dashboard.Server.UiUrl };
        foreach (var page in Pages)
        {
            using var response = await anonymous.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/login", response.Headers.Location?.ToString());
        }

        using var wrong = await anonymous.GetAsync(new Uri("/login?t=not-the-token", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));

        using var toTokens = await anonymous.GetAsync(new Uri($"/login?t={DashboardFixture.BrowserToken}&returnUrl=/tokens", UriKind.Relative));
        Assert.Equal("/tokens", toTokens.Headers.Location?.ToString());
        using var toElsewhere = await anonymous.GetAsync(new Uri($"/login?t={DashboardFixture.BrowserToken}&returnUrl=//elsewhere.invalid/", UriKind.Relative));
        Assert.Equal("/", toElsewhere.Headers.Location?.ToString());

        using var browser = await dashboard.LoggedInBrowserAsync();
        foreach (var page in Pages)
        {
            using var response = await browser.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Pages_render_the_ingested_telemetry()
    {
        var service = $"ui-{Guid.NewGuid():N}"[..12];
        var traceId = Guid.NewGuid().ToString("N");
        var store = dashboard.Server.Store;
        store.AddSpans(
        [
            Samples.Span(service, traceId, "aaaa000000000001", null, "POST /api/v1/chat", 0, 120),
            Samples.Span("ui-model", traceId, "aaaa000000000002", "aaaa000000000001", "chat gpt-test", 10, 80,
                new() { ["gen_ai.request.model"] = "gpt-test", ["gen_ai.usage.input_tokens"] = "321", ["gen_ai.usage.output_tokens"] = "45" },
                error: true, events: [new SpanEventRecord(Samples.Start.AddMilliseconds(20), "retry-after-429", new Dictionary<string, string>())]),
        ]);
        store.AddLogs([Samples.Log(service, 13, "context over budget", traceId), Samples.Log(service, 9, "routine message")]);
        store.AddMetrics(
        [
            Samples.Counter(service, "ui.requests", 2, []),
            Samples.Counter(service, "ui.requests", 3, [], second: 2),
        ]);
        using var browser = await dashboard.LoggedInBrowserAsync();

        var traces = await browser.GetStringAsync(new Uri($"/traces?resource={service}", UriKind.Relative));
        Assert.Contains($"/traces/{traceId}", traces, StringComparison.Ordinal);
        Assert.Contains($"{service}: POST /api/v1/chat", traces, StringComparison.Ordinal);
        Assert.Contains($"/traces/{traceId}", await browser.GetStringAsync(new Uri("/traces?errors=on&minMs=100", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain($"/traces/{traceId}", await browser.GetStringAsync(new Uri("/traces?minMs=500", UriKind.Relative)), StringComparison.Ordinal);

        var waterfall = await browser.GetStringAsync(new Uri($"/traces/{traceId}", UriKind.Relative));
        Assert.Contains("2 spans across", waterfall, StringComparison.Ordinal);
        Assert.Contains("chat gpt-test", waterfall, StringComparison.Ordinal);
        Assert.Contains("gen_ai.usage.input_tokens</td><td>321", waterfall, StringComparison.Ordinal);
        Assert.Contains("retry-after-429", waterfall, StringComparison.Ordinal);
        Assert.Contains("padding-left:16px", waterfall, StringComparison.Ordinal);

        var warnings = await browser.GetStringAsync(new Uri($"/structured?resource={service}&level=Warning", UriKind.Relative));
        Assert.Contains("context over budget", warnings, StringComparison.Ordinal);
        Assert.Contains($"href=\"/traces/{traceId}\"", warnings, StringComparison.Ordinal);
        Assert.DoesNotContain("routine message", warnings, StringComparison.Ordinal);
        var byText = await browser.GetStringAsync(new Uri($"/structured?resource={service}&text=ROUTINE", UriKind.Relative));
        Assert.Contains("routine message", byText, StringComparison.Ordinal);
        Assert.DoesNotContain("context over budget", byText, StringComparison.Ordinal);

        var metrics = await browser.GetStringAsync(new Uri($"/metrics?resource={service}", UriKind.Relative));
        Assert.Contains("ui.requests", metrics, StringComparison.Ordinal);
        Assert.Contains("<svg", metrics, StringComparison.Ordinal);

        var tokens = await browser.GetStringAsync(new Uri("/tokens", UriKind.Relative));
        Assert.Contains("<td>ui-model</td><td>gpt-test</td><td>unknown</td><td>321</td><td>45</td><td>0.0005</td>", tokens, StringComparison.Ordinal);

        var resources = await browser.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains(service, resources, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partial_request_gets_only_the_main_content_for_live_updates()
    {
        using var browser = await dashboard.LoggedInBrowserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/traces", UriKind.Relative));
        request.Headers.Add("X-Dashboard-Partial", "1");
        using var response = await browser.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<h1>Traces</h1>", body.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("<nav>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_stream_announces_new_telemetry()
    {
        using var browser = await dashboard.LoggedInBrowserAsync();
        using var response = await browser.GetAsync(new Uri("/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("retry: 2000", await reader.ReadLineAsync());

        dashboard.Server.Store.AddLogs([Samples.Log("sse", 9, "something new")]);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && line.Length == 0);
        Assert.Equal("data: changed", line);
    }

    [Fact]
    public async Task A_snapshot_exported_to_a_file_imports_back()
    {
        var service = $"snap-{Guid.NewGuid():N}"[..14];
        dashboard.Server.Store.AddSpans([Samples.Span(service, "feedfacefeedfacefeedfacefeedface", "0000000000000001", null, "exported span", 0, 5)]);
        using var browser = await dashboard.LoggedInBrowserAsync();

        using var export = await browser.GetAsync(new Uri("/api/telemetry/export", UriKind.Relative));
        Assert.Contains("attachment", export.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var snapshot = await TelemetrySnapshot.ReadAsync(await export.Content.ReadAsStreamAsync());
        var span = Assert.Single(snapshot.Spans, s => s.Service == service);
        Assert.Equal(Samples.Start, span.Start);

        var renamed = snapshot with { Spans = [span with { Service = service + "-imported" }], Logs = [], Metrics = [] };
        using var file = new MemoryStream();
        await renamed.WriteAsync(file);
        using var import = await browser.PostAsync(new Uri("/api/telemetry/import", UriKind.Relative), new ByteArrayContent(file.ToArray()));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Contains(dashboard.Server.Store.Spans, s => s.Service == service + "-imported" && s.Name == "exported span");

        using var broken = await browser.PostAsync(new Uri("/api/telemetry/import", UriKind.Relative), new StringContent("{\"formatVersion\":99}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }

    [Fact]
    public async Task Telemetry_is_kept_across_restarts_when_persistence_is_on()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"memoryaspire-dashboard-test-{Guid.NewGuid():N}");
        DashboardOptions Options() => new() { UiPort = 0, OtlpGrpcPort = 0, OtlpHttpPort = 0, Persist = true, PersistDirectory = folder };
        try
        {
            await using (var first = DashboardServer.Create(Options()))
            {
                await first.StartAsync();
                first.Store.AddSpans([Samples.Span("kept", "t1", "s1", null, "before restart", 0, 5)]);
                first.Store.AddLogs([Samples.Log("kept", 17, "kept log")]);
                await first.StopAsync();
            }

            await using var second = DashboardServer.Create(Options());
            await second.StartAsync();
            Assert.Equal("before restart", Assert.Single(second.Store.Spans).Name);
            Assert.Equal(LogLevelName.Error, Assert.Single(second.Store.Logs).Level);
            await second.StopAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
