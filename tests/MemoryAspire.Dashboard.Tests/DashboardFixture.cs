using System.Net;
using MemoryAspire.Dashboard;

namespace MemoryAspire.Dashboard.Tests;

/// <summary>One standalone dashboard on free ports, shared by a test class; tests tell their data apart by service name.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public const string ApiKey = "test-otlp-key";
    public const string BrowserToken = "test-browser-token";

    public DashboardServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = DashboardServer.Create(new DashboardOptions
        {
            UiPort = 0,
            OtlpGrpcPort = 0,
            OtlpHttpPort = 0,
            OtlpApiKey = ApiKey,
            BrowserToken = BrowserToken,
            Prices = new(StringComparer.OrdinalIgnoreCase) { ["gpt-test"] = new() { InputPerMillion = 1m, OutputPerMillion = 4m } },
        });
        await Server.StartAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A browser that has logged in: its cookie container holds the session cookie.</summary>
    public async Task<HttpClient> LoggedInBrowserAsync()
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Server.UiUrl };
        using var login = await browser.GetAsync(new Uri($"/login?t={BrowserToken}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    /// <summary>Waits until telemetry exported in the background has arrived.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds} s waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
