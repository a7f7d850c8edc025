using System.Diagnostics;
using System.Globalization;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StackExchange.Redis;

/// <summary>
/// The engine's <see cref="RetentionSweep"/> in a child process, as MemoryWorker runs it: the parent starts it, waits until it
/// is warm, tells it when to go and reads what it swept. It stops when told, or when its parent goes (its input closes).
/// </summary>
internal sealed class SweeperProcess : IDisposable
{
    private const string DatabaseVariable = "RETENTION_BENCH_DATABASE";
    private const string RedisVariable = "RETENTION_BENCH_REDIS";
    private const string ReplicasVariable = "RETENTION_BENCH_REPLICAS";

    /// <summary>The sweeper's PostgreSQL application name, so that its backends can be told apart.</summary>
    public const string ApplicationName = "retention-sweeper";

    private readonly Process _process;

    private SweeperProcess(Process process) => _process = process;

    /// <param name="settings">Configuration for the sweep, as environment variables (<c>Retention__BatchSize</c> ...).</param>
    public static SweeperProcess Start(string database, string redis, IReadOnlyDictionary<string, string> settings, int replicas)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(SweeperProcess).Assembly.Location, "sweep" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment[DatabaseVariable] = database;
        start.Environment[RedisVariable] = redis;
        start.Environment[ReplicasVariable] = replicas.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        return new SweeperProcess(Process.Start(start) ?? throw new InvalidOperationException("The sweeper process did not start."));
    }

    public async Task ReadyAsync()
    {
        var line = await _process.StandardOutput.ReadLineAsync();
        if (line != "ready")
        {
            throw new InvalidOperationException($"The sweeper process did not get ready: '{line}'.");
        }
    }

    /// <returns>Rows of the swept classes themselves (not what cascaded with them) and batches.</returns>
    public async Task<(long Swept, int Batches)> SweepAsync()
    {
        await _process.StandardInput.WriteLineAsync("go");
        await _process.StandardInput.FlushAsync();
        var line = await _process.StandardOutput.ReadLineAsync();
        return line?.Split(' ') is ["swept", var rows, var batches]
            ? (long.Parse(rows, CultureInfo.InvariantCulture), int.Parse(batches, CultureInfo.InvariantCulture))
            : throw new InvalidOperationException($"The sweeper process failed: '{line}'.");
    }

    private int _disposed;

    /// <summary>Kills the child if it still runs; safe to call twice (a signal handler and the end of the run).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>The child's side: warm up, say "ready", sweep on "go", say what went.</summary>
    public static async Task<int> RunAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(DatabaseVariable) ?? throw new InvalidOperationException($"{DatabaseVariable} is not set."))
        {
            ApplicationName = ApplicationName,
        }.ConnectionString;
        var replicas = int.Parse(Environment.GetEnvironmentVariable(ReplicasVariable) ?? "1", CultureInfo.InvariantCulture);
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Environment.GetEnvironmentVariable(RedisVariable) ?? throw new InvalidOperationException($"{RedisVariable} is not set."));
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConnectionMultiplexer>(redis)
            .AddDbContext<MemoryDbContext>(o =>
            {
                o.UseNpgsql(MemoryDbContext.TuneConnectionString(database), n => n.EnableRetryOnFailure());
                MemoryDbContext.ConfigureOptions(o);
            })
            .AddMemoryEngine(configuration)
            .BuildServiceProvider();
        await using (var warm = services.CreateAsyncScope())
        {
            using var system = TenantScope.AsSystem();
            await warm.ServiceProvider.GetRequiredService<MemoryDbContext>().Database.ExecuteSqlRawAsync("SELECT 1");
        }

        Console.WriteLine("ready");
        if (await Console.In.ReadLineAsync() != "go")
        {
            return 1;
        }

        var results = await Task.WhenAll(Enumerable.Range(0, replicas).Select(async _ =>
        {
            await using var scope = services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(CancellationToken.None);
        }));
        Console.WriteLine($"swept {results.Sum(r => r.Total)} {results.Sum(r => r.Batches)}");
        return 0;
    }
}
