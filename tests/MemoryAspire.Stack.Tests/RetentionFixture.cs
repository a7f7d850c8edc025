using MemoryAspire.Memory;
using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using StackExchange.Redis;

namespace MemoryAspire.Stack.Tests;

/// <summary>
/// The whole topology with a retention policy short enough to test and a sweep every second (offline models), plus a second
/// database on the same PostgreSQL server where tests run the sweep in-process on a fake clock.
/// </summary>
public sealed class RetentionFixture : StackFixture
{
    public const string SweepDatabase = "retention_sweeps";

    private string? _sweepConnectionString;

    protected override bool UseModelServer => false;

    protected override bool EnableDashboard => false;

    protected override IReadOnlyDictionary<string, string> ProjectSettings { get; } = new Dictionary<string, string>
    {
        ["Retention__Messages"] = "30.00:00:00",
        ["Retention__Facts"] = "30.00:00:00",
        ["Retention__SweepInterval"] = "00:00:01",
        ["Retention__BatchSize"] = "2000",
    };

    /// <summary>The in-process sweeps' database, created and migrated on first use.</summary>
    public async Task<string> SweepDatabaseAsync()
    {
        if (_sweepConnectionString is not null)
        {
            return _sweepConnectionString;
        }

        var server = (await App.GetConnectionStringAsync("postgres"))!;
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_database WHERE datname = '{SweepDatabase}'", connection);
            if ((long)(await exists.ExecuteScalarAsync())! == 0)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {SweepDatabase}", connection);
                await create.ExecuteNonQueryAsync();
            }
        }

        var connectionString = $"{server};Database={SweepDatabase}";
        await using (var harness = await RetentionHarness.CreateAsync(connectionString, (await App.GetConnectionStringAsync("cache"))!, DateTimeOffset.UtcNow, new Dictionary<string, string>()))
        {
            using var system = TenantScope.AsSystem();
            await using var scope = harness.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MemoryDbContext>().Database.MigrateAsync();
        }

        return _sweepConnectionString = connectionString;
    }
}

[CollectionDefinition(Name)]
public sealed class RetentionTests : ICollectionFixture<RetentionFixture>
{
    public const string Name = "retention";
}

/// <summary>The memory engine in-process on a <see cref="FakeTimeProvider"/>, against real PostgreSQL and Redis.</summary>
public sealed class RetentionHarness : IAsyncDisposable
{
    private RetentionHarness(ServiceProvider services, FakeTimeProvider clock, ConnectionMultiplexer redis)
    {
        Services = services;
        Clock = clock;
        Redis = redis;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public ConnectionMultiplexer Redis { get; }

    /// <summary>The policy every in-process test sweeps with, unless it overrides a setting.</summary>
    public static readonly IReadOnlyDictionary<string, string> Policy = new Dictionary<string, string>
    {
        ["Retention:Messages"] = "30.00:00:00",
        ["Retention:Summaries"] = "60.00:00:00",
        ["Retention:Facts"] = "30.00:00:00",
        ["Retention:FactsByCategory:preference"] = "10.00:00:00",
        ["Retention:FactsByCategory:identity"] = "0",
        ["Retention:PiiFacts"] = "5.00:00:00",
        ["Retention:FactHistory"] = "60.00:00:00",
        ["Retention:InactiveSessions"] = "90.00:00:00",
        ["Retention:BatchSize"] = "50",
        ["Memory:SummaryThreshold"] = "2",
    };

    /// <param name="logs">Where the engine's logs go as well (none by default).</param>
    public static async Task<RetentionHarness> CreateAsync(string connectionString, string redisConnectionString, DateTimeOffset now, IReadOnlyDictionary<string, string> overrides,
        ILoggerProvider? logs = null)
    {
        var settings = Policy.ToDictionary(p => p.Key, p => (string?)p.Value);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var clock = new FakeTimeProvider(now);
        var redis = await ConnectionMultiplexer.ConnectAsync(redisConnectionString);
        var services = new ServiceCollection()
            .AddLogging(b =>
            {
                if (logs is not null)
                {
                    b.AddProvider(logs);
                }
            })
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IConnectionMultiplexer>(redis)
            .AddDbContext<MemoryDbContext>(o =>
            {
                o.UseNpgsql(connectionString, n => n.EnableRetryOnFailure());
                MemoryDbContext.ConfigureOptions(o);
            })
            .AddMemoryEngine(configuration)
            .BuildServiceProvider();
        return new RetentionHarness(services, clock, redis);
    }

    /// <summary>Empties every table, so that a test sweeps only what it seeded.</summary>
    public async Task ResetAsync()
    {
        await ExecuteAsync("TRUNCATE users, sessions, messages, summaries, facts, jobs, audit_entries, erasure_requests, idempotency_records CASCADE");
    }

    public async Task ExecuteAsync(string sql, params NpgsqlParameter[] parameters)
    {
        using var system = TenantScope.AsSystem();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
        var connection = await db.OpenNpgsqlAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs <paramref name="action"/> on a fresh context with the owner's view across users.</summary>
    public async Task<T> QueryAsync<T>(Func<MemoryDbContext, Task<T>> action)
    {
        using var system = TenantScope.AsSystem();
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<MemoryDbContext>());
    }

    public Task SeedAsync(params object[] entities) => QueryAsync(async db =>
    {
        db.AddRange(entities);
        return await db.SaveChangesAsync();
    });

    public async Task<Memory.Governance.RetentionSweepResult> SweepAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Memory.Governance.RetentionSweep>().RunAsync(CancellationToken.None);
    }

