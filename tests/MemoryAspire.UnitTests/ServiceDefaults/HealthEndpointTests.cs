using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace MemoryAspire.UnitTests.ServiceDefaults;

public sealed class HealthEndpointTests
{
    private static async Task<(WebApplication App, HttpClient Http)> StartAsync(string environment, bool failingCheck = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddDefaultHealthChecks();
        if (failingCheck)
        {
            builder.Services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Unhealthy("database is down"));
        }

        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) });
    }

    [Fact]
    public async Task Health_and_alive_answer_in_production_without_details()
    {
        var (app, http) = await StartAsync(Environments.Production, failingCheck: true);
        await using var _ = app;

        var health = await http.GetAsync("/health");
        var alive = await http.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal("Healthy", await alive.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Development_health_report_names_each_check_and_why_it_fails()
    {
        var (app, http) = await StartAsync(Environments.Development, failingCheck: true);
        await using var _ = app;

        var body = await http.GetStringAsync("/alive");
        var health = await http.GetAsync("/health");
        var report = await health.Content.ReadAsStringAsync();

        Assert.Contains("\"self\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("database is down", report, StringComparison.Ordinal);
    }
}
