using System.Globalization;

namespace MemoryAspire.AppHost.Tests;

/// <summary>One process as /proc shows it.</summary>
internal sealed record OsProcess(int Pid, int Session, string CommandLine)
{
    public bool IsAlive => ProcessTree.IsAlive(Pid);
}

/// <summary>Reads /proc: the processes of a run, whether they are still alive (zombies count as gone).</summary>
internal static class ProcessTree
{
    public static IReadOnlyList<OsProcess> All()
    {
        List<OsProcess> processes = [];
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || Stat(pid) is not { } stat || stat.State == "Z")
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ').Trim();
            }
            catch (IOException)
            {
                continue;
            }

            processes.Add(new OsProcess(pid, stat.Session, commandLine));
        }

        return processes;
    }

    /// <summary>
    /// Every process of an AppHost run: those in the AppHost's session and in the sessions of the orchestrator (DCP) that
    /// watches it, which runs the resources.
    /// </summary>
    public static IReadOnlyList<OsProcess> OfAppHost(int appHostSession)
    {
        var all = All();
        var sessions = all.Where(p => p.Session == appHostSession).Select(p => p.Pid).ToHashSet();
        var dcp = all.Where(p => p.CommandLine.Contains("dcp start-apiserver", StringComparison.Ordinal)
            && Monitored(p.CommandLine) is { } monitored && sessions.Contains(monitored)).ToList();
        var dcpSessions = dcp.Select(p => p.Session).ToHashSet();
        // The controllers monitor the API server they belong to.
        dcpSessions.UnionWith(all.Where(p => p.CommandLine.Contains("dcp run-controllers", StringComparison.Ordinal)
            && Monitored(p.CommandLine) is { } monitored && dcp.Any(d => d.Pid == monitored)).Select(p => p.Session));
        return [.. all.Where(p => p.Session == appHostSession || dcpSessions.Contains(p.Session))];
    }

    /// <summary>
    /// The process a DCP command line names after <c>--monitor</c>, read as a whole number: "--monitor 32277" (another stack's
    /// test host) is not "--monitor 3227", which a substring test took it for once PIDs wrapped (LifecycleTests, 2026-12-06).
    /// </summary>
    private static int? Monitored(string commandLine)
    {
        var words = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(words, "--monitor");
        return at >= 0 && at + 1 < words.Length && int.TryParse(words[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    public static bool IsAlive(int pid) => Stat(pid) is { State: not "Z" };

    /// <summary>Waits until every process is gone; returns those still alive at the deadline.</summary>
    public static async Task<IReadOnlyList<OsProcess>> WaitUntilGoneAsync(IReadOnlyCollection<OsProcess> processes, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var alive = processes.Where(p => p.IsAlive).ToList();
            if (alive.Count == 0 || DateTime.UtcNow > deadline)
            {
                return alive;
            }

            await Task.Delay(100);
        }
    }

    private static (string State, int Session)? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // After the parenthesised command: state ppid pgrp session ...
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0], int.Parse(fields[3], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
