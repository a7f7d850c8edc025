using MemoryAspire.Memory.Storage;
using Npgsql;

namespace MemoryAspire.Memory.Context;

/// <summary>
/// Ranks facts with PostgreSQL full-text search (any word of the message, stemmed) plus pg_trgm similarity, and finds recall
/// candidates in the user's own recall index (<see cref="RecallText"/>, <see cref="Bm25"/>), in one round trip. The message's
/// lexemes are OR-ed, so a long question still matches a fact that shares one word with it.
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
    /// The user's statistics for the message's terms: one row per term the user has used, with their indexed messages and
    /// those messages' total length; none when the user has no other session.
    /// </summary>
    private const string RecallStatisticsSql = """
        SELECT t.term, r.documents, s.documents, s.terms
        FROM recall_statistics s
        CROSS JOIN unnest(@terms) AS t(term)
        JOIN recall_terms r ON r.user_id = @user AND r.term = t.term
        WHERE s.user_id = @user AND EXISTS (SELECT 1 FROM sessions x WHERE x.user_id = @user AND x.id <> @session)
        """;

    /// <summary>
    /// Bounded whatever the history: the message's rarest terms (at most <see cref="MaxTerms"/>), for each the first
    /// <see cref="PerTerm"/> entries of the recall index in weight order (an index range scan that stops there); then one hop
    /// further, the rarest other terms of the best <see cref="Seeds"/> messages (a name said with what was asked about: "my
    /// partner Emil") looked up the same way at a reduced weight; the best messages by summed BM25 weight read by primary key,
    /// and for those that ask something the two messages after them. Every step is a lookup driven by the rows before it
    /// (laterals, an array of ids), so that no plan can choose to scan a user's whole index or the messages table.
    /// </summary>
    private const string RecallSql = """
        WITH q AS (
            SELECT t.term, r.documents AS df, s.documents AS n
            FROM recall_statistics s
            CROSS JOIN unnest(@terms) AS t(term)
            JOIN recall_terms r ON r.user_id = @user AND r.term = t.term
            WHERE s.user_id = @user AND EXISTS (SELECT 1 FROM sessions x WHERE x.user_id = @user AND x.id <> @session)
            ORDER BY r.documents
            LIMIT @max_terms),
        p AS (
            SELECT e.message_id, sum(ln(1 + (q.n - q.df + 0.5) / (q.df + 0.5)) * e.weight) AS score
            FROM q CROSS JOIN LATERAL (
                SELECT message_id, weight FROM recall_postings
                WHERE user_id = @user AND term = q.term
                ORDER BY weight DESC, message_id DESC
                LIMIT @per_term) e
            GROUP BY e.message_id
            ORDER BY score DESC, e.message_id DESC
            LIMIT @candidates * 2),
        x AS (
            SELECT r.term, r.documents AS df, (SELECT n FROM q LIMIT 1) AS n
            FROM (SELECT message_id FROM p ORDER BY score DESC, message_id DESC LIMIT @seeds) seed
            CROSS JOIN LATERAL (SELECT sp.term FROM recall_postings sp WHERE sp.message_id = seed.message_id) sp
            CROSS JOIN LATERAL (SELECT r.term, r.documents FROM recall_terms r WHERE r.user_id = @user AND r.term = sp.term) r
            WHERE sp.term <> ALL(@terms) AND r.documents BETWEEN 2 AND greatest(2, (SELECT n FROM q LIMIT 1) * @max_expansion_share)
            GROUP BY r.term, r.documents
            ORDER BY r.documents, r.term
            LIMIT @expansions),
        px AS (
            SELECT e.message_id, sum(@expansion_weight * ln(1 + (x.n - x.df + 0.5) / (x.df + 0.5)) * e.weight) AS score
            FROM x CROSS JOIN LATERAL (
                SELECT message_id, weight FROM recall_postings
                WHERE user_id = @user AND term = x.term
                ORDER BY weight DESC, message_id DESC
                LIMIT @per_term) e
            GROUP BY e.message_id),
        a AS (
            SELECT message_id, sum(score) AS score FROM (SELECT * FROM p UNION ALL SELECT * FROM px) u GROUP BY message_id),
        c AS (
            SELECT m.id, m.session_id, m.sequence, m.role, m.content, m.created_at, a.score
            FROM messages m JOIN a ON a.message_id = m.id
            WHERE m.id = ANY(ARRAY(SELECT message_id FROM a)) AND m.session_id <> @session
            ORDER BY a.score DESC, m.id DESC
            LIMIT @candidates)
        SELECT c.id, c.session_id, c.sequence, c.role, c.content, c.created_at, c.score::float8, f.sequences, f.roles, f.contents,
               (SELECT array_agg(term) FROM x), (SELECT array_agg(df) FROM x)
        FROM c LEFT JOIN LATERAL (
            SELECT array_agg(n.sequence ORDER BY n.sequence) AS sequences, array_agg(n.role ORDER BY n.sequence) AS roles,
                   array_agg(n.content ORDER BY n.sequence) AS contents
            FROM messages n
            WHERE strpos(c.content, '?') > 0 AND n.session_id = c.session_id AND n.sequence BETWEEN c.sequence + 1 AND c.sequence + 2) f ON true
        ORDER BY c.score DESC, c.id DESC
        """;

    /// <summary>The message's terms the index is asked about: the rarest for this user first.</summary>
    public const int MaxTerms = 12;

    /// <summary>Index entries read per term.</summary>
    public const int PerTerm = 64;

    /// <summary>Messages handed to <see cref="RecallSelection"/>.</summary>
    public const int Candidates = 96;

    /// <summary>The best messages whose rare terms are followed one hop.</summary>
    public const int Seeds = 3;

    /// <summary>
    /// Terms followed one hop, rarest first: each in at least two messages (one only in the seed leads nowhere) and at most
    /// <see cref="MaxExpansionShare"/> of the user's messages.
    /// </summary>
    public const int Expansions = 4;

    public const double MaxExpansionShare = 0.02;

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

    public BatchedRanking? Batched(RankRequest request) => Statements(request);

    /// <summary>Facts and recall as up to three statements; null when the request asks for neither.</summary>
    public static BatchedRanking? Statements(RankRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var terms = request.Recall ? RecallText.Terms(request.Message).Select(t => t.Key).Distinct().ToArray() : [];
        if (request.MaxFacts <= 0 && terms.Length == 0)
        {
            return null;
        }

        List<NpgsqlBatchCommand> commands = [];
        if (request.MaxFacts > 0)
        {
            commands.Add(new NpgsqlBatchCommand(FactsSql).With("message", request.Message).With("user", request.UserId).With("max", request.MaxFacts));
        }

        if (terms.Length > 0)
        {
            commands.Add(new NpgsqlBatchCommand(RecallStatisticsSql).With("terms", terms).With("user", request.UserId).With("session", request.CurrentSessionId));
            commands.Add(new NpgsqlBatchCommand(RecallSql).With("terms", terms).With("user", request.UserId).With("session", request.CurrentSessionId)
                .With("max_terms", MaxTerms).With("per_term", PerTerm).With("candidates", Candidates).With("seeds", Seeds).With("expansions", Expansions)
                .With("expansion_weight", RecallSelection.ExpansionWeight).With("max_expansion_share", MaxExpansionShare));
        }

        return new BatchedRanking(request, commands, (reader, ct) => ReadAsync(reader, request.MaxFacts > 0, terms.Length > 0, ct));
    }

    private static async Task<RankedMemory> ReadAsync(NpgsqlDataReader reader, bool readFacts, bool readRecall, CancellationToken cancellationToken)
    {
        List<ProfileFact> facts = [];
        if (readFacts)
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                facts.Add(new ProfileFact(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetDouble(4),
                    reader.GetFieldValue<DateTimeOffset>(5), reader.GetDouble(6)));
            }

            if (readRecall)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        if (!readRecall)
        {
            return new RankedMemory(facts, RecallCandidates.None);
        }

        var frequency = new Dictionary<long, int>();
        long documents = 0, length = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            frequency[reader.GetInt64(0)] = reader.GetInt32(1);
            documents = reader.GetInt64(2);
            length = reader.GetInt64(3);
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        List<RecallCandidate> candidates = [];
        var expanded = new Dictionary<long, int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (candidates.Count == 0 && !reader.IsDBNull(10))
            {
                expanded = reader.GetFieldValue<long[]>(10).Zip(reader.GetFieldValue<int[]>(11)).ToDictionary(e => e.First, e => e.Second);
            }

            var following = reader.IsDBNull(7) ? [] : Following(reader.GetFieldValue<long[]>(7), reader.GetFieldValue<string[]>(8), reader.GetFieldValue<string[]>(9));
            candidates.Add(new RecallCandidate(reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetDouble(6)) { Following = following });
        }

        var statistics = new RecallStatistics(documents, documents == 0 ? Bm25.ReferenceLength : (double)length / documents, frequency) { Expansion = expanded };
        return new RankedMemory(facts, new RecallCandidates(candidates, statistics));
    }

    private static List<RecallNeighbour> Following(long[] sequences, string[] roles, string[] contents) =>
        [.. sequences.Select((s, i) => new RecallNeighbour(s, roles[i], contents[i]))];
}
