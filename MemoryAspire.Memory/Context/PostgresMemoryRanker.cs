using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.Memory.Context;

/// <summary>
/// Ranks with PostgreSQL full-text search (any word of the message, stemmed) plus pg_trgm similarity.
/// The message's lexemes are OR-ed, so a long question still matches a fact that shares one word with it.
/// </summary>
public sealed class PostgresMemoryRanker(MemoryDbContext db) : IMemoryRanker
{
    public async Task<IReadOnlyList<ProfileFact>> RankFactsAsync(Guid userId, string message, int max, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<FactRow>($"""
            WITH q AS (
                SELECT to_tsquery('simple', coalesce((SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(to_tsvector('english', {message}))) l), '')) AS query
            )
            SELECT f.id AS id, f.key AS key, f.value AS value, f.category AS category, f.confidence AS confidence, f.observed_at AS observed_at,
                   (CASE WHEN f.category = 'identity' THEN 1.0 ELSE 0.0 END
                    + ts_rank(f.search_vector, q.query) * 4
                    + word_similarity(f.key, lower({message}))
                    + word_similarity(f.value, {message}))::float8 AS relevance
            FROM facts f, q
            WHERE f.user_id = {userId} AND f.status = 'current'
              AND (f.category = 'identity' OR f.search_vector @@ q.query OR word_similarity(f.key, lower({message})) >= 0.6 OR word_similarity(f.value, {message}) >= 0.6)
            ORDER BY relevance DESC, f.observed_at DESC
            LIMIT {max}
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new ProfileFact(r.Id, r.Key, r.Value, r.Category, r.Confidence, r.ObservedAt, r.Relevance))];
    }

    public async Task<IReadOnlyList<RecallHit>> RecallAsync(Guid userId, Guid currentSessionId, string message, int max, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<RecallRow>($"""
            WITH q AS (
                SELECT to_tsquery('simple', coalesce((SELECT string_agg(quote_literal(l), ' | ') FROM unnest(tsvector_to_array(to_tsvector('english', {message}))) l), '')) AS query
            )
            SELECT m.id AS message_id, m.session_id AS session_id, m.role AS role, m.content AS content, m.created_at AS at,
                   (ts_rank(m.search_vector, q.query) + similarity(m.content, {message}))::float8 AS score
            FROM messages m, q
            WHERE m.user_id = {userId} AND m.session_id <> {currentSessionId} AND m.search_vector @@ q.query
            ORDER BY score DESC, m.created_at DESC
            LIMIT {max}
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => new RecallHit(r.MessageId, r.SessionId, r.Role, r.Content, r.At, r.Score))];
    }

    private sealed record FactRow(Guid Id, string Key, string Value, string Category, double Confidence, DateTimeOffset ObservedAt, double Relevance);

    private sealed record RecallRow(Guid MessageId, Guid SessionId, string Role, string Content, DateTimeOffset At, double Score);
}
