using System.Diagnostics;
using System.Security.Cryptography;

namespace MemoryAspire.Dashboard.Tests;

/// <summary>
/// The OpenTelemetry JavaScript SDK, installed with npm at the pinned versions of js/package.json into a folder this test
/// owns (one per package.json content, so a change of versions installs afresh), and run by node.
/// </summary>
internal static class NodeExporter
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task<string> EnsureInstalledAsync()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "js");
        var manifest = await File.ReadAllBytesAsync(Path.Combine(source, "package.json"));
        var folder = Path.Combine(Path.GetTempPath(), $"memoryaspire-otel-js-{Convert.ToHexStringLower(SHA256.HashData(manifest))[..12]}");
        await InstallGate.WaitAsync();
        try
        {
            Directory.CreateDirectory(folder);
            File.Copy(Path.Combine(source, "package.json"), Path.Combine(folder, "package.json"), overwrite: true);
            File.Copy(Path.Combine(source, "export.cjs"), Path.Combine(folder, "export.cjs"), overwrite: true);
            var installed = Path.Combine(folder, "node_modules", ".memoryaspire-installed");
            if (!File.Exists(installed))
            {
                // No lock file: it would record download addresses; the versions are pinned exactly instead.
                var (code, output) = await RunAsync("npm", ["install", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error"], folder, new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
                Assert.True(code == 0, $"npm install failed ({code}): {output}");
                await File.WriteAllTextAsync(installed, DateTime.UtcNow.ToString("O"));
            }
        }
        finally
        {
            InstallGate.Release();
        }

        return folder;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IReadOnlyList<string> arguments, string directory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout.TotalSeconds:0} s.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
