using MemoryAspire.AppHost.DataServices;
using MemoryAspire.AppHost.Lifecycle;
using Microsoft.Extensions.Configuration;

namespace MemoryAspire.AppHost.Tests;

/// <summary>The rules of the part of the AppHost that is ours, without starting anything.</summary>
public sealed class DataServicesTests : IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), $"memoryaspire-unit-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    [Fact]
    public void A_local_PostgreSQL_is_probed_only_once_its_lock_file_says_ready_as_pg_ctl_waits()
    {
        var server = new LocalPostgresServerResource("postgres", "postgres", _state, new ParameterResource("postgres-password", _ => "unused", secret: true));
        Directory.CreateDirectory(server.DataDirectory);
        var lockFile = Path.Combine(server.DataDirectory, "postmaster.pid");
        string[] Lines(string status) => ["4242", server.DataDirectory, "1765000000", "5432", "", "localhost", "  1234   5678", status];

        Assert.False(LocalPostgresBuilderExtensions.AcceptsConnections(server));
        File.WriteAllLines(lockFile, Lines("starting"));
        Assert.False(LocalPostgresBuilderExtensions.AcceptsConnections(server));
        File.WriteAllLines(lockFile, Lines("ready   "));
        Assert.True(LocalPostgresBuilderExtensions.AcceptsConnections(server));
        File.WriteAllLines(lockFile, Lines("stopping"));
        Assert.False(LocalPostgresBuilderExtensions.AcceptsConnections(server));
    }

    [Fact]
    public void A_generated_password_is_written_once_owner_only_and_read_back_unchanged()
    {
        var first = new LocalServerState(_state).GetOrCreateSecret("postgres-password", 22);
        var again = new LocalServerState(_state).GetOrCreateSecret("postgres-password", 22);
        var other = new LocalServerState(_state).GetOrCreateSecret("cache-password", 22);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Matches("^[A-Za-z0-9]{22}$", first);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_state, "parameters.json")));
    }

    [Theory]
    [InlineData(null, DataServicesMode.Azure)]
    [InlineData("containers", DataServicesMode.Containers)]
    [InlineData("Azure", DataServicesMode.Azure)]
    public void The_publish_mode_of_the_data_services_is_read_case_insensitively_and_azure_by_default(string? configured, DataServicesMode expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("AppHost:DataServices", configured)]).Build();

        Assert.Equal(expected, AppHostSettings.From(configuration, "/apphost").DataServices);
        Assert.Equal("/apphost/.state", AppHostSettings.From(configuration, "/apphost").StateDirectory);
    }

    [Fact]
    public void An_unknown_publish_mode_is_refused_with_the_choices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("AppHost:DataServices", "Kubernetes")]).Build();

        var error = Assert.Throws<DistributedApplicationException>(() => AppHostSettings.From(configuration, "/apphost"));
        Assert.Equal("AppHost:DataServices is 'Kubernetes'; it must be one of: Azure, Containers.", error.Message);
    }

    [Theory]
    [InlineData("db.internal:6380,password=x,ssl=true", DataServerProbe.Redis, null)]
    [InlineData("Host=db.internal;Port=5432;Username=app;Password=x;Database=memorydb", DataServerProbe.PostgreSql, null)]
    [InlineData("Port=5432;Username=app", DataServerProbe.PostgreSql, "names no Host.")]
    [InlineData("Hots=db.internal", DataServerProbe.PostgreSql, "is not a PostgreSQL connection string")]
    [InlineData("db.internal,bogus=1", DataServerProbe.Redis, "is not a Redis connection string")]
    public void A_connection_string_for_an_existing_server_is_checked_before_anything_starts(string connectionString, DataServerProbe probe, string? problem)
    {
        var found = DataServiceBuilderExtensions.ExistingServerProblem(connectionString, probe);

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.StartsWith(problem, found, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Passwords_are_masked_in_what_is_reported()
    {
        Assert.Equal("Host=h;Password=***;Database=d", DataServiceBuilderExtensions.MaskPassword("Host=h;Password=s3cret;Database=d"));
        Assert.Equal("h:6379,password=***,ssl=true", DataServiceBuilderExtensions.MaskPassword("h:6379,password=s3cret,ssl=true"));
    }

    [Fact]
    public async Task Resources_stop_web_first_then_chatapi_then_memoryworker_then_the_data_servers()
    {
        // The model as the AppHost declares it; nothing is built or started.
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>([$"AppHost:StateDirectory={_state}"]);

        var tiers = ReverseDependencyShutdown.StopOrder(builder.Resources);

        Assert.Equal([["web"], ["chatapi"], ["memoryworker"], ["cache", "postgres"]],
            tiers.Select(t => t.Select(r => r.Name).Order(StringComparer.Ordinal).ToArray()));
    }
}
