using MemoryAspire.Memory.Storage;
using Npgsql;

namespace MemoryAspire.Memory.Context;

/// <summary>
/// Ranks with PostgreSQL full-text search (any word of the message, stemmed) plus pg_trgm similarity, facts and recall in one
/// round trip. The message's lexemes are OR-ed, so a long question still matches a fact that shares one word with it.
/// </summary>
public sealed class PostgresMemoryRanker(MemoryDbContext db) : IMemoryRanker
{
    private const string Query = """
        to_tsquery('simple', coalesce((SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(to_tsvector('english', @message))) l), ''))
        """;

    private const string FactsSql = $"""
        WITH q AS (SELECT {Query} AS query)
        SELECT f.id, f.key, f.value, f.category, f.confidence, f.observed_at,
               (CASE WHEN f.category = 'identity' THEN 1.0 ELSE 0.0 END
                + ts_rank(f.search_vector, q.query) * 4
                + word_similarity(f.key, lower(@message))
                + word_similarity(f.value, @message))::float8 AS relevance
        FROM facts f, q
        WHERE f.user_id = @user AND f.status = 'current'
          AND (f.category = 'identity' OR f.search_vector @@ q.query OR word_similarity(f.key, lower(@message)) >= 0.6 OR word_similarity(f.value, @message) >= 0.6)
        ORDER BY relevance DESC, f.observed_at DESC
        LIMIT @max
        """;

    /// <summary>
    /// Only when the user has another session: their messages are read through the user_id index and matched with
    /// <c>ts_match_vq</c> (the function behind <c>@@</c>), which keeps the planner off a full-text index whose common words
    /// match most of the table; trigram similarity is computed for the 20 best by rank only.
    /// </summary>
    private const string RecallSql = $"""
        WITH q AS (SELECT {Query} AS query)
        SELECT c.id, c.session_id, c.role, c.content, c.created_at, (c.rank + similarity(c.content, @message))::float8 AS score
        FROM (
            SELECT m.id, m.session_id, m.role, m.content, m.created_at, ts_rank(m.search_vector, q.query) AS rank
            FROM messages m, q
            WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = @user AND s.id <> @session)
              AND m.user_id = @user AND m.session_id <> @session AND ts_match_vq(m.search_vector, q.query)
            ORDER BY rank DESC, m.created_at DESC
            LIMIT 20) c
        ORDER BY score DESC, c.created_at DESC
        LIMIT @max
        """;

    public async Task<RankedMemory> RankAsync(RankRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Batched(request) is not { } ranking)
        {
            return RankedMemory.None;
        }

        await using var batch = new NpgsqlBatch();
        foreach (var command in ranking.Commands)
        {
            batch.BatchCommands.Add(command);
        }

        return await db.RunAsync(batch, ranking.ReadAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Facts and recall as one or two statements; null when the request asks for neither.</summary>
    public BatchedRanking? Batched(RankRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MaxFacts <= 0 && request.MaxRecall <= 0)
        {
            return null;
        }

        List<NpgsqlBatchCommand> commands = [];
        if (request.MaxFacts > 0)
        {
            commands.Add(new NpgsqlBatchCommand(FactsSql).With("message", request.Message).With("user", request.UserId).With("max", request.MaxFacts));
        }

        if (request.MaxRecall > 0)
        {
            commands.Add(new NpgsqlBatchCommand(RecallSql).With("message", request.Message).With("user", request.UserId)
                .With("session", request.CurrentSessionId).With("max", request.MaxRecall));
        }

        return new BatchedRanking(request, commands, (reader, ct) => ReadAsync(reader, request, ct));
    }

    private static async Task<RankedMemory> ReadAsync(NpgsqlDataReader reader, RankRequest request, CancellationToken cancellationToken)
    {
        List<ProfileFact> facts = [];
        List<RecallHit> recall = [];
        if (request.MaxFacts > 0)
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                facts.Add(new ProfileFact(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4),
                    reader.GetFieldValue<DateTimeOffset>(5), reader.GetDouble(6)));
            }

            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }

        if (request.MaxRecall > 0)
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                recall.Add(new RecallHit(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4), reader.GetDouble(5)));
            }
        }

        return new RankedMemory(facts, recall);
    }
}
