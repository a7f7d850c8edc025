using System.Collections.Concurrent;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Stack.Tests;

/// <summary>Two workers compacting the same session at once (several replicas, or two jobs of one session in one claim).</summary>
[Collection(RetentionTests.Name)]
public sealed class SummaryCompactionRaceTests(RetentionFixture stack)
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Concurrent_compactions_of_a_session_make_one_summary_and_the_loser_stands_down_without_a_database_error()
    {
        var errors = new ErrorLog();
        await using var harness = await RetentionHarness.CreateAsync(await stack.SweepDatabaseAsync(), (await stack.App.GetConnectionStringAsync("cache"))!, Now,
            new Dictionary<string, string> { ["Memory:SummaryThreshold"] = "20" }, errors);
        await harness.ResetAsync();
        var user = Seed.User(Now);
        var sessions = Enumerable.Range(0, 6).Select(_ => Seed.Session(user, Now)).ToList();
        // 30 uncovered messages each: over the default threshold of 20, so one compaction folds the oldest 15.
        var messages = sessions.SelectMany(s => Enumerable.Range(1, 30).Select(i => Seed.Message(s, i, Now.AddMinutes(-60 + i)))).ToList();
        await harness.SeedAsync([user, .. sessions, .. messages]);

        foreach (var session in sessions)
        {
            async Task<int> CompactAsync()
            {
                using var tenant = TenantScope.ForUser(user.Id);
                await using var scope = harness.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<SummaryCompaction>().RunAsync(user.Id, session.Id, CancellationToken.None);
            }

            var folded = await Task.WhenAll(CompactAsync(), CompactAsync());

            Assert.Equal([0, 15], folded.Order());
            var current = await harness.QueryAsync(db => db.Summaries.Where(s => s.SessionId == session.Id && s.IsCurrent).ToListAsync());
            Assert.Equal(15, Assert.Single(current).CoveredMessageIds.Length);
        }

        Assert.Empty(errors.Entries);
    }

    /// <summary>Error-level log entries (EF Core logs a failed statement at that level even when the caller handles it).</summary>
    private sealed class ErrorLog : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    entries.Enqueue($"{category}: {formatter(state, exception)}");
                }
            }
        }
    }
}
