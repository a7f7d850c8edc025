using System.Net;
using System.Net.Sockets;
using MemoryAspire.Testing;

namespace MemoryAspire.AppHost.Tests;

/// <summary>What a developer sees when the machine or a setting is wrong: one line that says what to do, no stack trace.</summary>
[Collection(LaunchProfilePorts.Name)]
public sealed class BadConfigurationTests
{
    [Fact]
    public async Task A_missing_redis_server_stops_the_start_with_what_to_do_and_no_stack_trace()
    {
        // dotnet, and nothing else: no redis-server, no postgres.
        await using var host = AppHostProcess.Start(path: Path.GetDirectoryName(Path.GetFullPath(CommandLine.DotnetExecutable))!);

        Assert.Equal(1, await host.WaitForExitAsync(TimeSpan.FromSeconds(90)));
        Assert.Contains("redis-server was not found: install the redis-server package", host.Output, StringComparison.Ordinal);
        Assert.Contains("or set ConnectionStrings:cache to an existing server", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_connection_string_stops_the_start_naming_the_setting_without_its_password()
    {
        await using var host = AppHostProcess.Start(new Dictionary<string, string> { ["ConnectionStrings__memorydb"] = "Hots=db.internal;Password=hunter2secret" });

        Assert.Equal(1, await host.WaitForExitAsync(TimeSpan.FromSeconds(90)));
        Assert.Contains("ConnectionStrings:memorydb (Hots=db.internal;Password=***) is not a PostgreSQL connection string", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2secret", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_existing_server_keeps_its_resource_unhealthy_and_the_services_that_need_it_waiting()
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>(
            [$"ConnectionStrings:cache=127.0.0.1:{ClosedPort()},password=hunter2secret", $"AppHost:StateDirectory={Path.Combine(Path.GetTempPath(), $"memoryaspire-unreachable-{Guid.NewGuid():N}")}"]);
        await using var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        // The start does not complete while resources wait for a dependency; what matters is what they wait in.
        var starting = app.StartAsync(timeout.Token);

        await app.ResourceNotifications.WaitForResourceAsync("memorydb", e => e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, timeout.Token);
        await Task.Delay(TimeSpan.FromSeconds(5), timeout.Token);

        Assert.True(app.ResourceNotifications.TryGetCurrentState("cache", out var cache));
        Assert.NotEqual(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, cache.Snapshot.HealthStatus);
        foreach (var service in new[] { "memoryworker", "chatapi" })
        {
            Assert.True(app.ResourceNotifications.TryGetCurrentState(service, out var state));
            Assert.Equal(KnownResourceStates.Waiting, state.Snapshot.State?.Text);
        }

        // Web waits for nobody: it runs, and says that the chat service is not there.
        Assert.True(app.ResourceNotifications.TryGetCurrentState("web", out var web));
        Assert.NotEqual(KnownResourceStates.Waiting, web.Snapshot.State?.Text);

        await timeout.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => starting);
        // The testing host's stop otherwise waits for its 30 s shutdown timeout.
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await app.StopAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
