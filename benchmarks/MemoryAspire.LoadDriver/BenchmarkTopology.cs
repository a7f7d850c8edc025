using Aspire.Hosting;
using MemoryAspire.Testing;

namespace MemoryAspire.LoadDriver;

/// <summary>
/// The AppHost's own topology (real Redis, PostgreSQL, ChatApi, MemoryWorker and Web processes) through Aspire.Hosting.Testing,
/// on durable data as deployed, with the instant model and ChatApi's per-user rate limit turned off.
/// </summary>
public sealed class BenchmarkTopology : IAsyncDisposable
{
    private BenchmarkTopology(StackApp stack, string stateDirectory)
    {
        Stack = stack;
        StateDirectory = stateDirectory;
    }

    public StackApp Stack { get; }

    public DistributedApplication App => Stack.App;

    /// <summary>Every server process of this stack has this folder on its command line.</summary>
    public string StateDirectory { get; }

    /// <summary>PostgreSQL settings that record every statement's time in <c>pg_stat_statements</c> (see <see cref="StatementStats"/>).</summary>
    public static IReadOnlyList<string> StatementStatsSettings { get; } = ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"];

    /// <param name="projectSettings">Extra environment for ChatApi and MemoryWorker.</param>
    /// <param name="postgresSettings">Extra PostgreSQL settings (<c>name=value</c>).</param>
    public static async Task<BenchmarkTopology> StartAsync(string modelConnectionString, LoadSettings settings, IReadOnlyDictionary<string, string>? projectSettings = null,
        IReadOnlyList<string>? postgresSettings = null)
    {
        var state = Path.Combine(Path.GetTempPath(), $"memoryaspire-load-{Guid.NewGuid():N}");
        var services = new Dictionary<string, string> { ["Memory__RequestsPerMinute"] = "0" };
        foreach (var (name, value) in projectSettings ?? new Dictionary<string, string>())
        {
            services[name] = value;
        }

        if (settings.LogLevel is { } logLevel)
        {
            services["Logging__LogLevel__Default"] = logLevel;
        }

        var stack = await StackApp.StartAsync(new StackOptions
        {
            ModelConnectionString = modelConnectionString,
            ServiceSettings = services,
            PostgresSettings = postgresSettings ?? [],
            EnableDashboard = settings.Dashboard,
            StateDirectory = state,
            EchoOutput = Environment.GetEnvironmentVariable("LOAD_ECHO") == "1",
        });
        return new BenchmarkTopology(stack, state);
    }

    public async ValueTask DisposeAsync()
    {
        await Stack.DisposeAsync();
        try
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not remove {StateDirectory}: {e.Message}");
        }
    }
}
