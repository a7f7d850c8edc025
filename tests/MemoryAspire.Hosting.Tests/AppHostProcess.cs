using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MemoryAspire.Hosting.Tests;

/// <summary>The built AppHost run as a separate process, the way `dotnet run` runs it.</summary>
internal sealed partial class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppHostProcess(Process process) => _process = process;

    public int Pid => _process.Id;

    public string StateDirectory { get; private init; } = "";

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string Output => string.Join('\n', Lines);

    /// <summary>Child pids as the AppHost reported them ("Started chatapi (pid 1234)").</summary>
    public IReadOnlyList<int> ChildPids => [.. Lines.Select(l => StartedLine().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    public static AppHostProcess Start(IDictionary<string, string>? environment = null)
    {
        var state = Path.Combine(Path.GetTempPath(), $"memoryaspire-test-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { new Projects.MemoryAspire_AppHost().EntryAssemblyPath },
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["AppHost__StateDirectory"] = state;
        start.Environment["AppHost__RandomizePorts"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var host = new AppHostProcess(process) { StateDirectory = state };
        process.OutputDataReceived += (_, e) => host.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => host.OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }

        if (line.Contains("Distributed application started", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }

    public async Task WaitStartedAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_started.Task, exited, Task.Delay(timeout));
        if (first != _started.Task)
        {
            throw new TimeoutException($"The AppHost did not report a start within {timeout.TotalSeconds} s. Output:\n{Output}");
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Kill() => _process.Kill();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await Task.Delay(200);
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        catch (IOException)
        {
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    [GeneratedRegex(@"Started [a-z0-9-]+ \(pid (\d+)\)")]
    private static partial Regex StartedLine();
}
