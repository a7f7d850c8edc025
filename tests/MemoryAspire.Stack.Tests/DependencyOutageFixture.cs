using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace MemoryAspire.Stack.Tests;

/// <summary>
/// A stack of its own whose PostgreSQL and Redis the tests kill (SIGKILL, the server and its children, found through
/// <c>/proc</c>) and start again from the same command line, as the same OS user; whatever they started again is stopped
/// before the stack is.
/// </summary>
public sealed class DependencyOutageFixture : StackFixture, IAsyncLifetime
{
    private readonly List<Process> _restarted = [];

    /// <summary>Kills PostgreSQL's postmaster (the parent of this connection's backend) and every child; returns how to start it again.</summary>
    public async Task<ServerCommand> KillPostgresAsync()
    {
        int postmaster;
        await using (var db = await OpenDatabaseAsync())
        {
            await using var backend = new NpgsqlCommand("SELECT pg_backend_pid()", db);
            postmaster = ParentOf((int)(await backend.ExecuteScalarAsync())!);
        }

        NpgsqlConnection.ClearAllPools();
        var command = ServerCommand.Of(postmaster, File.ReadAllText($"/proc/{postmaster}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries));
        await KillTreeAsync(postmaster);
        return command;
    }

    /// <summary>Kills redis-server (its pid and command line from <c>INFO server</c>); returns how to start it again.</summary>
    public async Task<ServerCommand> KillRedisAsync()
    {
        Dictionary<string, string> info;
        await using (var redis = await ConnectRedisAsync())
        {
            var server = redis.GetServer(redis.GetEndPoints()[0]);
            info = (await server.InfoAsync("server")).SelectMany(g => g).ToDictionary(p => p.Key, p => p.Value);
        }

        var pid = int.Parse(info["process_id"], CultureInfo.InvariantCulture);
        var command = ServerCommand.Of(pid, [info["executable"], info["config_file"]]);
        await KillTreeAsync(pid);
        return command;
    }

    /// <summary>Starts a killed server again and waits until its port accepts connections.</summary>
    public async Task RestartAsync(ServerCommand command, int port)
    {
        ArgumentNullException.ThrowIfNull(command);
        var start = new ProcessStartInfo(command.AsUser ? "setpriv" : command.Arguments[0])
        {
            WorkingDirectory = command.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        IEnumerable<string> arguments = command.AsUser
            ? [$"--reuid={command.Uid}", $"--regid={command.Gid}", "--init-groups", "--", .. command.Arguments]
            : command.Arguments.Skip(1);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _restarted.Add(process);
        for (var deadline = DateTime.UtcNow.AddSeconds(30); !await AcceptsAsync(port); await Task.Delay(100))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{command.Arguments[0]} did not listen on {port} within 30 s of its restart");
            Assert.False(process.HasExited, $"{command.Arguments[0]} exited with code {(process.HasExited ? process.ExitCode : 0)} after its restart");
        }
    }

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

    Task IAsyncLifetime.InitializeAsync() => InitializeAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var process in _restarted.Where(p => !p.HasExited))
        {
            // PostgreSQL's fast shutdown and Redis's shutdown both answer SIGINT.
            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }

        await DisposeAsync();
    }

    private static async Task KillTreeAsync(int pid)
    {
        int[] tree = [pid, .. Directory.EnumerateDirectories("/proc").Select(d => int.TryParse(Path.GetFileName(d), out var child) ? child : 0)
            .Where(child => child > 0 && SafeParentOf(child) == pid)];
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

        for (var deadline = DateTime.UtcNow.AddSeconds(15); tree.Any(IsRunning); await Task.Delay(50))
        {
            Assert.True(DateTime.UtcNow < deadline, $"process {pid} or a child still runs 15 s after SIGKILL");
        }
    }

    /// <summary>Fields of <c>/proc/&lt;pid&gt;/stat</c> after the command name (which may hold spaces): state, then parent.</summary>
    private static string[] StatFields(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }

    private static int ParentOf(int pid) => int.Parse(StatFields(pid)[1], CultureInfo.InvariantCulture);

    private static int SafeParentOf(int pid)
    {
        try
        {
            return ParentOf(pid);
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

/// <summary>How a killed server was started: its command line, folder and OS user.</summary>
public sealed record ServerCommand(IReadOnlyList<string> Arguments, string WorkingDirectory, int Uid, int Gid)
{
    public bool AsUser => Uid != ProcessUid();

    public static ServerCommand Of(int pid, IReadOnlyList<string> arguments)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        int Id(string field) => int.Parse(status.First(l => l.StartsWith(field, StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return new(arguments, new DirectoryInfo($"/proc/{pid}/cwd").ResolveLinkTarget(returnFinalTarget: false)?.FullName ?? "/", Id("Uid:"), Id("Gid:"));
    }

    private static int ProcessUid() =>
        int.Parse(File.ReadAllLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}

[CollectionDefinition(Name)]
public sealed class DependencyOutages : ICollectionFixture<DependencyOutageFixture>
{
    public const string Name = "dependency outages";
}
