using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MemoryAspire.Hosting.Orchestration;
using Npgsql;
using StackExchange.Redis;

namespace MemoryAspire.Hosting.Tests;

public sealed class TopologyTests
{
    [Fact]
    public async Task Whole_topology_starts_every_service_is_healthy_and_web_reaches_chatapi_through_service_discovery()
    {
        await using var app = await TestApp.StartAsync();

        foreach (var service in new[] { "chatapi", "memoryworker", "web" })
        {
            using var http = app.CreateHttpClient(service);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/alive")).StatusCode);
        }

        Assert.All(app.ResourceNotifications.Snapshots, s => Assert.True(s.State == ResourceState.Running && s.Healthy, $"{s.Name} is {s.State}"));

        using var web = app.CreateHttpClient("web");
        var info = await web.GetFromJsonAsync<JsonElement>("/backend-info");
        Assert.Equal("chatapi", info.GetProperty("service").GetString());

        await using var redis = await ConnectionMultiplexer.ConnectAsync((await app.GetConnectionStringAsync("cache"))!);
        Assert.True((await redis.GetDatabase().PingAsync()) < TimeSpan.FromSeconds(5));

        await using var db = new NpgsqlConnection(await app.GetConnectionStringAsync("memorydb"));
        await db.OpenAsync();
        Assert.Equal("memorydb", db.Database);
    }

    [Fact]
    public async Task Data_written_to_postgres_survives_stopping_and_starting_the_apphost_with_the_same_state_directory()
    {
        // A folder the postgres OS user can reach when the tests run as root (CreateTempSubdirectory makes it owner-only).
        var state = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"memoryaspire-state-{Guid.NewGuid():N}")).FullName;
        try
        {
            var marker = Guid.NewGuid().ToString("N");
            await using (var first = await TestApp.StartAsync(o => o.StateDirectory = state))
            {
                await using var db = new NpgsqlConnection(await first.GetConnectionStringAsync("memorydb"));
                await db.OpenAsync();
                await using var write = new NpgsqlCommand("CREATE TABLE survivors (marker text); INSERT INTO survivors VALUES (@m)", db);
                write.Parameters.AddWithValue("m", marker);
                await write.ExecuteNonQueryAsync();
            }

            await using var second = await TestApp.StartAsync(o => o.StateDirectory = state);
            await using var again = new NpgsqlConnection(await second.GetConnectionStringAsync("memorydb"));
            await again.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT marker FROM survivors", again);
            Assert.Equal(marker, await read.ExecuteScalarAsync());
        }
        finally
        {
            Directory.Delete(state, recursive: true);
        }
    }

    [Fact]
    public async Task No_process_the_apphost_started_is_left_after_it_stops()
    {
        var app = await TestApp.StartAsync();
        var pids = app.ProcessIds();
        Assert.Equal(5, pids.Count);
        Assert.NotEmpty(ProcessTree.AliveAmong(pids));

        await app.DisposeAsync();

        Assert.Empty(ProcessTree.AliveAmong(pids));
    }

    [Fact]
    public async Task No_process_the_apphost_started_is_left_after_it_is_killed()
    {
        await using var host = AppHostProcess.Start();
        await host.WaitStartedAsync(TestApp.StartTimeout);
        var pids = host.ChildPids;
        Assert.Equal(5, pids.Count);
        Assert.Equal(pids.Count, pids.Count(p => ProcessTree.AliveAmong([p]).Count > 0));

        host.Kill();

        var left = await ProcessTree.WaitUntilGoneAsync(pids, TimeSpan.FromSeconds(15));
        Assert.True(left.Count == 0, $"Still running after the AppHost was killed: {string.Join(", ", left)}");
    }

    [Fact]
    public async Task A_resource_that_exits_unexpectedly_is_reported_with_its_exit_code_and_last_lines()
    {
        await using var app = await TestApp.StartAsync();
        var worker = app.ResourceNotifications.Get("memoryworker")!;

        Assert.True(OperatingSystemSignal.Kill(worker.ProcessId!.Value));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var exited = await app.ResourceNotifications.WaitForResourceAsync("memoryworker", s => s.State == ResourceState.Exited, timeout.Token);
        Assert.Equal(137, exited.ExitCode);
        Assert.False(exited.Healthy);
        Assert.NotEmpty(app.ConsoleLogs().Get("memoryworker"));
        Assert.Equal(ResourceState.Running, app.ResourceNotifications.Get("chatapi")!.State);
    }
}

internal static class OperatingSystemSignal
{
    public static bool Kill(int pid)
    {
        try
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
