using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MemoryAspire.AppHost.DataServices;
using MemoryAspire.Testing;
using Npgsql;
using StackExchange.Redis;

namespace MemoryAspire.AppHost.Tests;

/// <summary>The AppHost's topology run by Aspire.Hosting.Testing: what each service receives, and what happens to the data servers.</summary>
public sealed class TopologyTests
{
    [Fact]
    public async Task Every_resource_is_healthy_services_get_aspires_connection_strings_web_finds_chatapi_and_a_service_that_dies_is_reported()
    {
        await using var stack = await StackApp.StartAsync(new StackOptions());

        foreach (var service in new[] { "chatapi", "memoryworker", "web" })
        {
            using var http = stack.CreateHttpClient(service);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);
        }

        foreach (var resource in new[] { "cache", "postgres", "memorydb", "memoryworker", "chatapi", "web" })
        {
            Assert.True(stack.App.ResourceNotifications.TryGetCurrentState(resource, out var state), resource);
            Assert.Equal(KnownResourceStates.Running, state.Snapshot.State?.Text);
            Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, state.Snapshot.HealthStatus);
        }

        using var web = stack.CreateHttpClient("web");
        Assert.Equal("chatapi", (await web.GetFromJsonAsync<JsonElement>("/backend-info")).GetProperty("service").GetString());

        // The shapes Aspire's own Redis and PostgreSQL resources hand out.
        var cache = await stack.ConnectionStringAsync("cache");
        Assert.Matches(@"^localhost:\d+,password=[A-Za-z0-9]{22,}$", cache);
        var memorydb = await stack.ConnectionStringAsync("memorydb");
        Assert.Matches(@"^Host=localhost;Port=\d+;Username=postgres;Password=[A-Za-z0-9]{22,};Database=memorydb$", memorydb);

        // Each service gets exactly the variables Aspire hands it: a connection string per reference, nothing more.
        var chatapi = Environment(stack.ProcessId("chatapi")!.Value);
        Assert.Equal(cache, chatapi["ConnectionStrings__cache"]);
        Assert.Equal(memorydb, chatapi["ConnectionStrings__memorydb"]);
        Assert.DoesNotContain(chatapi.Keys, k => k.StartsWith("CACHE_", StringComparison.Ordinal) || k.StartsWith("MEMORYDB_", StringComparison.Ordinal));
        Assert.Equal("chatapi", chatapi["OTEL_SERVICE_NAME"]);
        var webEnvironment = Environment(stack.ProcessId("web")!.Value);
        Assert.StartsWith("http://localhost:", webEnvironment["services__chatapi__http__0"], StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectionStrings__memorydb", webEnvironment.Keys);

        await using var redis = await ConnectionMultiplexer.ConnectAsync(cache);
        Assert.True(await redis.GetDatabase().PingAsync() < TimeSpan.FromSeconds(5));
        await using var db = new NpgsqlConnection(memorydb);
        await db.OpenAsync();
        Assert.Equal("memorydb", db.Database);

        // A service that dies is reported with its exit code, and the others keep running.
        System.Diagnostics.Process.GetProcessById(stack.ProcessId("memoryworker")!.Value).Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exited = await stack.App.ResourceNotifications.WaitForResourceAsync("memoryworker",
            e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), timeout.Token);
        Assert.Equal(137, exited.Snapshot.ExitCode);
        Assert.NotEmpty(stack.Output.Lines("memoryworker"));
        Assert.True(stack.App.ResourceNotifications.TryGetCurrentState("chatapi", out var running));
        Assert.Equal(KnownResourceStates.Running, running.Snapshot.State?.Text);
    }

    [Fact]
    public async Task Data_and_passwords_survive_a_restart_with_the_same_state_folder_and_another_apphost_can_use_those_servers_by_connection_string()
    {
        var state = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"memoryaspire-state-{Guid.NewGuid():N}")).FullName;
        try
        {
            var marker = Guid.NewGuid().ToString("N");
            string firstConnection;
            // The data servers alone: the services play no part in what survives.
            await using (var first = await StackApp.StartAsync(new StackOptions { StateDirectory = state, DataServersOnly = true }))
            {
                firstConnection = await first.ConnectionStringAsync("memorydb");
                await using var db = new NpgsqlConnection(firstConnection);
                await db.OpenAsync();
                await using var write = new NpgsqlCommand("CREATE TABLE survivors (marker text); INSERT INTO survivors VALUES (@m)", db);
                write.Parameters.AddWithValue("m", marker);
                await write.ExecuteNonQueryAsync();
            }

            NpgsqlConnection.ClearAllPools();
            Assert.True(File.Exists(Path.Combine(state, "parameters.json")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(state, "parameters.json")));

            await using var second = await StackApp.StartAsync(new StackOptions { StateDirectory = state, DataServersOnly = true });
            var secondConnection = await second.ConnectionStringAsync("memorydb");
            Assert.Equal(Password(firstConnection), Password(secondConnection));
            await using (var again = new NpgsqlConnection(secondConnection))
            {
                await again.OpenAsync();
                await using var read = new NpgsqlCommand("SELECT marker FROM survivors", again);
                Assert.Equal(marker, await read.ExecuteScalarAsync());
            }

            // Another AppHost given those servers' connection strings uses them and starts none of its own.
            await using var user = await StackApp.StartAsync(new StackOptions
            {
                AppHostSettings = new Dictionary<string, string>
                {
                    ["ConnectionStrings:cache"] = await second.ConnectionStringAsync("cache"),
                    ["ConnectionStrings:memorydb"] = secondConnection,
                },
            });
            var model = user.App.Services.GetRequiredService<DistributedApplicationModel>().Resources;
            Assert.Empty(model.OfType<LocalRedisResource>());
            Assert.Empty(model.OfType<LocalPostgresServerResource>());
            Assert.Equal(secondConnection, Environment(user.ProcessId("chatapi")!.Value)["ConnectionStrings__memorydb"]);
            using var chatapi = user.CreateHttpClient("chatapi");
            Assert.Equal(HttpStatusCode.OK, (await chatapi.GetAsync("/health")).StatusCode);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(state, recursive: true);
        }
    }

    private static string Password(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Password!;

    private static Dictionary<string, string> Environment(int pid) =>
        File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Split('=', 2)).Where(v => v.Length == 2).GroupBy(v => v[0]).ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);
}
