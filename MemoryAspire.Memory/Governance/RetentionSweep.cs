using System.Diagnostics;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MemoryAspire.Memory.Governance;

/// <summary>The data classes retention sweeps, as they appear on metrics, spans and audit entries.</summary>
public static class RetentionClasses
{
    public const string Messages = "messages";
    public const string Summaries = "summaries";
    public const string Facts = "facts";
    public const string PiiFacts = "pii_facts";
    public const string FactHistory = "fact_history";
    public const string InactiveSessions = "inactive_sessions";
    public const string FinishedJobs = "finished_jobs";

    public static IReadOnlyList<string> All { get; } = [InactiveSessions, Messages, Summaries, Facts, PiiFacts, FactHistory, FinishedJobs];
}

/// <summary>What one sweep removed, by data class (rows of that class itself, not what cascaded with them).</summary>
public sealed record RetentionSweepResult(IReadOnlyDictionary<string, long> Expired, int Batches)
{
    public long Total => Expired.Values.Sum();
}

/// <summary>
/// Deletes what the <see cref="RetentionOptions"/> say has expired, in bounded batches, each its own transaction: rows are
/// taken with <c>FOR UPDATE SKIP LOCKED</c>, so several worker replicas split the work and never take the same row, and a
/// crash loses at most the uncommitted batch, which the next sweep finds again. Expired messages go through
/// <see cref="DerivedData"/> (facts derived only from them, summaries that covered them, cached windows), every batch is
/// audited per user without content, and running it twice deletes nothing more than running it once.
/// Within one run each data class walks its time index forwards from where its last batch ended, so a batch never wades
/// through what the batches before it deleted (a row skipped because another transaction held it is found by the next run).
/// </summary>
public sealed class RetentionSweep(MemoryDbContext db, DerivedData derived, AuditLog audit, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionSweep> logger)
{
    /// <summary>Facts and summaries deleted with the messages of the batches since the pace last counted them.</summary>
    private long _cascaded;

    private readonly SweepCursors _cursors = new();

    /// <summary>Sweeps every data class until nothing expired (and not locked by another sweeper) is left.</summary>
    public async Task<RetentionSweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        _cursors.Reset();
        Dictionary<string, long> expired = [];
        var batches = 0;
        var pace = new SweepPace(options.Value.MaxRowsPerSecond);
        foreach (var dataClass in RetentionClasses.All)
        {
            long total = 0;
            while (await SweepBatchAsync(dataClass, now, cancellationToken).ConfigureAwait(false) is > 0 and var rows)
            {
                total += rows;
                batches++;
                await pace.AfterBatchAsync(rows + _cascaded, cancellationToken).ConfigureAwait(false);
                _cascaded = 0;
            }

            expired[dataClass] = total;
        }

