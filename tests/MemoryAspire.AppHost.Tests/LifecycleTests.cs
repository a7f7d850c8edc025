using System.Globalization;

namespace MemoryAspire.AppHost.Tests;

/// <summary>The AppHost as a developer runs it: a clean first start, and nothing left behind however it is stopped.</summary>
[Collection(LaunchProfilePorts.Name)]
public sealed class LifecycleTests : IClassFixture<LifecycleTests.WarmState>
{
    /// <summary>One state folder for the class: the first run initialises it (a first start), the later ones start warm.</summary>
    public sealed class WarmState : IDisposable
    {
        public string Directory { get; } = System.IO.Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"memoryaspire-lifecycle-{Guid.NewGuid():N}")).FullName;

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }

    private readonly WarmState _state;

    public LifecycleTests(WarmState state) => _state = state;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    /// <summary>Every kind of process the AppHost runs, as its command line names it.</summary>
    private static readonly (string Role, string Marker)[] Roles =
    [
        ("web", "bin/Debug/net10.0/MemoryAspire.Web"),
        ("chatapi", "bin/Debug/net10.0/MemoryAspire.ChatApi"),
        ("memoryworker", "bin/Debug/net10.0/MemoryAspire.MemoryWorker"),
        ("cache", "redis-server"),
        ("postgres", "bin/postgres -D"),
        ("dashboard", "Aspire.Dashboard"),
        ("dcp", "dcp start-apiserver"),
    ];

    // Whichever test runs first starts on an empty state folder: every start, the first included, must log no error.
    [Fact]
    public async Task A_start_logs_no_error_and_ctrl_c_stops_every_process_in_reverse_dependency_order() => await StartAndStopAsync("INT");

    [Fact]
    public async Task Sigterm_stops_every_process_in_reverse_dependency_order() => await StartAndStopAsync("TERM");

    private async Task StartAndStopAsync(string signal)
    {
        await using var host = AppHostProcess.Start(stateDirectory: _state.Directory);
        await host.WaitHealthyAsync(StartTimeout);
        var processes = ProcessTree.OfAppHost(host.Session);
        var roles = Roles.ToDictionary(r => r.Role, r => processes.Where(p => p.CommandLine.Contains(r.Marker, StringComparison.Ordinal)).ToList());
        Assert.All(roles, r => Assert.True(r.Value.Count > 0, $"no {r.Key} process among: {string.Join("; ", processes.Select(p => p.CommandLine))}"));

        AssertCleanStart(host);

        var stopped = new Dictionary<string, TimeSpan>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await host.SignalGroupAsync(signal);
        while (stopped.Count < roles.Count && clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            foreach (var (role, members) in roles.Where(r => !stopped.ContainsKey(r.Key)))
            {
                if (members.All(p => !p.IsAlive))
                {
                    stopped[role] = clock.Elapsed;
                }
            }

            await Task.Delay(20);
        }

        string Stopped() => string.Join(", ", roles.Keys.Select(r => stopped.TryGetValue(r, out var t) ? $"{r} {t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s" : $"{r} still running"));
        int exit;
        try
        {
            exit = await host.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException)
        {
            var tail = string.Join("\n", host.Output.Split('\n').TakeLast(40));
            throw new Xunit.Sdk.XunitException($"the AppHost had not exited {clock.Elapsed.TotalSeconds:F0} s after SIG{signal}; stopped: {Stopped()}; its last output:\n{tail}");
        }

        Assert.Equal(0, exit);
        var left = await ProcessTree.WaitUntilGoneAsync(processes, TimeSpan.FromSeconds(10));
        Assert.True(left.Count == 0, $"still running after the AppHost stopped: {string.Join("; ", left.Select(p => p.CommandLine))}");
        var order = string.Join(", ", stopped.OrderBy(s => s.Value).Select(s => $"{s.Key} {s.Value.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s"));
        Assert.True(stopped["web"] <= stopped["chatapi"] && stopped["chatapi"] <= stopped["memoryworker"]
            && stopped["memoryworker"] <= stopped["cache"] && stopped["memoryworker"] <= stopped["postgres"], $"stopped out of order: {order}");
        // The warning's reason is on the line after it.
        var lines = host.Output.Split('\n');
        var warnings = lines.Select((line, i) => (line, i)).Where(l => l.line.Contains("did not stop in order", StringComparison.Ordinal))
            .Select(l => string.Join(" ", lines.Skip(Math.Max(0, l.i - 1)).Take(3).Select(x => x.Trim()))).ToList();
        Assert.True(warnings.Count == 0, string.Join(" || ", warnings));
    }

    [Fact]
    public async Task When_the_apphost_is_killed_the_orchestrator_stops_every_process_it_started()
    {
        await using var host = AppHostProcess.Start(stateDirectory: _state.Directory);
        await host.WaitHealthyAsync(StartTimeout);
        var processes = ProcessTree.OfAppHost(host.Session);
        AssertCleanStart(host);
        var appHost = Assert.Single(processes, p => p.CommandLine.Contains("MemoryAspire.AppHost.dll", StringComparison.Ordinal)
            || p.CommandLine.EndsWith("/MemoryAspire.AppHost", StringComparison.Ordinal));
        Assert.Contains(processes, p => p.CommandLine.Contains("redis-server", StringComparison.Ordinal));
        Assert.Contains(processes, p => p.CommandLine.Contains("bin/postgres -D", StringComparison.Ordinal));

        await CommandLine.RunAsync("kill", ["-KILL", appHost.Pid.ToString(CultureInfo.InvariantCulture)], CommandLine.RepositoryRoot);

        var left = await ProcessTree.WaitUntilGoneAsync(processes, TimeSpan.FromSeconds(60));
        Assert.True(left.Count == 0, $"still running a minute after the AppHost was killed: {string.Join("; ", left.Select(p => p.CommandLine))}");
    }

    /// <summary>A normal start: the login URL for the dashboard, and no error or failing health check in the AppHost's output.</summary>
    private static void AssertCleanStart(AppHostProcess host)
    {
        Assert.Contains("Login to the dashboard at http://localhost:18888/login?t=", host.Output, StringComparison.Ordinal);
        var problems = host.Output.Split('\n').Where(l => l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal)
            || l.Contains("Unhealthy", StringComparison.OrdinalIgnoreCase) || l.Contains("health check", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LaunchProfilePorts
{
    public const string Name = "launch profile ports";
}
