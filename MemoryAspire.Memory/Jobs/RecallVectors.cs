using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Storage;
using Npgsql;

namespace MemoryAspire.Memory.Jobs;

/// <summary>
/// The vector index's writer (MemoryWorker, as the system): gives the user messages of a user's earlier sessions their
/// vectors. A user is queued (<c>recall_vector_backlog</c>, by a trigger on sessions) when they open a session while having
/// another, because recall searches only the other sessions: messages of the newest session are embedded once it is
/// superseded, never on the chat path, and a user who keeps one session costs nothing. Messages are read a page at a time
/// and embedded in batches of similar length. The cells' centroids are made once, from the model's own vocabulary (no
/// user's text in them, so nothing to erase), and kept in <c>recall_centroids</c> for ChatApi to read.
/// </summary>
public sealed class RecallVectors(MemoryDbContext db, SentenceEmbedder embedder)
{
    /// <summary>Messages embedded per statement pair (read, write).</summary>
    public const int Page = 256;

    /// <summary>Vocabulary words the centroids are made from.</summary>
    private const int CentroidWords = 3000;

    /// <summary>The centroids, made and stored first if there are none (the first worker to get there wins; the others read its).</summary>
    public async Task<IReadOnlyList<float[]>> CentroidsAsync(CancellationToken cancellationToken)
    {
        if (await RecallCentroidsReader.ReadAsync(db, cancellationToken).ConfigureAwait(false) is { Count: > 0 } stored)
        {
            return stored;
        }

        // Whole words of the vocabulary, evenly spread over it (it runs from frequent to rare): a map of what people write about.
        var words = embedder.Vocabulary.Where(w => w.Length >= 3 && w.All(char.IsAsciiLetterLower)).ToList();
        var sample = Enumerable.Range(0, Math.Min(CentroidWords, words.Count)).Select(i => words[i * words.Count / Math.Min(CentroidWords, words.Count)]).ToList();
        var centroids = VectorRecall.Centroids(embedder.Embed(sample), VectorRecall.Cells);
        await using var batch = new NpgsqlBatch();
        for (var cell = 0; cell < centroids.Length; cell++)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO recall_centroids (cell, centroid) VALUES (@cell, @centroid) ON CONFLICT DO NOTHING")
                .With("cell", cell).With("centroid", centroids[cell]));
        }

        await db.RunAsync(batch, (_, _) => Task.FromResult(0), cancellationToken).ConfigureAwait(false);
        return await RecallCentroidsReader.ReadAsync(db, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Works through up to <paramref name="users"/> queued users, oldest first.</summary>
    /// <returns>How many vectors were written.</returns>
    public async Task<int> RunAsync(int users, CancellationToken cancellationToken)
    {
        const string Queued = "SELECT user_id, since FROM recall_vector_backlog ORDER BY since LIMIT @users";
        // The user's messages outside their newest session that have no vector yet (the worker may scan a user's history).
        const string Unembedded = """
            SELECT m.id, m.content, m.created_at FROM messages m
            WHERE m.user_id = @user AND m.role = 'user' AND m.id > @after
              AND m.session_id <> (SELECT s.id FROM sessions s WHERE s.user_id = @user ORDER BY s.created_at DESC, s.id DESC LIMIT 1)
              AND NOT EXISTS (SELECT 1 FROM recall_vectors v WHERE v.message_id = m.id)
            ORDER BY m.id
            LIMIT @page
            """;
        // Only for messages still there: one deleted meanwhile takes nothing with it that could stay behind.
        const string Store = """
            INSERT INTO recall_vectors (message_id, user_id, cell, created_at, vector)
            SELECT u.id, m.user_id, u.cell, m.created_at, u.vector
            FROM unnest(@ids, @cells, @vectors) AS u(id, cell, vector) JOIN messages m ON m.id = u.id
            ON CONFLICT DO NOTHING
            """;
        // Queued again meanwhile (another new session): left for the next round.
        const string Done = "DELETE FROM recall_vector_backlog WHERE user_id = @user AND since = @since";

        var centroids = await CentroidsAsync(cancellationToken).ConfigureAwait(false);
        List<(Guid User, DateTimeOffset Since)> queued;
        await using (var batch = RawSql.Batch(Queued, c => c.With("users", users)))
        {
            queued = await db.RunAsync(batch, async (reader, ct) =>
            {
                var read = new List<(Guid, DateTimeOffset)>();
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    read.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1)));
                }

                return read;
            }, cancellationToken).ConfigureAwait(false);
        }

        var written = 0;
        foreach (var (user, since) in queued)
        {
            var after = Guid.Empty;
            while (true)
            {
                List<(Guid Id, string Content)> page;
                await using (var batch = RawSql.Batch(Unembedded, c => c.With("user", user).With("after", after).With("page", Page)))
                {
                    page = await db.RunAsync(batch, async (reader, ct) =>
                    {
                        var read = new List<(Guid, string)>();
                        while (await reader.ReadAsync(ct).ConfigureAwait(false))
                        {
                            read.Add((reader.GetGuid(0), reader.GetString(1)));
                        }

                        return read;
                    }, cancellationToken).ConfigureAwait(false);
                }

                if (page.Count == 0)
                {
                    break;
                }

                var vectors = embedder.Embed([.. page.Select(p => p.Content)]);
                await using (var batch = RawSql.Batch(Store, c => c.With("ids", page.Select(p => p.Id).ToArray())
                    .With("cells", vectors.Select(v => VectorRecall.Cell(v, centroids)).ToArray())
                    .With("vectors", vectors.Select(v => VectorRecall.Quantize(v)).ToArray())))
                {
                    await db.RunAsync(batch, (_, _) => Task.FromResult(0), cancellationToken).ConfigureAwait(false);
                }

                written += page.Count;
                after = page[^1].Id;
                if (page.Count < Page)
                {
                    break;
                }
            }

            await using var done = RawSql.Batch(Done, c => c.With("user", user).With("since", since));
            await db.RunAsync(done, (_, _) => Task.FromResult(0), cancellationToken).ConfigureAwait(false);
        }

        return written;
    }
}