        return new RetentionSweepResult(expired, batches);
    }

    /// <summary>Deletes at most one batch of <paramref name="dataClass"/> expired at <paramref name="now"/>, in one transaction.</summary>
    /// <returns>How many rows of that class went (0: nothing left to do).</returns>
    private async Task<int> SweepBatchAsync(string dataClass, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!HasPolicy(settings, dataClass))
        {
            return 0;
        }

        using var system = TenantScope.AsSystem();
        using var activity = MemoryTelemetry.Source.StartActivity($"retention {dataClass}", ActivityKind.Internal);
        activity?.SetTag("memoryaspire.retention.data_class", dataClass);
        activity?.SetTag("memoryaspire.retention.batch_size", settings.BatchSize);
        var strategy = db.Database.CreateExecutionStrategy();
        var rows = await strategy.ExecuteAsync(async ct =>
        {
            _cursors.Begin();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            // The batch's commit does not wait for its WAL to reach the disk (the WAL writer flushes it moments later): a crash
            // of PostgreSQL in between only undoes the batch, with its audit entries and purge job, and the next sweep does it
            // again. Chat turns' commits, which do wait, then do not queue behind the sweep's flushes.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", ct).ConfigureAwait(false);
            var swept = dataClass switch
            {
                RetentionClasses.Messages => await MessagesAsync(RetentionOptions.Cutoff(now, settings.Messages)!.Value, settings.BatchSize, ct).ConfigureAwait(false),
                RetentionClasses.Summaries => await SummariesAsync(RetentionOptions.Cutoff(now, settings.Summaries)!.Value, settings.BatchSize, ct).ConfigureAwait(false),
                RetentionClasses.Facts => await FactsByCategoryAsync(settings, now, ct).ConfigureAwait(false),
                RetentionClasses.PiiFacts => await FactsAsync(RetentionClasses.PiiFacts, RetentionClasses.PiiFacts, "cardinality(pii_kinds) > 0", "observed_at",
                    RetentionOptions.Cutoff(now, settings.PiiFacts)!.Value, null, settings.BatchSize, ct).ConfigureAwait(false),
                RetentionClasses.FactHistory => await FactsAsync(RetentionClasses.FactHistory, RetentionClasses.FactHistory, "status <> 'current'", "coalesce(valid_to, recorded_at)",
                    RetentionOptions.Cutoff(now, settings.FactHistory)!.Value, null, settings.BatchSize, ct).ConfigureAwait(false),
                RetentionClasses.InactiveSessions => await InactiveSessionsAsync(RetentionOptions.Cutoff(now, settings.InactiveSessions)!.Value, settings, ct).ConfigureAwait(false),
                RetentionClasses.FinishedJobs => await FinishedJobsAsync(RetentionOptions.Cutoff(now, settings.FinishedJobs)!.Value, settings.BatchSize, ct).ConfigureAwait(false),
                _ => throw new ArgumentOutOfRangeException(nameof(dataClass), dataClass, "Not a retention data class."),
            };
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return swept;
        }, cancellationToken).ConfigureAwait(false);
        _cursors.Commit();

        activity?.SetTag("memoryaspire.retention.rows", rows);
        if (rows > 0)
        {
            MemoryTelemetry.RecordExpired(dataClass, rows);
            logger.LogDebug("Retention expired {Rows} rows of {DataClass}", rows, dataClass);
        }

        return rows;
    }

    private static bool HasPolicy(RetentionOptions settings, string dataClass) => dataClass switch
    {
        RetentionClasses.Messages => settings.Messages > TimeSpan.Zero,
        RetentionClasses.Summaries => settings.Summaries > TimeSpan.Zero,
        RetentionClasses.Facts => settings.Facts > TimeSpan.Zero || settings.FactsByCategory.Values.Any(p => p > TimeSpan.Zero),
        RetentionClasses.PiiFacts => settings.PiiFacts > TimeSpan.Zero,
        RetentionClasses.FactHistory => settings.FactHistory > TimeSpan.Zero,
        RetentionClasses.InactiveSessions => settings.InactiveSessions > TimeSpan.Zero,
        RetentionClasses.FinishedJobs => settings.FinishedJobs > TimeSpan.Zero,
        _ => false,
    };

    /// <summary>Done and failed jobs that ended before <paramref name="cutoff"/>: ids only, so nothing to audit; pending jobs are never touched.</summary>
    private async Task<int> FinishedJobsAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        const string Sql = """
            DELETE FROM jobs j
            USING (SELECT id FROM jobs WHERE status IN ('done', 'failed') AND coalesce(completed_at, run_after) < @cutoff LIMIT @n FOR UPDATE SKIP LOCKED) finished
            WHERE j.id = finished.id
            """;
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Sql, connection).With("cutoff", cutoff).With("n", batchSize);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> MessagesAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        const string Sql = """
            DELETE FROM messages m
            USING (SELECT id FROM messages WHERE created_at < @cutoff AND created_at >= @after ORDER BY created_at LIMIT @n FOR UPDATE SKIP LOCKED) expired
            WHERE m.id = expired.id
            RETURNING m.id, m.session_id, m.user_id, m.created_at
            """;
        var messages = await DeleteMessagesAsync(Sql, p => p.With("cutoff", cutoff).With("after", _cursors.After(RetentionClasses.Messages)).With("n", batchSize),
            cancellationToken, cursor: RetentionClasses.Messages).ConfigureAwait(false);
        await ForgetAsync(messages, cancellationToken).ConfigureAwait(false);
        return messages.Count;
    }

    /// <summary>Messages handed to the cascade at once (whole users, so a chunk may be larger when one user has more).</summary>
    private const int CascadeChunk = 5000;

    /// <summary>
    /// The cascade, whole users at a time. Its statements are set-based (their cost grows with the rows involved), so a
    /// default batch goes in one call; a larger batch is split so that one call's arrays stay moderate.
    /// </summary>
    private async Task ForgetAsync(IReadOnlyList<DeletedMessage> messages, CancellationToken cancellationToken)
    {
        List<DeletedMessage> chunk = [];
        foreach (var user in messages.GroupBy(m => m.UserId))
        {
            chunk.AddRange(user);
            if (chunk.Count >= CascadeChunk)
            {
                await CascadeAsync([.. chunk]).ConfigureAwait(false);
                chunk.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            await CascadeAsync(chunk).ConfigureAwait(false);
        }

        async Task CascadeAsync(IReadOnlyList<DeletedMessage> deleted)
        {
            var result = await derived.ForgetMessagesAsync(new DeletedMessages(deleted, AuditLog.RetentionActor, AuditActions.Expire), cancellationToken).ConfigureAwait(false);
            _cascaded += result.DeletedFactIds.Count + result.DeletedSummaryIds.Count;
        }
    }

    /// <param name="cursor">When set, the statement returns each row's time as a fourth column, and the cursor advances to it.</param>
    private async Task<List<DeletedMessage>> DeleteMessagesAsync(string sql, Action<NpgsqlCommand> parameters, CancellationToken cancellationToken,
        string? cursor = null)
    {
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        parameters(command);
        List<DeletedMessage> messages = [];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(new DeletedMessage(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2)));
            if (cursor is not null)
            {
                _cursors.Reach(cursor, reader.GetFieldValue<DateTimeOffset>(3));
            }
        }

        return messages;
    }

    /// <summary>Summary versions past their time; a current one is rebuilt from the messages still held, and its window purged.</summary>
    private async Task<int> SummariesAsync(DateTimeOffset cutoff, int batchSize, CancellationToken cancellationToken)
    {
        const string Sql = """
            DELETE FROM summaries s
            USING (SELECT id FROM summaries WHERE created_at < @cutoff AND created_at >= @after ORDER BY created_at LIMIT @n FOR UPDATE SKIP LOCKED) expired
            WHERE s.id = expired.id
            RETURNING s.id, s.user_id, s.session_id, s.is_current, s.created_at
            """;
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        List<(Guid Id, Guid User, Guid Session, bool Current)> summaries = [];
        await using (var command = new NpgsqlCommand(Sql, connection).With("cutoff", cutoff).With("after", _cursors.After(RetentionClasses.Summaries)).With("n", batchSize))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                summaries.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetBoolean(3)));
                _cursors.Reach(RetentionClasses.Summaries, reader.GetFieldValue<DateTimeOffset>(4));
            }
        }

        var current = summaries.Where(s => s.Current).Select(s => (s.User, (Guid?)s.Session)).Distinct().ToList();
        await derived.EnqueueAsync(JobKinds.RebuildSummary, current, cancellationToken).ConfigureAwait(false);
        await derived.EnqueuePurgeAsync(CacheTargets.ForWindows(current.Select(c => new CacheWindow(c.User, c.Item2!.Value))), cancellationToken).ConfigureAwait(false);
        await AuditAsync(AuditTargets.Summary, RetentionClasses.Summaries, summaries.Select(s => (s.User, s.Id)), cancellationToken).ConfigureAwait(false);
        return summaries.Count;
    }

    /// <summary>One batch across the categories whose facts expire, each category by its own period (or the default).</summary>
    private async Task<int> FactsByCategoryAsync(RetentionOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var remaining = settings.BatchSize;
        var swept = 0;
        foreach (var category in Extraction.FactCategories.All)
        {
            if (RetentionOptions.Cutoff(now, settings.FactPeriod(category)) is not { } cutoff || remaining == 0)
            {
                continue;
            }

            var rows = await FactsAsync(RetentionClasses.Facts, $"{RetentionClasses.Facts}:{category}", "category = @category", "observed_at", cutoff, category, remaining, cancellationToken).ConfigureAwait(false);
            swept += rows;
            remaining -= rows;
        }

        return swept;
    }

    /// <summary>
    /// Deletes up to <paramref name="batchSize"/> facts matching <paramref name="condition"/> whose <paramref name="time"/> (an
    /// indexed expression) is before <paramref name="cutoff"/>, oldest first from where the last batch of
    /// <paramref name="cursor"/> ended (every version: the value is the data that expires), purges the users' cached
    /// profiles through one durable job, and audits them.
    /// </summary>
    private async Task<int> FactsAsync(string dataClass, string cursor, string condition, string time, DateTimeOffset cutoff, string? category, int batchSize,
        CancellationToken cancellationToken)
    {
        var sql = $"""
            DELETE FROM facts f
            USING (SELECT id FROM facts WHERE {condition} AND {time} < @cutoff AND {time} >= @after ORDER BY {time} LIMIT @n FOR UPDATE SKIP LOCKED) expired
            WHERE f.id = expired.id
            RETURNING f.id, f.user_id, {time}
            """;
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        List<(Guid Id, Guid User)> facts = [];
        await using (var command = new NpgsqlCommand(sql, connection).With("cutoff", cutoff).With("after", _cursors.After(cursor)).With("n", batchSize))
        {
            if (category is not null)
            {
                command.With("category", category);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                facts.Add((reader.GetGuid(0), reader.GetGuid(1)));
                _cursors.Reach(cursor, reader.GetFieldValue<DateTimeOffset>(2));
            }
        }

        // Facts are cached in their users' profiles only.
        await derived.EnqueuePurgeAsync(new CacheTargets([], [.. facts.Select(f => f.User).Distinct()]), cancellationToken).ConfigureAwait(false);
        await AuditAsync(AuditTargets.Fact, dataClass, facts.Select(f => (f.User, f.Id)), cancellationToken).ConfigureAwait(false);
        return facts.Count;
    }

    /// <summary>
    /// Sessions untouched since <paramref name="cutoff"/> go whole: their messages at most a batch at a time (with the cascade),
    /// then each session once it has none left. The session rows stay locked meanwhile, so a turn cannot revive one half-deleted.
    /// </summary>
    private async Task<int> InactiveSessionsAsync(DateTimeOffset cutoff, RetentionOptions settings, CancellationToken cancellationToken)
    {
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        List<(Guid Id, Guid User)> sessions = [];
        await using (var command = new NpgsqlCommand("SELECT id, user_id FROM sessions WHERE last_active_at < @cutoff LIMIT @n FOR UPDATE SKIP LOCKED", connection)
            .With("cutoff", cutoff).With("n", settings.SessionBatchSize))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sessions.Add((reader.GetGuid(0), reader.GetGuid(1)));
            }
        }

        if (sessions.Count == 0)
        {
            return 0;
        }

        var ids = sessions.Select(s => s.Id).ToArray();
        const string Messages = """
            DELETE FROM messages m
            USING (SELECT id FROM messages WHERE session_id = ANY(@sessions) LIMIT @n) doomed
            WHERE m.id = doomed.id
            RETURNING m.id, m.session_id, m.user_id
            """;
        var messages = await DeleteMessagesAsync(Messages, c => c.With("sessions", ids).With("n", settings.BatchSize), cancellationToken).ConfigureAwait(false);
        await ForgetAsync(messages, cancellationToken).ConfigureAwait(false);

        const string Jobs = """
            DELETE FROM jobs WHERE session_id = ANY(@sessions) AND status = 'pending' AND kind <> 'purge-cache'
              AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.session_id = jobs.session_id)
            """;
        await using (var command = new NpgsqlCommand(Jobs, connection).With("sessions", ids))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        const string Sessions = """
            DELETE FROM sessions s WHERE s.id = ANY(@sessions) AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.session_id = s.id) RETURNING s.id, s.user_id
            """;
        List<(Guid Id, Guid User)> deleted = [];
        await using (var command = new NpgsqlCommand(Sessions, connection).With("sessions", ids))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                deleted.Add((reader.GetGuid(0), reader.GetGuid(1)));
            }
        }

        await derived.EnqueuePurgeAsync(CacheTargets.ForWindows(deleted.Select(s => new CacheWindow(s.User, s.Id))), cancellationToken).ConfigureAwait(false);
        await AuditAsync(AuditTargets.Session, RetentionClasses.InactiveSessions, deleted.Select(s => (s.User, s.Id)), cancellationToken).ConfigureAwait(false);
        // Counted as the rows that went: the messages of this batch, then the sessions emptied by it.
        return messages.Count + deleted.Count;
    }

    /// <summary>One content-free <c>expire</c> entry per user per batch.</summary>
    private Task AuditAsync(string targetType, string dataClass, IEnumerable<(Guid User, Guid Id)> targets, CancellationToken cancellationToken) =>
        audit.AppendAsync(targets.GroupBy(t => t.User).Select(g => new AuditRecord(g.Key, AuditLog.RetentionActor, AuditActions.Expire, targetType, [.. g.Select(t => t.Id)],
            $"retention:{dataClass}")), cancellationToken);
}

