using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace MemoryAspire.Memory.Turns;

/// <summary>The session a stored message went into, and the sequence number it got.</summary>
public sealed record StoredTurnMessage(Guid SessionId, string Strategy, long Sequence, bool SessionCreated)
{
    /// <summary>Whether the user's erasure is under way (their earlier memory must not be used); null when not known.</summary>
    public bool? MemoryWithheld { get; init; }
}

/// <summary>A message to append to a session in one statement, with the jobs and idempotency record that go with it.</summary>
public sealed record NewMessage(Guid Id, Guid UserId, string Role, string Content, int Tokens, string[] PiiKinds, DateTimeOffset At)
{
    public string? Model { get; init; }

    public string? Provider { get; init; }

    public int? InputTokens { get; init; }

    public int? OutputTokens { get; init; }
}

/// <summary>
/// The chat path's writes and window reads, each one statement (or one batch) on the context's connection: a turn costs a few
/// round trips instead of a transaction per step. Every statement is atomic on its own, so a message exists with its
/// sequence number and its jobs, or not at all.
/// </summary>
public sealed class TurnStore(MemoryDbContext db)
{
    /// <summary>
    /// Stores the user's message in an existing session of <paramref name="message"/>'s user (or in a new one when
    /// <paramref name="sessionId"/> is null; with both, in the session <paramref name="sessionId"/>, which is created when it
    /// does not exist yet) and enqueues its extraction job; null when the session is not the user's.
    /// The message takes the session's next sequence number and reserves the one after it for its reply, so storing the
    /// reply does not touch the session row again (a reply that never comes leaves that number unused). While the user's
    /// erasure is under way, sessions begun before it no longer exist for them (null), and the result says so.
    /// Retried after a transient failure unless the message turns out to be stored.
    /// </summary>
    public Task<StoredTurnMessage?> AppendUserMessageAsync(
        Guid? sessionId, string? strategy, NewMessage message, NewSession? newSession, IdempotencyStamp? idempotency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return db.RetryingAsync(
            ct => AppendUserMessageOnceAsync(sessionId, strategy, message, newSession, idempotency, ct),
            async ct => await FindStoredMessageAsync(message.Id, ct).ConfigureAwait(false) is { } found ? (true, found) : (false, null),
            cancellationToken);
    }

