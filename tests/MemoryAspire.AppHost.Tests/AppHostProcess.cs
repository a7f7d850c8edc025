using System.Diagnostics;
using System.Globalization;

namespace MemoryAspire.AppHost.Tests;

/// <summary>
/// The AppHost run as <c>./run.sh</c> runs it (<c>dotnet run --project MemoryAspire.AppHost</c>, the http launch profile and its
/// fixed ports), in a session of its own, so that a signal to its process group is what a terminal's Ctrl+C sends.
/// </summary>
internal sealed class AppHostProcess : IAsyncDisposable
{
    /// <summary>The services' health endpoints on their launch profile ports (Web, ChatApi, MemoryWorker): all healthy only once the data servers are too.</summary>
    public static readonly Uri[] ServiceHealth = [new("http://localhost:5300/health"), new("http://localhost:5301/health"), new("http://localhost:5302/health")];

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly string? _throwawayState;

    private AppHostProcess(Process process, string? throwawayState)
    {
        _process = process;
        _throwawayState = throwawayState;
    }

    /// <summary>The process group (and session) the run leads.</summary>
    public int Session => _process.Id;

    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    public static AppHostProcess Start(IDictionary<string, string>? environment = null, string? stateDirectory = null, string? path = null)
    {
        var throwaway = stateDirectory is null ? Path.Combine(Path.GetTempPath(), $"memoryaspire-apphost-{Guid.NewGuid():N}") : null;
        var state = stateDirectory ?? throwaway!;
        Directory.CreateDirectory(state);
        File.SetUnixFileMode(state, (UnixFileMode)0b111_101_101);
        var start = new ProcessStartInfo("/usr/bin/setsid")
        {
            WorkingDirectory = CommandLine.RepositoryRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // A test run started as a shell's background job inherits SIGINT and SIGQUIT ignored (a shell ignores them for its
            // asynchronous commands) and every child keeps what was ignored when it started, so the AppHost would never see the
            // Ctrl+C these tests send: env gives them back their default action first.
            ArgumentList = { "/usr/bin/env", "--default-signal=INT,QUIT,TERM", CommandLine.DotnetExecutable, "run", "--no-build", "--project", "MemoryAspire.AppHost" },
        };
        start.Environment["AppHost__StateDirectory"] = state;
        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new AppHostProcess(process, throwaway);
        process.OutputDataReceived += (_, e) => host.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => host.OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    private void OnLine(string? line)
    {
        if (line is not null)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    /// <summary>Waits until every service answers its health endpoint.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The AppHost exited with {_process.ExitCode}. Output:\n{Output}");
            }

            if (await AllHealthyAsync(http))
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The services were not healthy within {timeout.TotalSeconds} s. Output:\n{Output}");
    }

    private static async Task<bool> AllHealthyAsync(HttpClient http)
    {
        foreach (var health in ServiceHealth)
        {
            try
            {
                using var response = await http.GetAsync(health);
                if (!response.IsSuccessStatusCode)
                {
                    return false;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sends a signal to the whole process group, as a terminal does.</summary>
    public async Task SignalGroupAsync(string signal) =>
        await CommandLine.RunAsync("kill", [$"-{signal}", "--", $"-{Session.ToString(CultureInfo.InvariantCulture)}"], CommandLine.RepositoryRoot);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await SignalGroupAsync("KILL");
            await _process.WaitForExitAsync();
        }

        var left = await ProcessTree.WaitUntilGoneAsync(ProcessTree.OfAppHost(Session), TimeSpan.FromSeconds(30));
        foreach (var process in left)
        {
            await CommandLine.RunAsync("kill", ["-KILL", process.Pid.ToString(CultureInfo.InvariantCulture)], CommandLine.RepositoryRoot);
        }

        _process.Dispose();
        if (_throwawayState is not null)
        {
            try
            {
                Directory.Delete(_throwawayState, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
