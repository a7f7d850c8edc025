using System.Globalization;

namespace MemoryAspire.LoadDriver;

/// <summary>
/// CPU time of the stack's processes from /proc, grouped by role, so a run can say where the two cores went.
/// A process belongs to the stack when it descends from this one (the AppHost runs in-process) or from the DCP it started, which may
/// have detached from it.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static Dictionary<string, double> Snapshot()
    {
        var processes = new List<(int Pid, int ParentPid, string CommandLine, double Seconds)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After the command name: state, ppid, ..., utime (14th field overall, index 11 here), stime (index 12).
                var seconds = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
                processes.Add((pid, int.Parse(fields[1], CultureInfo.InvariantCulture), commandLine, seconds));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // The process ended while being read.
            }
        }

        var parents = processes.ToDictionary(p => p.Pid, p => p.ParentPid);
        // DCP may detach from this process (its parent is then init) but names it as the process it monitors.
        var monitor = $"--monitor {Environment.ProcessId} ";
        var roots = processes.Where(p => p.Pid == Environment.ProcessId || $"{p.CommandLine} ".Contains(monitor, StringComparison.Ordinal)).Select(p => p.Pid).ToHashSet();
        bool OursOrChild(int pid)
        {
            for (var depth = 0; depth < 16 && pid > 1; depth++, pid = parents.GetValueOrDefault(pid))
            {
                if (roots.Contains(pid))
                {
                    return true;
                }
            }

            return false;
        }

        var totals = new Dictionary<string, double>();
        foreach (var (pid, _, commandLine, seconds) in processes.Where(p => OursOrChild(p.Pid)))
        {
            var role = pid == Environment.ProcessId ? "load driver + instant model (this process)" : commandLine switch
            {
                _ when commandLine.Contains("MemoryAspire.ChatApi", StringComparison.Ordinal) => "chatapi",
                _ when commandLine.Contains("MemoryAspire.MemoryWorker", StringComparison.Ordinal) => "memoryworker",
                _ when commandLine.Contains("MemoryAspire.Web", StringComparison.Ordinal) => "web",
                _ when commandLine.Contains("redis", StringComparison.Ordinal) => "redis",
                _ when commandLine.Contains("postgres", StringComparison.Ordinal) => "postgres",
                _ => "other",
            };
            totals[role] = totals.GetValueOrDefault(role) + seconds;
        }

        return totals;
    }
}