    private async Task<StoredTurnMessage?> AppendUserMessageOnceAsync(
        Guid? sessionId, string? strategy, NewMessage message, NewSession? newSession, IdempotencyStamp? idempotency, CancellationToken cancellationToken)
    {
        if (sessionId is null && newSession is null)
        {
            throw new ArgumentException("A message goes into an existing session or a new one.", nameof(newSession));
        }

        if (sessionId is { } named && newSession is not null && newSession.Id != named)
        {
            throw new ArgumentException("A named session is created with its own id.", nameof(newSession));
        }

        var session = newSession is not null && sessionId is not null
            ? """
              s AS (
                  INSERT INTO sessions (id, user_id, strategy, title, next_sequence, created_at, last_active_at)
                  VALUES (@session, @user, @strategy, @title, 3, @at, @at)
                  ON CONFLICT (id) DO UPDATE SET next_sequence = sessions.next_sequence + 2, last_active_at = @at, strategy = coalesce(@requested, sessions.strategy)
                  WHERE sessions.user_id = @user AND NOT EXISTS (SELECT 1 FROM e WHERE sessions.created_at <= e.requested_at)
                  RETURNING id, strategy, next_sequence - 2 AS seq, xmax = 0 AS created)
              """
            : sessionId is null
            ? """
              s AS (
                  INSERT INTO sessions (id, user_id, strategy, title, next_sequence, created_at, last_active_at)
                  VALUES (@session, @user, @strategy, @title, 3, @at, @at)
                  RETURNING id, strategy, 1::bigint AS seq, true AS created)
              """
            : """
              s AS (
                  UPDATE sessions SET next_sequence = next_sequence + 2, last_active_at = @at, strategy = coalesce(@strategy, strategy)
                  WHERE id = @session AND user_id = @user AND NOT EXISTS (SELECT 1 FROM e WHERE sessions.created_at <= e.requested_at)
                  RETURNING id, strategy, next_sequence - 2 AS seq, false AS created)
              """;
        var idempotencyRecord = idempotency is null ? "" : """
            , i AS (
                INSERT INTO idempotency_records (user_id, key, request_hash, user_message_id, session_id, created_at)
                SELECT @user, @key, @hash, @id, s.id, @at FROM s
                ON CONFLICT (user_id, key) DO UPDATE SET user_message_id = EXCLUDED.user_message_id, session_id = EXCLUDED.session_id)
            """;
        var sql = $"""
            WITH e AS (
                SELECT requested_at FROM erasure_requests WHERE user_id = @user AND status IN ('pending', 'running') ORDER BY requested_at LIMIT 1),
            {session},
            m AS (
                INSERT INTO messages (id, session_id, user_id, sequence, role, content, tokens, pii_kinds, created_at)
                SELECT @id, s.id, @user, s.seq, @role, @content, @tokens, @pii, @at FROM s
                RETURNING sequence),
            j AS (
                INSERT INTO jobs (kind, dedup_key, user_id, session_id, message_id, status, attempts, run_after, created_at, trace_parent)
                SELECT @job_kind, @job_key, @user, s.id, @id, 'pending', 0, @at, @at, @trace FROM s
                ON CONFLICT (dedup_key) DO NOTHING){idempotencyRecord}
            SELECT s.id, s.strategy, s.seq, s.created, EXISTS (SELECT 1 FROM e) FROM s
            """;

        var guid = newSession is null ? sessionId!.Value : newSession.Id;
        await using var batch = RawSql.Batch(sql, command =>
        {
            command.With("session", guid);
            command.Parameters.Add(new NpgsqlParameter<string?>("strategy", newSession?.Strategy ?? strategy) { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string?>("title", newSession?.Title) { NpgsqlDbType = NpgsqlDbType.Text });
            if (newSession is not null && sessionId is not null)
            {
                command.Parameters.Add(new NpgsqlParameter<string?>("requested", strategy) { NpgsqlDbType = NpgsqlDbType.Text });
            }
            command.With("job_kind", JobKinds.Extract).With("job_key", $"extract:{message.Id}");
            command.Parameters.Add(new NpgsqlParameter<string?>("trace", PendingJobs.CurrentTraceParent()) { NpgsqlDbType = NpgsqlDbType.Text });
            AddMessage(command, message);
            if (idempotency is not null)
            {
                command.With("key", idempotency.Key).With("hash", idempotency.RequestHash);
            }
        });
        return await db.RunAsync(batch, static async (reader, ct) => await reader.ReadAsync(ct).ConfigureAwait(false)
            ? new StoredTurnMessage(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), reader.GetBoolean(3)) { MemoryWithheld = reader.GetBoolean(4) }
            : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores the assistant's reply at <paramref name="sequence"/>, the number its user message reserved; enqueues compaction
    /// when the messages after <paramref name="summarizedThrough"/> reach <paramref name="summaryThreshold"/>. Returns whether a
    /// compaction job was enqueued. Retried after a transient failure unless the reply turns out to be stored.
    /// </summary>
    public Task<bool> AppendReplyAsync(
        Guid sessionId, long sequence, NewMessage reply, long summarizedThrough, int summaryThreshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return db.RetryingAsync(
            ct => AppendReplyOnceAsync(sessionId, sequence, reply, summarizedThrough, summaryThreshold, ct),
            async ct => (await FindStoredMessageAsync(reply.Id, ct).ConfigureAwait(false) is not null, true),
            cancellationToken);
    }

    /// <summary>
    /// <see cref="AppendReplyAsync"/> and the answer to the request's Idempotency-Key, in one transaction. A concurrent retry of
    /// the same request may have answered first: then its answer is returned and nothing is stored twice.
    /// </summary>
    public async Task<(string? EarlierAnswer, bool CompactionEnqueued)> AppendAnsweredReplyAsync(
        string key, string answer, Guid sessionId, long sequence, NewMessage reply, long summarizedThrough, int summaryThreshold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var userId = reply.UserId;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            // Read whole, not composed with a LIMIT (which EF warns about on every call): the key is the primary key.
            var earlier = (await db.IdempotencyRecords.FromSql($"SELECT * FROM idempotency_records WHERE user_id = {userId} AND key = {key} FOR UPDATE")
                .AsNoTracking().ToListAsync(ct).ConfigureAwait(false)).SingleOrDefault()?.ResponseJson;
            if (earlier is not null)
            {
                return (earlier, false);
            }

            var compaction = await AppendReplyOnceAsync(sessionId, sequence, reply, summarizedThrough, summaryThreshold, ct).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE idempotency_records SET response_json = {answer}::jsonb WHERE user_id = {userId} AND key = {key}", ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return ((string?)null, compaction);
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> AppendReplyOnceAsync(
        Guid sessionId, long sequence, NewMessage reply, long summarizedThrough, int summaryThreshold, CancellationToken cancellationToken)
    {
        const string Sql = """
            WITH m AS (
                INSERT INTO messages (id, session_id, user_id, sequence, role, content, tokens, pii_kinds, created_at, model, provider, input_tokens, output_tokens)
                VALUES (@id, @session, @user, @sequence, @role, @content, @tokens, @pii, @at, @model, @provider, @input, @output)
                RETURNING sequence),
            j AS (
                INSERT INTO jobs (kind, dedup_key, user_id, session_id, message_id, status, attempts, run_after, created_at, trace_parent)
                SELECT @job_kind, 'summarize:' || @session::text || ':' || m.sequence, @user, @session, NULL, 'pending', 0, @at, @at, @trace FROM m
                WHERE m.sequence - @through >= @threshold
                ON CONFLICT (dedup_key) DO NOTHING
                RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM j) FROM m
            """;
        await using var batch = RawSql.Batch(Sql, command =>
        {
            command.With("session", sessionId).With("sequence", sequence).With("through", summarizedThrough).With("threshold", summaryThreshold)
                .With("job_kind", JobKinds.Summarize);
            command.Parameters.Add(new NpgsqlParameter<string?>("trace", PendingJobs.CurrentTraceParent()) { NpgsqlDbType = NpgsqlDbType.Text });
            AddMessage(command, reply);
            command.Parameters.Add(new NpgsqlParameter<string?>("model", reply.Model) { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<string?>("provider", reply.Provider) { NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter<int?>("input", reply.InputTokens) { NpgsqlDbType = NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter<int?>("output", reply.OutputTokens) { NpgsqlDbType = NpgsqlDbType.Integer });
        });
        return await db.RunAsync(batch, static async (reader, ct) => await reader.ReadAsync(ct).ConfigureAwait(false) && reader.GetBoolean(0), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// The current summary and the messages before <paramref name="beforeSequence"/> that a turn may need: every one the summary
    /// does not cover, and at least the last <paramref name="bufferSize"/>. One round trip.
    /// </summary>
    public async Task<CachedWindow> LoadWindowAsync(Guid userId, Guid sessionId, long beforeSequence, int bufferSize, CancellationToken cancellationToken)
    {
        const string SummarySql = """
            SELECT id, content, through_sequence, model, prompt_version, tokens FROM summaries
            WHERE session_id = @session AND user_id = @user AND is_current AND through_sequence < @before
            """;
        const string MessagesSql = """
            SELECT id, sequence, role, content, tokens FROM messages
            WHERE session_id = @session AND user_id = @user AND sequence < @before
              AND sequence > least(
                  coalesce((SELECT through_sequence FROM summaries WHERE session_id = @session AND user_id = @user AND is_current AND through_sequence < @before), 0),
                  @before - 1 - @buffer)
            ORDER BY sequence
            """;
        await using var batch = new NpgsqlBatch();
        foreach (var sql in new[] { SummarySql, MessagesSql })
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql).With("session", sessionId).With("user", userId)
                .With("before", beforeSequence).With("buffer", bufferSize));
        }

        return await db.RunAsync(batch, async (reader, ct) => await ReadWindowAsync(reader, beforeSequence, ct).ConfigureAwait(false), cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<CachedWindow> ReadWindowAsync(NpgsqlDataReader reader, long beforeSequence, CancellationToken cancellationToken)
    {
        SummarySnapshot? summary = null;
        if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            summary = new SummarySnapshot(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetInt32(5));
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var messages = new List<WindowMessage>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(new WindowMessage(reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
        }

        return new CachedWindow(summary, messages, beforeSequence - 1);
    }

    /// <summary>Where a message is stored: after a lost reply to an insert, whether it happened; for a retried request, its place.</summary>
    public async Task<StoredTurnMessage?> FindStoredMessageAsync(Guid messageId, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT s.id, s.strategy, m.sequence FROM messages m JOIN sessions s ON s.id = m.session_id WHERE m.id = @id
            """;
        await using var batch = RawSql.Batch(Sql, command => command.With("id", messageId));
        return await db.RunAsync(batch, static async (reader, ct) => await reader.ReadAsync(ct).ConfigureAwait(false)
            ? new StoredTurnMessage(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), false)
            : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gives the connection back to the pool, so that none is held while the model thinks.</summary>
    public Task ReleaseAsync() => db.Database.CloseConnectionAsync();

    private static void AddMessage(NpgsqlBatchCommand command, NewMessage message) =>
        command.With("id", message.Id).With("user", message.UserId).With("role", message.Role).With("content", message.Content)
            .With("tokens", message.Tokens).With("pii", message.PiiKinds).With("at", message.At.ToUniversalTime());
}

public sealed record NewSession(Guid Id, string Strategy, string Title);

public sealed record IdempotencyStamp(string Key, string RequestHash);
