using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.Memory.Storage;

/// <summary>
/// Enqueues durable jobs in PostgreSQL, below every layer that asks for one. Enqueueing joins the caller's transaction (the job
/// exists if and only if the turn does); after the commit the caller wakes the workers with <see cref="Caching.JobSignal"/>.
/// </summary>
public static class PendingJobs
{
    /// <summary>The current trace as a W3C <c>traceparent</c>, stored with a job so that the job's span links back to it.</summary>
    public static string? CurrentTraceParent() =>
        System.Diagnostics.Activity.Current is { IdFormat: System.Diagnostics.ActivityIdFormat.W3C } activity ? activity.Id : null;

    /// <param name="payload">What a job about many targets works on, as JSON (<see cref="MemoryJob.Payload"/>).</param>
    public static async Task EnqueueAsync(MemoryDbContext db, string kind, string dedupKey, Guid userId, Guid? sessionId, Guid? messageId, DateTimeOffset now,
        CancellationToken cancellationToken, string? payload = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var trace = CurrentTraceParent();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO jobs (kind, dedup_key, user_id, session_id, message_id, payload, status, attempts, run_after, created_at, trace_parent)
            VALUES ({kind}, {dedupKey}, {userId}, {sessionId}, {messageId}, {payload}::jsonb, 'pending', 0, {now}, {now}, {trace})
            ON CONFLICT (dedup_key) DO NOTHING
            """, cancellationToken).ConfigureAwait(false);
    }
}
