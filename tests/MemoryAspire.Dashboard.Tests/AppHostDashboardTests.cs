using System.Net;
using MemoryAspire.Hosting;
using MemoryAspire.Hosting.Dashboard;
using MemoryAspire.Hosting.Orchestration;
using MemoryAspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MemoryAspire.Dashboard.Tests;

/// <summary>The dashboard inside the AppHost, with the real topology started by the testing builder.</summary>
public sealed class AppHostDashboardTests
{
    [Fact]
    public async Task Projects_export_to_the_hosted_dashboard_which_shows_and_controls_them()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>();
        await using var app = await builder.BuildAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            await app.StartAsync(timeout.Token);
        }

        var server = app.Services.GetRequiredService<AppHostDashboard>().Server!;
        Assert.NotEqual(18888, server.UiUrl.Port);
        Assert.NotEqual(18889, server.OtlpGrpcUrl.Port);
        var resources = app.Services.GetRequiredService<AppHostResourceSource>();
        var chatapi = Assert.Single(resources.GetResources(), r => r.Name == "chatapi");
        Assert.Equal(server.OtlpGrpcUrl.ToString().TrimEnd('/'), chatapi.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        Assert.Equal("grpc", chatapi.Environment["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        Assert.Equal($"x-otlp-api-key={server.Options.OtlpApiKey}", chatapi.Environment["OTEL_EXPORTER_OTLP_HEADERS"]);
        Assert.Equal("chatapi", chatapi.Environment["OTEL_SERVICE_NAME"]);

        // web calls chatapi: one trace across both services.
        using var web = app.CreateHttpClient("web");
        Assert.Equal(HttpStatusCode.OK, (await web.GetAsync(new Uri("/backend-info", UriKind.Relative))).StatusCode);
        var store = server.Store;
        string? traceId = null;
        await DashboardFixture.EventuallyAsync(
            () => (traceId = store.Spans.GroupBy(s => s.TraceId).FirstOrDefault(t => t.Any(s => s.Service == "web") && t.Any(s => s.Service == "chatapi"))?.Key) is not null,
            "a trace spanning web and chatapi",
            seconds: 30);
        await DashboardFixture.EventuallyAsync(() => store.Metrics.Any(p => p.Service == "chatapi"), "chatapi's metrics", seconds: 30);

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = server.UiUrl };
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(server.LoginUrl)).StatusCode);
        var page = await browser.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Contains("<strong>chatapi</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Running", page, StringComparison.Ordinal);
        Assert.DoesNotContain(chatapi.Environment["Jwt__SigningKey"], page, StringComparison.Ordinal);
        var trace = await browser.GetStringAsync(new Uri($"/traces/{traceId}", UriKind.Relative));
        Assert.Contains("<b>web</b>", trace, StringComparison.Ordinal);
        Assert.Contains("<b>chatapi</b>", trace, StringComparison.Ordinal);
        Assert.Contains("info", await browser.GetStringAsync(new Uri("/console?resource=chatapi", UriKind.Relative)), StringComparison.Ordinal);

        var before = app.ResourceNotifications.Get("web")!.ProcessId;
        // The buttons post a form; the answer redirects back to the Resources page.
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync(new Uri("/resources/web/restart", UriKind.Relative), null)).StatusCode);
        using (var restart = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            var restarted = await app.ResourceNotifications.WaitForResourceAsync("web", s => s.State == ResourceState.Running && s.Healthy && s.ProcessId != before, restart.Token);
            Assert.NotEqual(before, restarted.ProcessId);
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync(new Uri("/resources/memoryworker/stop", UriKind.Relative), null)).StatusCode);
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await app.ResourceNotifications.WaitForResourceAsync("memoryworker", s => s.State == ResourceState.Finished, stop.Token);
        }
    }

    [Fact]
    public async Task The_dashboard_can_be_turned_off()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>([], o => o.Configuration["AppHost:DashboardEnabled"] = "false");
        await using var app = await builder.BuildAsync();
        Assert.Null(app.Services.GetService<AppHostDashboard>());
    }
}
