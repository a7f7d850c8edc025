using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace MemoryAspire.Hosting.Orchestration;

/// <summary>How to start one child process.</summary>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The signal that asks this program for a clean shutdown (SIGINT is PostgreSQL's fast shutdown).</summary>
    public UnixSignal StopSignal { get; init; } = UnixSignal.Term;

    /// <summary>Run as this OS user (PostgreSQL refuses to run as root).</summary>
    public string? RunAsUser { get; init; }
}

internal enum UnixSignal
{
    Int = 2,
    Kill = 9,
    Term = 15,
}

/// <summary>
/// A child process in a session of its own (so a terminal's Ctrl+C reaches only the AppHost, which stops children in order),
/// registered with the <see cref="ChildReaper"/> so that it cannot outlive the AppHost.
/// </summary>
internal sealed partial class ManagedProcess
{
    private readonly Process _process;
    private readonly ChildReaper _reaper;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ManagedProcess(Process process, ProcessSpec spec, ChildReaper reaper)
    {
        _process = process;
        _reaper = reaper;
        Spec = spec;
    }

    public ProcessSpec Spec { get; }

    public int Pid => _process.Id;

    public Task<int> Exited => _exited.Task;

    public bool StopRequested { get; private set; }

    public static ManagedProcess Start(ProcessSpec spec, ChildReaper reaper, Action<string, bool> onLine)
    {
        var start = new ProcessStartInfo(Executables.Require("setsid", "the util-linux package"))
        {
            WorkingDirectory = spec.WorkingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (spec.RunAsUser is { } user)
        {
            foreach (var arg in new[] { Executables.Require("setpriv", "the util-linux package"), $"--reuid={user}", $"--regid={user}", "--init-groups", "--" })
            {
                start.ArgumentList.Add(arg);
            }
        }

        start.ArgumentList.Add(spec.FileName);
        foreach (var argument in spec.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var managed = new ManagedProcess(process, spec, reaper);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data, false); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { onLine(e.Data, true); } };
        process.Exited += (_, _) => managed.OnExited();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new DistributedApplicationException($"Could not start {spec.FileName}: {e.Message}.", e);
        }

        reaper.Register(process.Id, spec.StopSignal);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return managed;
    }

    private void OnExited()
    {
        // Exited can fire before the last output lines are delivered; WaitForExit drains them.
        _process.WaitForExit();
        _reaper.Unregister(_process.Id);
        _exited.TrySetResult(_process.ExitCode);
    }

    /// <summary>Asks for a clean shutdown, then kills the whole process group when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        StopRequested = true;
        if (Exited.IsCompleted)
        {
            return;
        }

        Signal(Pid, Spec.StopSignal);
        if (await Task.WhenAny(Exited, Task.Delay(timeout)).ConfigureAwait(false) != Exited)
        {
            Signal(-Pid, UnixSignal.Kill);
            await Exited.ConfigureAwait(false);
        }

        // Helpers the program forked into its group (PostgreSQL's backends) go with it.
        Signal(-Pid, UnixSignal.Kill);
    }

    internal static bool Signal(int pidOrGroup, UnixSignal signal) => Kill(pidOrGroup, (int)signal) == 0;

    public static bool IsRoot => GetEffectiveUserId() == 0;

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}

/// <summary>
/// A watchdog shell in its own session that holds the read end of a pipe from the AppHost. When the AppHost ends in any way,
/// even SIGKILL, the pipe closes and the watchdog signals every child still registered, then kills what is left.
/// </summary>
internal sealed class ChildReaper : IDisposable
{
    private const string Script = """
        trap '' INT TERM HUP
        pids=''
        while IFS= read -r line; do
          case "$line" in
            +*) pids="$pids ${line#+}" ;;
            -*) kept=''; for e in $pids; do [ "${e%:*}" = "${line#-}" ] || kept="$kept $e"; done; pids=$kept ;;
          esac
        done
        [ -z "$pids" ] && exit 0
        for e in $pids; do kill -s "${e#*:}" -- "-${e%:*}" 2>/dev/null || kill -s "${e#*:}" "${e%:*}" 2>/dev/null; done
        i=0
        while [ $i -lt 50 ]; do
          alive=''
          for e in $pids; do kill -0 -- "-${e%:*}" 2>/dev/null && alive=1; done
          [ -z "$alive" ] && exit 0
          sleep 0.1; i=$((i+1))
        done
        for e in $pids; do kill -s KILL -- "-${e%:*}" 2>/dev/null; done
        """;

    private readonly Process _watchdog;
    private readonly Lock _gate = new();

    public ChildReaper()
    {
        var start = new ProcessStartInfo(Executables.Require("setsid", "the util-linux package"))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            ArgumentList = { "/bin/sh", "-c", Script },
        };
        _watchdog = Process.Start(start) ?? throw new DistributedApplicationException("Could not start the child-process watchdog (/bin/sh).");
        _watchdog.StandardInput.AutoFlush = true;
    }

    public int Pid => _watchdog.Id;

    public void Register(int pid, UnixSignal stopSignal) => Send($"+{pid}:{stopSignal.ToString().ToUpperInvariant()}");

    public void Unregister(int pid) => Send($"-{pid}");

    private void Send(string line)
    {
        lock (_gate)
        {
            if (!_watchdog.HasExited)
            {
                _watchdog.StandardInput.WriteLine(line);
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _watchdog.StandardInput.Close();
        }

        _watchdog.WaitForExit(TimeSpan.FromSeconds(10));
        _watchdog.Dispose();
    }
}

internal static class Executables
{
    public static string? Find(string name, params string[] extraDirectories)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(extraDirectories))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A base system tool: found on PATH or in the system folders even when PATH is trimmed.</summary>
    public static string Require(string name, string package) =>
        Find(name, "/usr/bin", "/bin", "/usr/sbin", "/sbin") ?? throw new DistributedApplicationException($"{name} was not found: install {package}.");

    /// <summary>The dotnet host that runs projects: the one running the AppHost when known.</summary>
    public static string Dotnet() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : Find("dotnet", "/usr/share/dotnet", "/usr/lib/dotnet") ?? throw new DistributedApplicationException("dotnet was not found on PATH: install the .NET 10 SDK.");
}
