using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.Memory.Jobs;

/// <summary>
/// Durable jobs in PostgreSQL, as the workers see them: claimed, completed, failed. They are enqueued with <see cref="PendingJobs"/>.
/// </summary>
public static class DurableJobs
{
    /// <summary>How much of a failure's message a job keeps as its last error.</summary>
    public const int MaxErrorLength = 500;

    /// <summary>
    /// Claims up to <paramref name="max"/> due jobs for <paramref name="lease"/>. A job whose worker died is claimable again
    /// once its lease has passed, so a crash delays work but never loses it.
    /// </summary>
    public static Task<List<MemoryJob>> ClaimAsync(MemoryDbContext db, string workerId, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var until = now + lease;
        return db.Jobs.FromSql($"""
            UPDATE jobs SET locked_by = {workerId}, locked_until = {until}, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM jobs
                WHERE status = 'pending' AND run_after <= {now} AND (locked_until IS NULL OR locked_until < {now})
                ORDER BY id
                LIMIT {max}
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Marks the jobs this worker still holds as done, stores the model calls the batch's jobs made (failed ones included:
    /// their tokens were spent too) and adds the batch's user messages to the recall index with their users' term statistics,
    /// in one statement. Calls for a session deleted meanwhile are not stored, nor is a message deleted meanwhile indexed; a
    /// message indexed before (a job run again) is not counted twice. A worker that dies before this point loses the record of
    /// its calls, and the jobs that made them run (and are recorded) again.
    /// </summary>
    public static Task CompleteAsync(MemoryDbContext db, IReadOnlyCollection<long> jobIds, string workerId, DateTimeOffset now, CancellationToken cancellationToken,
        IReadOnlyCollection<JobModelCall>? calls = null, IReadOnlyCollection<SourceMessage>? indexed = null)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        var ids = jobIds.ToArray();
        var made = calls?.Where(c => c.Job.SessionId is not null).ToArray() ?? [];
        var postings = RecallPostings.For(indexed ?? []);
        if (made.Length == 0 && postings.IsEmpty)
        {
            return ids.Length == 0 ? Task.CompletedTask : db.Database.ExecuteSqlAsync($"""
                UPDATE jobs SET status = 'done', completed_at = {now}, locked_until = NULL, last_error = NULL
                WHERE id = ANY({ids}) AND locked_by = {workerId}
                """, cancellationToken);
        }

        var users = made.Select(c => c.Job.UserId).ToArray();
        var sessions = made.Select(c => c.Job.SessionId!.Value).ToArray();
        var messages = made.Select(c => c.Job.Kind == JobKinds.Extract ? c.Job.MessageId : null).ToArray();
        var jobs = made.Select(c => c.Job.Id).ToArray();
        var purposes = made.Select(c => c.Usage.Purpose).ToArray();
        var providers = made.Select(c => c.Provider).ToArray();
        var models = made.Select(c => c.Usage.Model).ToArray();
        var inputs = made.Select(c => Tokens(c.Usage.InputTokens)).ToArray();
        var outputs = made.Select(c => Tokens(c.Usage.OutputTokens)).ToArray();
        // Term and statistics rows are upserted in key order, so that two workers' batches lock them in the same order.
        return db.Database.ExecuteSqlAsync($"""
            WITH done AS (
                UPDATE jobs SET status = 'done', completed_at = {now}, locked_until = NULL, last_error = NULL
                WHERE id = ANY({ids}) AND locked_by = {workerId}),
            calls AS (
                INSERT INTO model_calls (user_id, session_id, message_id, job_id, purpose, provider, model, input_tokens, output_tokens, at)
                SELECT c.user_id, c.session_id, c.message_id, c.job_id, c.purpose, c.provider, c.model, c.input_tokens, c.output_tokens, {now}
                FROM unnest({users}, {sessions}, {messages}, {jobs}, {purposes}, {providers}, {models}, {inputs}, {outputs})
                    AS c(user_id, session_id, message_id, job_id, purpose, provider, model, input_tokens, output_tokens)
                WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.id = c.session_id)),
            posted AS (
                INSERT INTO recall_postings (message_id, term, user_id, weight)
                SELECT p.message_id, p.term, p.user_id, p.weight
                FROM unnest({postings.Messages}, {postings.Terms}, {postings.Users}, {postings.Weights}) AS p(message_id, term, user_id, weight)
                WHERE EXISTS (SELECT 1 FROM messages m WHERE m.id = p.message_id)
                ON CONFLICT (message_id, term) DO NOTHING
                RETURNING message_id, term, user_id),
            terms AS (
                INSERT INTO recall_terms (user_id, term, documents)
                SELECT user_id, term, count(*) FROM posted GROUP BY user_id, term ORDER BY user_id, term
                ON CONFLICT (user_id, term) DO UPDATE SET documents = recall_terms.documents + EXCLUDED.documents)
            INSERT INTO recall_statistics (user_id, documents, terms)
            SELECT l.user_id, count(*), sum(l.length)
            FROM unnest({postings.Lengths.Messages}, {postings.Lengths.Users}, {postings.Lengths.Terms}) AS l(message_id, user_id, length)
            WHERE l.message_id IN (SELECT message_id FROM posted)
            GROUP BY l.user_id ORDER BY l.user_id
            ON CONFLICT (user_id) DO UPDATE SET documents = recall_statistics.documents + EXCLUDED.documents, terms = recall_statistics.terms + EXCLUDED.terms
            """, cancellationToken);
    }

    private static int? Tokens(long? count) => count is { } value ? (int)Math.Clamp(value, 0, int.MaxValue) : null;

    /// <summary>Retries with exponential backoff (2 s, 4 s, 8 s ... capped at 5 min); gives up after <paramref name="maxAttempts"/>.</summary>
    public static Task FailAsync(MemoryDbContext db, MemoryJob job, string workerId, string error, int maxAttempts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var status = job.Attempts >= maxAttempts ? JobStatuses.Failed : JobStatuses.Pending;
        var retryAt = now + RetryDelay(job.Attempts);
        return db.Database.ExecuteSqlAsync($"""
            UPDATE jobs SET status = {status}, run_after = {retryAt}, locked_until = NULL, last_error = {error}
            WHERE id = {job.Id} AND locked_by = {workerId}
            """, cancellationToken);
    }

    public static TimeSpan RetryDelay(int attempts) => TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Math.Clamp(attempts, 1, 10))));

    public static Task<int> PendingForSessionAsync(MemoryDbContext db, Guid sessionId, CancellationToken cancellationToken) =>
        db.Jobs.CountAsync(j => j.SessionId == sessionId && j.Status == JobStatuses.Pending, cancellationToken);
}

/// <summary>A model call made by <paramref name="Job"/> through <paramref name="Provider"/>, to store with the job's completion.</summary>
public sealed record JobModelCall(MemoryJob Job, string Provider, ModelCallUsage Usage);
