using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Aspire.Hosting.ApplicationModel;

namespace MemoryAspire.Stack.Tests;

/// <summary>
/// A stack of its own whose PostgreSQL and Redis the tests kill (SIGKILL to the server and its children: a crash, not a
/// shutdown) and start again with the orchestrator's own start command, as a developer would from the dashboard.
/// </summary>
public sealed class DependencyOutageFixture : StackFixture
{
    protected override bool EnableDashboard => false;

    // PostgreSQL is killed with SIGKILL: what it acknowledged must be on disk.
    protected override bool CrashSafeData => true;

    /// <summary>Kills PostgreSQL (the postmaster and every backend) and waits until the orchestrator has seen it go.</summary>
    public Task KillPostgresAsync() => KillAsync("postgres");

    /// <summary>Kills redis-server and waits until the orchestrator has seen it go.</summary>
    public Task KillRedisAsync() => KillAsync("cache");

    /// <summary>Starts a killed server again and waits until it is healthy.</summary>
    public Task RestartAsync(string resource) => Stack.StartAsync(resource);

    public static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task KillAsync(string resource)
    {
        var server = Stack.ProcessId(resource) ?? throw new InvalidOperationException($"{resource} has no process.");
        int[] tree = [server, .. Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var child) ? child : 0)
            .Where(child => child > 0 && ParentOf(child) == server)];
        foreach (var member in tree)
        {
            try
            {
                using var process = Process.GetProcessById(member);
                process.Kill();
            }
            catch (ArgumentException)
            {
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, timeout.Token);
        for (var deadline = DateTime.UtcNow.AddSeconds(15); tree.Any(IsRunning); await Task.Delay(50))
        {
            Assert.True(DateTime.UtcNow < deadline, $"process {server} or a child still runs 15 s after SIGKILL");
        }
    }

    /// <summary>Fields of <c>/proc/&lt;pid&gt;/stat</c> after the command name (which may hold spaces): state, then parent.</summary>
    private static string[] StatFields(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }

    private static int ParentOf(int pid)
    {
        try
        {
            return int.Parse(StatFields(pid)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            return StatFields(pid)[0] is not ("Z" or "X");
        }
        catch (IOException)
        {
            return false;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DependencyOutages : ICollectionFixture<DependencyOutageFixture>
{
    public const string Name = "dependency outages";
}
