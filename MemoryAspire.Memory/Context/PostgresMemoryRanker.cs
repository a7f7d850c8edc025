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
    /// Bounded whatever the history (the function <c>recall_candidates</c>, migration RecallCandidatesFunction): nothing at all
    /// for a user whose only session is the current one; otherwise the message's rarest terms that the user has used (at most
    /// <see cref="MaxTerms"/>), for each the first <see cref="PerTerm"/> entries of the recall index in weight order (an index
    /// range scan that stops there); then one hop further, the rarest other terms of the best <see cref="Seeds"/> messages (a
    /// name said with what was asked about: "my partner Emil") looked up the same way at a reduced weight; the best messages by
    /// summed BM25 weight read by primary key, and for those that ask something the two messages after them; with the user's
    /// statistics for the message's terms on every row. Every step is a lookup driven by the rows before it, so that no plan
    /// can choose to scan a user's whole index or the messages table.
    /// </summary>
    private const string RecallSql = """
        SELECT * FROM recall_candidates(@user, @session, @terms, @max_terms, @per_term, @candidates, @seeds, @expansions, @expansion_weight, @max_expansion_share)
        """;

    /// <summary>The vector index's read (<c>recall_vector_candidates</c>, migration RecallVectors), bounded by <see cref="VectorRecall.Rows"/>.</summary>
    private const string VectorSql = "SELECT * FROM recall_vector_candidates(@user, @session, @cells, @per_cell, @rows)";

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
        if (Statements(request) is not { } ranking)
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

    /// <summary>Facts, lexical and vector recall as up to three statements; null when the request asks for none.</summary>
    public static RankingStatements? Statements(RankRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var terms = request.Recall ? RecallText.Terms(request.Message).Select(t => t.Key).Distinct().ToArray() : [];
        var vector = request.Recall ? request.Vector : null;
        if (request.MaxFacts <= 0 && terms.Length == 0 && vector is null)
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
            commands.Add(new NpgsqlBatchCommand(RecallSql).With("terms", terms).With("user", request.UserId).With("session", request.CurrentSessionId)
                .With("max_terms", MaxTerms).With("per_term", PerTerm).With("candidates", Candidates).With("seeds", Seeds).With("expansions", Expansions)
                .With("expansion_weight", RecallSelection.ExpansionWeight).With("max_expansion_share", MaxExpansionShare));
        }

        if (vector is not null)
        {
            commands.Add(new NpgsqlBatchCommand(VectorSql).With("user", request.UserId).With("session", request.CurrentSessionId).With("cells", vector.Cells)
                .With("per_cell", VectorRecall.PerCell).With("rows", VectorRecall.Rows));
        }

        return new RankingStatements(commands, async (reader, ct) =>
        {
            var ranked = await ReadAsync(reader, request.MaxFacts > 0, terms.Length > 0, ct).ConfigureAwait(false);
            if (vector is null)
            {
                return ranked;
            }

            if (commands.Count > 1)
            {
                await reader.NextResultAsync(ct).ConfigureAwait(false);
            }

            return ranked with { Recall = ranked.Recall with { Semantic = await ReadSemanticAsync(reader, vector.Vector, ct).ConfigureAwait(false) } };
        });
    }

    /// <summary>The vector index's rows, each scored by its cosine with the question.</summary>
    private static async Task<List<RecallCandidate>> ReadSemanticAsync(NpgsqlDataReader reader, float[] question, CancellationToken cancellationToken)
    {
        List<RecallCandidate> candidates = [];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var following = reader.IsDBNull(7) ? [] : Following(reader.GetFieldValue<long[]>(7), reader.GetFieldValue<string[]>(8), reader.GetFieldValue<string[]>(9));
            candidates.Add(new RecallCandidate(reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5), VectorRecall.Cosine(question, reader.GetFieldValue<byte[]>(6))) { Following = following });
        }

        return candidates;
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
            else
            {
                return new RankedMemory(facts, RecallCandidates.None);
            }
        }

        if (!readRecall)
        {
            return new RankedMemory(facts, RecallCandidates.None);
        }

        List<RecallCandidate> candidates = [];
        var statistics = RecallStatistics.None;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (candidates.Count == 0)
            {
                statistics = Statistics(reader);
            }

            var following = reader.IsDBNull(7) ? [] : Following(reader.GetFieldValue<long[]>(7), reader.GetFieldValue<string[]>(8), reader.GetFieldValue<string[]>(9));
            candidates.Add(new RecallCandidate(reader.GetGuid(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.GetDouble(6)) { Following = following });
        }

        return new RankedMemory(facts, new RecallCandidates(candidates, statistics));
    }

    /// <summary>The statistics every candidate row carries: followed terms, the message's known terms, indexed messages and their length.</summary>
    private static RecallStatistics Statistics(NpgsqlDataReader reader)
    {
        static Dictionary<long, int> Frequencies(NpgsqlDataReader reader, int terms) => reader.IsDBNull(terms)
            ? []
            : reader.GetFieldValue<long[]>(terms).Zip(reader.GetFieldValue<int[]>(terms + 1)).ToDictionary(e => e.First, e => e.Second);

        var documents = reader.IsDBNull(14) ? 0 : reader.GetInt64(14);
        var length = reader.IsDBNull(15) ? 0 : reader.GetInt64(15);
        return new RecallStatistics(documents, documents == 0 ? Bm25.ReferenceLength : (double)length / documents, Frequencies(reader, 12))
        {
            Expansion = Frequencies(reader, 10),
        };
    }

    private static List<RecallNeighbour> Following(long[] sequences, string[] roles, string[] contents) =>
        [.. sequences.Select((s, i) => new RecallNeighbour(s, roles[i], contents[i]))];
}

/// <summary>A ranking as the statements of one batch, and how to read their results.</summary>
public sealed record RankingStatements(IReadOnlyList<NpgsqlBatchCommand> Commands, Func<NpgsqlDataReader, CancellationToken, Task<RankedMemory>> ReadAsync);
