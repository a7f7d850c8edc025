using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MemoryAspire.UnitTests.ServiceDefaults;

public sealed class ClientIntegrationTests
{
    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    [Fact]
    public void Missing_redis_connection_string_names_every_key_that_could_hold_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Builder([]).AddRedisClient("cache"));

        Assert.Equal(
            "ConnectionString is missing. It should be provided in 'ConnectionStrings:cache' or under the 'ConnectionString' key in "
            + "'Aspire:StackExchange:Redis' or 'Aspire:StackExchange:Redis:cache' configuration section.",
            error.Message);
    }

    [Fact]
    public void Missing_database_connection_string_names_every_key_that_could_hold_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Builder([]).AddNpgsqlDbContext<MemoryDbContext>("memorydb"));

        Assert.Equal(
            "ConnectionString is missing. It should be provided in 'ConnectionStrings:memorydb' or under the 'ConnectionString' key in "
            + "'Aspire:Npgsql:EntityFrameworkCore:PostgreSQL', 'Aspire:Npgsql:EntityFrameworkCore:PostgreSQL:memorydb' or "
            + "'Aspire:Npgsql:EntityFrameworkCore:PostgreSQL:MemoryDbContext' configuration section.",
            error.Message);
    }

    [Fact]
    public void Connection_string_may_come_from_the_named_settings_section()
    {
        var builder = Builder(new() { ["Aspire:StackExchange:Redis:cache:ConnectionString"] = "127.0.0.1:1" });

        builder.AddRedisClient("cache");

        Assert.Contains(builder.Services, s => s.ServiceType == typeof(IConnectionMultiplexer));
    }

    [Fact]
    public void Named_settings_section_overrides_the_general_one()
    {
        var builder = Builder(new()
        {
            ["ConnectionStrings:cache"] = "127.0.0.1:1",
            ["Aspire:StackExchange:Redis:DisableHealthChecks"] = "true",
            ["Aspire:StackExchange:Redis:cache:DisableHealthChecks"] = "false",
        });

        builder.AddRedisClient("cache");
        using var services = builder.Services.BuildServiceProvider();

        Assert.Contains(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == "StackExchange.Redis");
    }

    [Fact]
    public void Redis_client_is_one_multiplexer_that_tolerates_a_server_that_is_not_up_yet()
    {
        var builder = Builder(new() { ["ConnectionStrings:cache"] = $"127.0.0.1:{ClosedPort()},password=x,connectTimeout=200" });
        ConfigurationOptions? seen = null;

        builder.AddRedisClient("cache", configureOptions: o => seen = o);
        using var services = builder.Services.BuildServiceProvider();
        var first = services.GetRequiredService<IConnectionMultiplexer>();

        Assert.Same(first, services.GetRequiredService<IConnectionMultiplexer>());
        Assert.False(first.IsConnected);
        Assert.False(seen!.AbortOnConnectFail);
        Assert.Contains(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == "StackExchange.Redis");
    }

    [Fact]
    public void Database_context_is_pooled_retries_and_has_a_health_check_named_after_it()
    {
        var builder = Builder(new() { ["ConnectionStrings:memorydb"] = "Host=127.0.0.1;Port=1;Username=postgres;Password=x;Database=memorydb" });

        builder.AddNpgsqlDbContext<MemoryDbContext>("memorydb");
        using var services = builder.Services.BuildServiceProvider();

        Assert.Contains(builder.Services, s => s.ServiceType.Name.StartsWith("IDbContextPool", StringComparison.Ordinal));
        Assert.Contains(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == "MemoryDbContext");
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
        Assert.True(db.Database.CreateExecutionStrategy().RetriesOnFailure);
    }

    [Fact]
    public void Disabled_retry_and_health_checks_are_honoured()
    {
        var builder = Builder(new()
        {
            ["ConnectionStrings:memorydb"] = "Host=127.0.0.1;Port=1;Username=postgres;Password=x;Database=memorydb",
            ["Aspire:Npgsql:EntityFrameworkCore:PostgreSQL:MemoryDbContext:DisableRetry"] = "true",
            ["Aspire:Npgsql:EntityFrameworkCore:PostgreSQL:DisableHealthChecks"] = "true",
        });

        builder.AddNpgsqlDbContext<MemoryDbContext>("memorydb");
        using var services = builder.Services.BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.False(scope.ServiceProvider.GetRequiredService<MemoryDbContext>().Database.CreateExecutionStrategy().RetriesOnFailure);
        Assert.DoesNotContain(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == "MemoryDbContext");
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
