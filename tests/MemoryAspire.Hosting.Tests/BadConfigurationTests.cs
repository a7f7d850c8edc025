using System.Net;
using System.Net.Sockets;
using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Testing;

namespace MemoryAspire.Hosting.Tests;

public sealed class BadConfigurationTests
{
    [Fact]
    public async Task A_missing_redis_server_fails_fast_with_what_to_do_and_no_stack_trace()
    {
        await using var host = AppHostProcess.Start(new Dictionary<string, string> { ["PATH"] = "/nonexistent" });

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("redis-server was not found: install the redis-server package", host.Output, StringComparison.Ordinal);
        Assert.Contains("or set ConnectionStrings:cache to an existing server", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_port_fails_naming_the_port_the_resource_and_where_to_change_it()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var taken = ((IPEndPoint)squatter.LocalEndpoint).Port;

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>([],
            o => o.Configuration["AppHost:RandomizePorts"] = "false");
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            project.Annotations.OfType<EndpointAnnotation>().Single().Port = project.Name == "chatapi" ? taken : null;
        }

        await using var app = await builder.BuildAsync();
        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains($"Port {taken} for chatapi (http) is already in use by another process", error.Message, StringComparison.Ordinal);
        Assert.Contains("launchSettings.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_redis_connection_string_fails_naming_the_setting_without_its_password()
    {
        await using var app = await BuildWithAsync(new()
        {
            ["ConnectionStrings:cache"] = $"127.0.0.1:{ClosedPort()},password=hunter2secret",
            ["AppHost:ExistingServerTimeoutSeconds"] = "2",
        });

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains("cache", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check ConnectionStrings:cache", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_database_connection_string_fails_naming_the_setting()
    {
        await using var app = await BuildWithAsync(new()
        {
            ["ConnectionStrings:memorydb"] = $"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Password=nope;Database=memorydb",
            ["AppHost:ExistingServerTimeoutSeconds"] = "2",
        });

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => app.StartAsync());

        Assert.Contains("memorydb", error.Message, StringComparison.Ordinal);
        Assert.Contains("Check ConnectionStrings:memorydb", error.Message, StringComparison.Ordinal);
        Assert.Null(app.ResourceNotifications.Get("postgres"));
    }

    private static async Task<DistributedApplication> BuildWithAsync(Dictionary<string, string?> configuration)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>([], o =>
        {
            foreach (var (key, value) in configuration)
            {
                o.Configuration[key] = value;
            }
        });
        return await builder.BuildAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
