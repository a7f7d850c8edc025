using System.Globalization;

namespace MemoryAspire.Hosting.Tests;

/// <summary>Reads /proc to find processes that are still alive (zombies count as gone).</summary>
internal static class ProcessTree
{
    /// <summary>Live processes that are one of <paramref name="pids"/> or belong to a session one of them leads.</summary>
    public static IReadOnlyList<int> AliveAmong(IReadOnlyCollection<int> pids)
    {
        var alive = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }

            // Fields after the parenthesised command: state ppid pgrp session ...
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var state = fields[0];
            var session = int.Parse(fields[3], CultureInfo.InvariantCulture);
            if (state != "Z" && (pids.Contains(pid) || pids.Contains(session)))
            {
                alive.Add(pid);
            }
        }

        return alive;
    }

    public static async Task<IReadOnlyList<int>> WaitUntilGoneAsync(IReadOnlyCollection<int> pids, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var alive = AliveAmong(pids);
            if (alive.Count == 0 || DateTime.UtcNow > deadline)
            {
                return alive;
            }

            await Task.Delay(100);
        }
    }
}
