using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Storage;
using Npgsql;

namespace MemoryAspire.Memory.Governance;

/// <summary>A message being deleted, and where it was.</summary>
public sealed record DeletedMessage(Guid Id, Guid SessionId, Guid UserId);

/// <summary>Messages that were just deleted, and why: who asked, and whether it is a deletion or an expiry.</summary>
public sealed record DeletedMessages(IReadOnlyList<DeletedMessage> Messages, string Actor, string Action);

/// <summary>What went with the messages.</summary>
public sealed record CascadeResult(IReadOnlyList<Guid> DeletedFactIds, IReadOnlyList<Guid> DeletedSummaryIds, IReadOnlyList<Guid> RebuiltSessionIds);

/// <summary>
/// Deleting a message deletes everything derived only from it, in the caller's transaction: extracted facts whose every
/// source is gone (facts from a user's edit or a system of record stay, minus the source), every summary version that
/// covered it (the session's summary is then rebuilt without it by a durable job, and until then the window holds the
/// messages themselves), its pending extraction, and, through a durable purge job, the cached windows that held it.
/// </summary>
public sealed class DerivedData(MemoryDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<CascadeResult> ForgetMessagesAsync(DeletedMessages deleted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        if (deleted.Messages.Count == 0)
        {
            return new CascadeResult([], [], []);
        }

        var ids = deleted.Messages.Select(m => m.Id).ToArray();
        var users = deleted.Messages.Select(m => m.UserId).Distinct().ToArray();
        var sessions = deleted.Messages.Select(m => m.SessionId).Distinct().ToArray();
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);

        // Set-based, so the cost grows with the rows involved (the deleted messages, their users' facts), not with their
        // product or with the size of the tables: each statement joins what it looks into with the deleted ids (a hash join),
        // and the facts to change are then taken by primary key (an array built once, not a join planned against the table).
        // Extracted facts whose every source is gone are deleted; the others that lose a source keep the rest.
        const string Facts = """
            WITH gone AS (SELECT DISTINCT unnest(@ids) AS id),
            verdict AS (
                SELECT f.id, f.authority = 1 AND bool_and(g.id IS NOT NULL) AS doomed
                FROM facts f
                CROSS JOIN LATERAL unnest(CASE WHEN cardinality(f.confirmed_by_message_ids) > 0 THEN f.confirmed_by_message_ids ELSE ARRAY[f.source_message_id] END) AS c(id)
                LEFT JOIN gone g ON g.id = c.id
                WHERE f.user_id = ANY(@users)
                GROUP BY f.id
                HAVING bool_or(g.id IS NOT NULL)),
            deleted AS (
                DELETE FROM facts f WHERE f.id = ANY(ARRAY(SELECT id FROM verdict WHERE doomed))
                RETURNING f.id, f.user_id),
            trimmed AS (
                UPDATE facts f SET confirmed_by_message_ids = array(SELECT x FROM unnest(f.confirmed_by_message_ids) x WHERE x NOT IN (SELECT id FROM gone))
                WHERE f.id = ANY(ARRAY(SELECT id FROM verdict WHERE NOT doomed))
                RETURNING f.id)
            SELECT id, user_id FROM deleted
            """;
        const string Summaries = """
            WITH gone AS (SELECT DISTINCT unnest(@ids) AS id),
            hit AS (
                SELECT DISTINCT s.id FROM summaries s
                CROSS JOIN LATERAL unnest(s.covered_message_ids) AS c(id)
                JOIN gone g ON g.id = c.id
                WHERE s.session_id = ANY(@sessions))
            DELETE FROM summaries s USING hit WHERE s.id = hit.id RETURNING s.id, s.user_id, s.session_id
            """;
        const string Jobs = """
            DELETE FROM jobs j USING (SELECT DISTINCT unnest(@ids) AS id) gone
            WHERE j.message_id = gone.id AND j.session_id = ANY(@sessions) AND j.status = 'pending' AND j.kind = 'extract'
            """;

        var facts = new List<(Guid Id, Guid User)>();
        var summaries = new List<(Guid Id, Guid User, Guid Session)>();
        await using (var batch = new NpgsqlBatch(connection))
        {
            // The two statements that return rows come first and together: NextResult skips statements that return none.
            batch.BatchCommands.Add(new NpgsqlBatchCommand(Facts).With("users", users).With("ids", ids));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(Summaries).With("sessions", sessions).With("ids", ids));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(Jobs).With("sessions", sessions).With("ids", ids));
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                facts.Add((reader.GetGuid(0), reader.GetGuid(1)));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                summaries.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2)));
            }
        }

        var rebuild = summaries.Select(s => (s.User, (Guid?)s.Session)).Distinct().ToList();
        await EnqueueAsync(JobKinds.RebuildSummary, rebuild, cancellationToken).ConfigureAwait(false);
        await EnqueuePurgeAsync(CacheTargets.ForWindows(deleted.Messages.Select(m => new CacheWindow(m.UserId, m.SessionId))), cancellationToken).ConfigureAwait(false);

        List<AuditRecord> entries = [];
        foreach (var user in users)
        {
            entries.Add(new AuditRecord(user, deleted.Actor, deleted.Action, AuditTargets.Message, [.. deleted.Messages.Where(m => m.UserId == user).Select(m => m.Id)], null));
            if (facts.Where(f => f.User == user).Select(f => f.Id).ToList() is { Count: > 0 } userFacts)
            {
                entries.Add(new AuditRecord(user, deleted.Actor, deleted.Action, AuditTargets.Fact, userFacts, "derived only from deleted messages"));
            }

            if (summaries.Where(s => s.User == user).Select(s => s.Id).ToList() is { Count: > 0 } userSummaries)
            {
                entries.Add(new AuditRecord(user, deleted.Actor, deleted.Action, AuditTargets.Summary, userSummaries, "covered deleted messages; rebuilt"));
            }
        }

        await audit.AppendAsync(entries, cancellationToken).ConfigureAwait(false);
        return new CascadeResult([.. facts.Select(f => f.Id)], [.. summaries.Select(s => s.Id)], [.. rebuild.Select(r => r.Item2!.Value)]);
    }

    /// <summary>
    /// Enqueues one purge job for all of <paramref name="targets"/> in the caller's transaction, so that the cached copies go
    /// even if this process dies right after the commit. It belongs to the targets' user, or to none when they span users
    /// (only the system scope may enqueue such a job: row-level security checks the user of what is inserted).
    /// </summary>
    public async Task EnqueuePurgeAsync(CacheTargets targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.IsEmpty)
        {
            return;
        }

        var user = targets.SingleUser;
        await PendingJobs.EnqueueAsync(db, JobKinds.PurgeCache, $"{JobKinds.PurgeCache}:{user:N}:{Guid.CreateVersion7():N}", user, null, null,
            clock.GetUtcNow().ToUniversalTime(), cancellationToken, targets.ToJson()).ConfigureAwait(false);
    }

    /// <summary>
    /// Enqueues one job of <paramref name="kind"/> per (user, session) in the caller's transaction, so that the work is done
    /// even if this process dies right after the commit; a null session means all of the user's cache entries.
    /// </summary>
    public async Task EnqueueAsync(string kind, IReadOnlyList<(Guid User, Guid? Session)> targets, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0)
        {
            return;
        }

        const string Sql = """
            INSERT INTO jobs (kind, dedup_key, user_id, session_id, status, attempts, run_after, created_at, trace_parent)
            SELECT @kind, @kind || ':' || t.user_id || ':' || coalesce(t.session_id::text, '*') || ':' || @stamp, t.user_id, t.session_id, 'pending', 0, @now, @now, @trace
            FROM unnest(@users, @sessions) AS t(user_id, session_id)
            ON CONFLICT (dedup_key) DO NOTHING
            """;
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("kind", kind));
        command.Parameters.Add(new NpgsqlParameter<string>("stamp", Guid.CreateVersion7().ToString("N")));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow().ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("users", [.. targets.Select(t => t.User)]));
        command.Parameters.Add(new NpgsqlParameter<Guid?[]>("sessions", [.. targets.Select(t => t.Session)]));
        command.Parameters.Add(new NpgsqlParameter<string?>("trace", PendingJobs.CurrentTraceParent()) { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