    /// <summary>Does what MemoryWorker's job runner would: every due job, each in its user's scope.</summary>
    public async Task RunJobsAsync()
    {
        while (true)
        {
            var jobs = await QueryAsync(db => DurableJobs.ClaimAsync(db, "retention-tests", 100, TimeSpan.FromMinutes(5), Clock.GetUtcNow(), CancellationToken.None));
            if (jobs.Count == 0)
            {
                return;
            }

            foreach (var job in jobs)
            {
                using var tenant = TenantScope.ForJob(job);
                await using var scope = Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<JobDispatcher>().RunAsync(job, null, CancellationToken.None);
            }

            await QueryAsync(async db =>
            {
                await DurableJobs.CompleteAsync(db, [.. jobs.Select(j => j.Id)], "retention-tests", Clock.GetUtcNow(), CancellationToken.None);
                return 0;
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Redis.DisposeAsync();
    }
}

/// <summary>Rows for seeding, with only what a test cares about to set.</summary>
public static class Seed
{
    public static UserAccount User(DateTimeOffset now) => new() { Id = Guid.CreateVersion7(), Subject = $"retention-{Guid.NewGuid():N}", CreatedAt = now };

    public static ChatSession Session(UserAccount user, DateTimeOffset lastActive) =>
        new() { Id = Guid.CreateVersion7(), UserId = user.Id, Strategy = MemoryStrategies.Hybrid, NextSequence = 100, CreatedAt = lastActive, LastActiveAt = lastActive };

    public static StoredMessage Message(ChatSession session, long sequence, DateTimeOffset createdAt) => new()
    {
        Id = Guid.CreateVersion7(), SessionId = session.Id, UserId = session.UserId, Sequence = sequence,
        Role = sequence % 2 == 1 ? MessageRoles.User : MessageRoles.Assistant, Content = $"We talked about the garden, part {sequence}.", Tokens = 5, CreatedAt = createdAt,
    };

    public static MemoryFact Fact(UserAccount user, string key, string category, DateTimeOffset observedAt, params StoredMessage[] confirmedBy) => new()
    {
        Id = Guid.CreateVersion7(), UserId = user.Id, Key = key, Value = $"value of {key}", Category = category, Confidence = 0.9,
        SourceMessageId = confirmedBy.FirstOrDefault()?.Id, SourceSessionId = confirmedBy.FirstOrDefault()?.SessionId,
        ConfirmedByMessageIds = [.. confirmedBy.Select(m => m.Id)], ObservedAt = observedAt, RecordedAt = observedAt, ValidFrom = observedAt,
        Extractor = "test-extractor", ExtractorVersion = "v1", Status = FactStatuses.Current,
    };

    public static SessionSummary Summary(ChatSession session, DateTimeOffset createdAt, bool current, params StoredMessage[] covered) => new()
    {
        Id = Guid.CreateVersion7(), SessionId = session.Id, UserId = session.UserId, Content = "what was said", ThroughSequence = covered.Max(m => m.Sequence),
        CoveredMessageIds = [.. covered.Select(m => m.Id)], Model = "test", PromptVersion = "v1", Tokens = 3, IsCurrent = current, CreatedAt = createdAt,
    };
}
