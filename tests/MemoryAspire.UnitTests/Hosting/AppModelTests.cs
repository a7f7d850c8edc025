using MemoryAspire.Hosting;
using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Orchestration;

namespace MemoryAspire.UnitTests.Hosting;

public sealed class AppModelTests
{
    [Theory]
    [InlineData("cache")]
    [InlineData("memory-worker")]
    [InlineData("db2")]
    public void Valid_resource_names_are_accepted(string name) => Assert.Equal(name, new ParameterResource(name, secret: false).Name);

    [Theory]
    [InlineData("")]
    [InlineData("2cache")]
    [InlineData("cache-")]
    [InlineData("my--cache")]
    [InlineData("my_cache")]
    [InlineData("my cache")]
    public void Invalid_resource_names_are_refused_with_the_rule(string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new ParameterResource(name, secret: false));
        if (name.Length > 0)
        {
            Assert.Contains("letters, digits and single hyphens", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Resources_that_wait_for_each_other_in_a_cycle_are_refused_at_build()
    {
        var a = new ParameterResource("a", secret: false);
        var b = new ParameterResource("b", secret: false);
        a.Annotations.Add(new WaitAnnotation(b));
        b.Annotations.Add(new WaitAnnotation(a));

        var error = Assert.Throws<DistributedApplicationException>(() => new DistributedApplicationModel([a, b]).Validate());

        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_depends_on_its_server()
    {
        var server = new PostgresServerResource("postgres", new ParameterResource("postgres-password", secret: true));
        var database = new PostgresDatabaseResource("memorydb", "memorydb", server);

        Assert.Equal([server], DistributedApplicationModel.DependenciesOf(database));
    }

    [Fact]
    public async Task A_configured_connection_string_replaces_the_local_server()
    {
        var redis = new RedisResource("cache", new ParameterResource("cache-password", secret: true));
        redis.Annotations.Add(new ExistingConnectionStringAnnotation("redis.example:6380,password=x,ssl=true"));

        Assert.Equal("redis.example:6380,password=x,ssl=true", await redis.ConnectionStringExpression.GetValueAsync());
    }

    [Fact]
    public void Launch_profile_port_is_read_from_the_first_http_application_url()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "Properties"));
            File.WriteAllText(Path.Combine(dir.FullName, "Properties", "launchSettings.json"), """
                {
                  // comments are allowed here, as Visual Studio writes them
                  "profiles": { "https": { "commandName": "Project", "applicationUrl": "https://localhost:7001;http://localhost:5123" } }
                }
                """);

            Assert.Equal(5123, ResourceBuilderExtensions.LaunchProfilePort(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Generated_secrets_are_kept_so_a_server_initialised_with_them_keeps_working()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var first = new StateDirectory(dir.FullName).GetOrCreateSecret("postgres-password", 22);
            var again = new StateDirectory(dir.FullName).GetOrCreateSecret("postgres-password", 22);

            Assert.Equal(first, again);
            Assert.Equal(22, first.Length);
            Assert.All(first, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(dir.FullName, "parameters.json")));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_port_in_use_is_seen_as_taken()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

        Assert.False(Ports.IsFree(port));
    }

    [Fact]
    public void A_port_taken_only_on_the_IPv6_loopback_is_seen_as_taken()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.IPv6Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

        Assert.False(Ports.IsFree(port));
    }

    [Fact]
    public void Allocated_ports_lie_below_the_ephemeral_range_and_are_never_handed_out_twice()
    {
        var (low, high) = Ports.NonEphemeralRange();
        var ports = Enumerable.Range(0, 200).Select(_ => Ports.GetFree()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.All(ports, p => Assert.InRange(p, low, high - 1));
    }

    [Fact]
    public void A_crash_report_keeps_the_exception_message_among_its_last_lines()
    {
        string[] output =
        [
            "info: starting",
            "Unhandled exception. System.IO.IOException: Failed to bind to address http://localhost:12345: address already in use.",
            .. Enumerable.Range(0, 40).Select(i => $"   at Frame{i}()"),
        ];

        var kept = ApplicationOrchestrator.WithoutDeepStackFrames(output).TakeLast(15).ToList();

        Assert.Contains(kept, l => l.Contains("address already in use", StringComparison.Ordinal));
        Assert.Equal(["   at Frame0()", "   at Frame1()", "   at Frame2()", "   ..."], kept.TakeLast(4));
    }
}