/// <summary>
/// Where each data class's (or fact category's) batches of one run reached on its time index, so that the next batch starts
/// there. What an open transaction reached counts only once it commits: a batch rolled back and retried starts again from
/// where the last committed one ended.
/// </summary>
internal sealed class SweepCursors
{
    private readonly Dictionary<string, DateTimeOffset> _committed = [];
    private readonly Dictionary<string, DateTimeOffset> _open = [];

    public DateTimeOffset After(string cursor) => _committed.GetValueOrDefault(cursor, DateTimeOffset.MinValue);

    public void Reach(string cursor, DateTimeOffset at)
    {
        if (!_open.TryGetValue(cursor, out var reached) || at > reached)
        {
            _open[cursor] = at;
        }
    }

    public void Begin() => _open.Clear();

    public void Commit()
    {
        foreach (var (cursor, reached) in _open)
        {
            _committed[cursor] = reached;
        }

        _open.Clear();
    }

    public void Reset()
    {
        _committed.Clear();
        _open.Clear();
    }
}

/// <summary>
/// Keeps a sweep under <see cref="RetentionOptions.MaxRowsPerSecond"/>: after each batch it waits until the rows deleted so
/// far are within the ceiling for the time spent. Wall-clock time on purpose: the ceiling is about the database's load now,
/// not about the logical clock the policies are evaluated with.
/// </summary>
internal sealed class SweepPace(int maxRowsPerSecond)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _rows;

    public static TimeSpan Wait(long rows, int maxRowsPerSecond, TimeSpan elapsed) =>
        maxRowsPerSecond > 0 && TimeSpan.FromSeconds((double)rows / maxRowsPerSecond) - elapsed is var ahead && ahead > TimeSpan.Zero ? ahead : TimeSpan.Zero;

    /// <param name="rows">Rows the batch deleted, with what cascaded with them.</param>
    public Task AfterBatchAsync(long rows, CancellationToken cancellationToken)
    {
        _rows += rows;
        var wait = Wait(_rows, maxRowsPerSecond, Stopwatch.GetElapsedTime(_started));
        return wait > TimeSpan.Zero ? Task.Delay(wait, cancellationToken) : Task.CompletedTask;
    }
}

internal static class NpgsqlCommandParameters
{
    public static NpgsqlCommand With<T>(this NpgsqlCommand command, string name, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        return command;
    }
}
