using MemoryAspire.Hosting;
using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Testing;

namespace MemoryAspire.LoadDriver;

/// <summary>
/// The AppHost's own topology (real Redis, PostgreSQL, ChatApi, MemoryWorker and Web processes) through the testing builder,
/// with the instant model and ChatApi's per-user rate limit turned off, as an environment variable on the chatapi resource.
/// </summary>
public sealed class BenchmarkTopology : IAsyncDisposable
{
    private BenchmarkTopology(DistributedApplication app, string stateDirectory)
    {
        App = app;
        StateDirectory = stateDirectory;
    }

    public DistributedApplication App { get; }

    /// <summary>Every server process of this stack has this folder on its command line.</summary>
    public string StateDirectory { get; }

    /// <summary>PostgreSQL settings that record every statement's time in <c>pg_stat_statements</c> (see <see cref="StatementStats"/>).</summary>
    public static IReadOnlyList<string> StatementStatsArgs { get; } = ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.track=all"];

    /// <param name="projectSettings">Extra environment for every project (ChatApi, MemoryWorker, Web).</param>
    /// <param name="postgresArgs">Extra command-line arguments for the PostgreSQL server.</param>
    public static async Task<BenchmarkTopology> StartAsync(string modelConnectionString, LoadSettings settings, IReadOnlyDictionary<string, string>? projectSettings = null,
        IReadOnlyList<string>? postgresArgs = null)
    {
        var state = Path.Combine(Path.GetTempPath(), $"memoryaspire-load-{Guid.NewGuid():N}");
        Directory.CreateDirectory(state);
        // PostgreSQL runs as the postgres user when this runs as root.
        File.SetUnixFileMode(state, (UnixFileMode)0b111_101_101);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.MemoryAspire_AppHost>([], o =>
        {
            o.StateDirectory = state;
            o.EchoResourceOutput = Environment.GetEnvironmentVariable("LOAD_ECHO") == "1";
            o.Configuration["ConnectionStrings:openai"] = modelConnectionString;
            o.Configuration["AppHost:DashboardEnabled"] = settings.Dashboard ? "true" : "false";
        });
        if (postgresArgs is { Count: > 0 })
        {
            builder.Resources.OfType<PostgresServerResource>().Single().Annotations.Add(new CommandLineArgsAnnotation(postgresArgs));
        }

        var chatapi = builder.Resources.OfType<ProjectResource>().Single(p => p.Name == "chatapi");
        chatapi.Annotations.Add(new EnvironmentAnnotation("Memory__RequestsPerMinute", "0"));
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            foreach (var (name, value) in projectSettings ?? new Dictionary<string, string>())
            {
                project.Annotations.Add(new EnvironmentAnnotation(name, value));
            }
        }

        if (settings.LogLevel is { } logLevel)
        {
            foreach (var project in builder.Resources.OfType<ProjectResource>())
            {
                project.Annotations.Add(new EnvironmentAnnotation("Logging__LogLevel__Default", logLevel));
            }
        }

        var app = await builder.BuildAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await app.StartAsync(timeout.Token);
        return new BenchmarkTopology(app, state);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
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
