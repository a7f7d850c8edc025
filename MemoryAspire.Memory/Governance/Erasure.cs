using System.Diagnostics;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// "Forget me": a request is stored with its <c>erase</c> job in one transaction and answered at once. From then on the
/// user's earlier memory is not used (<see cref="ActiveSinceAsync"/>): no profile, summary or recall, and their earlier
/// sessions answer 404; the worker's <see cref="UserErasure"/> then deletes it.
/// </summary>
public sealed class ErasureRequests(MemoryDbContext db, AuditLog audit, JobSignal signal, TimeProvider clock)
{
    /// <summary>Starts erasing the user's memory, or returns the erasure already under way.</summary>
    public async Task<Outcome<ErasureProgress>> RequestAsync(MemoryUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.Id;
        // The erasure a request joins may finish between the two statements: then the next attempt starts a new one.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            if (await TryRequestAsync(userId, cancellationToken).ConfigureAwait(false) is { } progress)
            {
                return progress;
            }
        }

        return new Refusal.Conflict("Erasure finishing", "Your previous erasure was finishing while this request came in: send it again.");
    }

    /// <summary>Starts an erasure, or returns the one under way; null when that one finished meanwhile.</summary>
    private async Task<ErasureProgress?> TryRequestAsync(Guid userId, CancellationToken cancellationToken)
    {
        var request = new ErasureRequest { Id = Guid.CreateVersion7(), UserId = userId, Status = ErasureStatuses.Pending, RequestedAt = clock.GetUtcNow() };
        var strategy = db.Database.CreateExecutionStrategy();
        var created = await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            // One active erasure per user (a unique partial index): a second request joins the first.
            var inserted = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO erasure_requests (id, user_id, status, requested_at, done) VALUES ({request.Id}, {userId}, 'pending', {request.RequestedAt}, 0)
                ON CONFLICT (user_id) WHERE status IN ('pending', 'running') DO NOTHING
                """, ct).ConfigureAwait(false);
            if (inserted == 1)
            {
                await PendingJobs.EnqueueAsync(db, JobKinds.Erase, $"{JobKinds.Erase}:{request.Id:N}", userId, null, null, request.RequestedAt, ct).ConfigureAwait(false);
                await audit.AppendAsync([new AuditRecord(userId, AuditLog.UserActor, AuditActions.Erase, AuditTargets.User, [userId], $"requested {request.Id}")], ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return inserted == 1;
        }, cancellationToken).ConfigureAwait(false);
        if (created)
        {
            signal.Wake(JobKinds.Erase);
            return Progress(request);
        }

        return await Active(db, userId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false) is { } active ? Progress(active) : null;
    }

    public async Task<Outcome<ErasureProgress>> GetAsync(MemoryUser user, Guid erasureId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var request = await db.ErasureRequests.AsNoTracking().FirstOrDefaultAsync(e => e.Id == erasureId && e.UserId == user.Id, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return new Refusal.NotFound($"Erasure request {erasureId}");
        }

        return Progress(request);
    }

    /// <summary>When the user's erasure under way was requested, or null when none is: memory from before it must not be used.</summary>
    public static async Task<DateTimeOffset?> ActiveSinceAsync(MemoryDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await Active(db, userId).Select(e => (DateTimeOffset?)e.RequestedAt).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The user's erasure under way (pending or running), if any; composable into another query as a subquery.</summary>
    public static IQueryable<ErasureRequest> Active(MemoryDbContext db, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ErasureRequests.AsNoTracking().Where(e => e.UserId == userId && (e.Status == ErasureStatuses.Pending || e.Status == ErasureStatuses.Running));
    }

    public static ErasureProgress Progress(ErasureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ErasureProgress(request.Id, request.Status, request.Done, request.Total, request.CompletedAt) { RequestedAt = request.RequestedAt, Error = request.Error };
    }
}

/// <summary>
/// The worker's side of "forget me": deletes, in bounded batches (each its own short transaction that also counts progress),
/// every message, summary, fact, session, job and idempotency record the user had when they asked, then every Redis key
/// under the user's prefix. A re-run after a crash continues where the last committed batch ended. Only the content-free
/// audit entries and the request itself remain.
/// </summary>
public sealed partial class UserErasure(MemoryDbContext db, CachePurge purge, AuditLog audit, TimeProvider clock, ILogger<UserErasure> logger)
{
    public const int BatchSize = 500;

    /// <summary>What is erased, table by table: rows from before the request (sessions started after it are the user's new memory).</summary>
    private static readonly (string Table, string Where)[] Steps =
    [
        ("idempotency_records", "user_id = @user AND (created_at <= @cut OR session_id IS NULL OR session_id IN (SELECT id FROM sessions WHERE user_id = @user AND created_at <= @cut))"),
        ("jobs", "user_id = @user AND kind <> 'erase' AND (created_at <= @cut OR session_id IS NULL OR session_id IN (SELECT id FROM sessions WHERE user_id = @user AND created_at <= @cut))"),
        ("facts", "user_id = @user AND (recorded_at <= @cut OR source_session_id IN (SELECT id FROM sessions WHERE user_id = @user AND created_at <= @cut))"),
        ("summaries", "user_id = @user AND session_id IN (SELECT id FROM sessions WHERE user_id = @user AND created_at <= @cut)"),
        ("messages", "user_id = @user AND session_id IN (SELECT id FROM sessions WHERE user_id = @user AND created_at <= @cut)"),
        ("model_calls", "user_id = @user AND session_id IN (SELECT id FROM sessions WHERE user_id = @user AND created_at <= @cut)"),
        // The recall index's entries went with the messages; its statistics are counts over all of them, so they go whole.
        ("recall_terms", "user_id = @user"),
        ("recall_statistics", "user_id = @user"),
        ("sessions", "user_id = @user AND created_at <= @cut"),
    ];

    /// <returns>Whether an erasure was carried out (false when the user has none under way: a re-run after completion).</returns>
    public async Task<bool> RunAsync(Guid userId, CancellationToken cancellationToken)
    {
        var request = await db.ErasureRequests.AsNoTracking()
            .FirstOrDefaultAsync(e => e.UserId == userId && (e.Status == ErasureStatuses.Pending || e.Status == ErasureStatuses.Running), cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return false;
        }

        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        if (request.Total is null)
        {
            request.Total = await CountAsync(connection, userId, request.RequestedAt, cancellationToken).ConfigureAwait(false);
            request.StartedAt = clock.GetUtcNow();
            await db.Database.ExecuteSqlAsync(
                $"UPDATE erasure_requests SET status = 'running', started_at = {request.StartedAt}, total = {request.Total} WHERE id = {request.Id} AND total IS NULL",
                cancellationToken).ConfigureAwait(false);
        }

        // Twice over the tables: a job that was running when the erasure started may have written after the first pass.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (table, where) in Steps)
            {
                while (await DeleteBatchAsync(connection, request, table, where, cancellationToken).ConfigureAwait(false) == BatchSize)
                {
                }
            }
        }

        await purge.PurgeUserAsync(userId).ConfigureAwait(false);
        var completed = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE erasure_requests SET status = 'completed', completed_at = {completed}, total = greatest(total, done) WHERE id = {request.Id} AND status <> 'completed'", ct)
                .ConfigureAwait(false);
            await audit.AppendAsync([new AuditRecord(userId, AuditLog.ErasureActor, AuditActions.Erase, AuditTargets.User, [userId], $"completed {request.Id}")], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        var seconds = (completed - (request.StartedAt ?? request.RequestedAt)).TotalSeconds;
        MemoryTelemetry.RecordErasure(seconds);
        LogCompleted(logger, request.Id, seconds);
        return true;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, Guid userId, DateTimeOffset cut, CancellationToken cancellationToken)
    {
        var sql = "SELECT " + string.Join(" + ", Steps.Select(s => $"(SELECT count(*) FROM {s.Table} WHERE {s.Where})"));
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("user", userId));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cut", cut.ToUniversalTime()));
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>Deletes up to <see cref="BatchSize"/> rows of one table and counts them as done, in one statement.</summary>
    private static async Task<int> DeleteBatchAsync(NpgsqlConnection connection, ErasureRequest request, string table, string where, CancellationToken cancellationToken)
    {
        using var activity = MemoryTelemetry.Source.StartActivity("erase batch", ActivityKind.Internal);
        activity?.SetTag("memoryaspire.erasure.id", request.Id);
        activity?.SetTag("db.collection.name", table);
        var key = table == "jobs" ? "id" : "ctid";
        var sql = $"""
            WITH gone AS (
                DELETE FROM {table} WHERE {key} IN (SELECT {key} FROM {table} WHERE {where} LIMIT {BatchSize}) RETURNING 1)
            UPDATE erasure_requests SET done = done + (SELECT count(*) FROM gone) WHERE id = @request
            RETURNING (SELECT count(*) FROM gone)::int
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("user", request.UserId));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cut", request.RequestedAt.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<Guid>("request", request.Id));
        var deleted = (int)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) ?? 0);
        activity?.SetTag("memoryaspire.erasure.rows", deleted);
        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erasure {ErasureId} completed in {Seconds:0.0} s")]
    private static partial void LogCompleted(ILogger logger, Guid erasureId, double seconds);
}
