using System.Text.Json;
using MemoryAspire.Memory.Context;
using Npgsql;
using NpgsqlTypes;

namespace MemoryAspire.Recall.Benchmark;

/// <summary>
/// Writes a long history for one user straight into PostgreSQL with COPY, as the service would have stored it: sessions of
/// replayed lines (each a user message "[date] Speaker: text" followed by the model's reply), and the recall index and
/// statistics the worker would have written for the user messages, computed by the engine's own code (<see cref="Bm25.Postings"/>),
/// and a vector for every user message filed in its cell (<see cref="VectorPool"/>).
/// </summary>
public static class HistorySeed
{
    private sealed record SeedMessage(Guid Id, Guid SessionId, long Sequence, string Role, string Content, DateTimeOffset At);

    /// <summary>
    /// Vectors for seeded messages: embedding 50,000 messages would take minutes of CPU, so a pool of real lines' vectors
    /// (with their cells) is dealt out in turn. What the cost measurement needs is the index's shape: rows spread over the cells
    /// as real lines spread, read the way the chat path reads them.
    /// </summary>
    public sealed record VectorPool(IReadOnlyList<byte[]> Vectors, IReadOnlyList<int> Cells);

    public static async Task<Guid> SeedAsync(string database, string subject, int messages, IReadOnlyList<Conversation> source, VectorPool pool)
    {
        var userId = Guid.CreateVersion7();
        var sessionsSource = source.SelectMany(c => c.Sessions).ToList();
        var start = DateTimeOffset.UtcNow.AddDays(-3 * 365);
        var rows = new List<SeedMessage>(messages);
        var sessions = new List<(Guid Id, DateTimeOffset At, long Next)>();
        for (var s = 0; rows.Count < messages; s++)
        {
            var at = start.AddHours(s * 6);
            var sessionId = Guid.CreateVersion7(at);
            long sequence = 0;
            foreach (var line in sessionsSource[s % sessionsSource.Count].Lines)
            {
                foreach (var (role, content) in new[] { ("user", line.Message), ("assistant", "Noted.") })
                {
                    if (rows.Count < messages)
                    {
                        at = at.AddSeconds(7);
                        rows.Add(new SeedMessage(Guid.CreateVersion7(at), sessionId, ++sequence, role, content, at));
                    }
                }
            }

            sessions.Add((sessionId, at, sequence + 1));
        }

        await using var db = new NpgsqlConnection(database);
        await db.OpenAsync();
        await using (var user = new NpgsqlCommand("INSERT INTO users (id, subject, created_at) VALUES (@id, @subject, now())", db))
        {
            user.Parameters.AddWithValue("id", userId);
            user.Parameters.AddWithValue("subject", subject);
            await user.ExecuteNonQueryAsync();
        }

        await using (var writer = await db.BeginBinaryImportAsync("COPY sessions (id, user_id, strategy, title, next_sequence, created_at, last_active_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, at, next) in sessions)
            {
                await writer.WriteRowAsync(default, id, userId, "hybrid", "seeded", next, at, at);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await db.BeginBinaryImportAsync(
            "COPY messages (id, session_id, user_id, sequence, role, content, tokens, pii_kinds, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var m in rows)
            {
                await writer.WriteRowAsync(default, m.Id, m.SessionId, userId, m.Sequence, m.Role, m.Content, TokenCounter.Count(m.Content), Array.Empty<string>(), m.At);
            }

            await writer.CompleteAsync();
        }

        var terms = new Dictionary<long, int>();
        long documents = 0, length = 0;
        await using (var writer = await db.BeginBinaryImportAsync("COPY recall_postings (message_id, term, user_id, weight) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var m in rows.Where(r => r.Role == "user"))
            {
                var (entries, count) = Bm25.Postings(m.Content);
                if (entries.Count > 0)
                {
                    documents++;
                    length += count;
                }

                foreach (var entry in entries)
                {
                    await writer.WriteRowAsync(default, m.Id, entry.Term, userId, entry.Weight);
                    terms[entry.Term] = terms.GetValueOrDefault(entry.Term) + 1;
                }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await db.BeginBinaryImportAsync("COPY recall_terms (user_id, term, documents) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (term, count) in terms)
            {
                await writer.WriteRowAsync(default, userId, term, count);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await db.BeginBinaryImportAsync("COPY recall_vectors (message_id, user_id, cell, created_at, vector) FROM STDIN (FORMAT BINARY)"))
        {
            var next = 0;
            foreach (var m in rows.Where(r => r.Role == "user"))
            {
                var index = next++ % pool.Vectors.Count;
                await writer.WriteRowAsync(default, m.Id, userId, pool.Cells[index], m.At, pool.Vectors[index]);
            }

            await writer.CompleteAsync();
        }

        // The sessions' trigger queued the user for vectors, which the seed has just written.
        await using (var queued = new NpgsqlCommand("DELETE FROM recall_vector_backlog WHERE user_id = @user", db))
        {
            queued.Parameters.AddWithValue("user", userId);
            await queued.ExecuteNonQueryAsync();
        }

        await using (var statistics = new NpgsqlCommand("INSERT INTO recall_statistics (user_id, documents, terms) VALUES (@user, @documents, @terms)", db))
        {
            statistics.Parameters.AddWithValue("user", userId);
            statistics.Parameters.AddWithValue("documents", documents);
            statistics.Parameters.AddWithValue("terms", length);
            await statistics.ExecuteNonQueryAsync();
        }

        return userId;
    }

    /// <summary>What autovacuum would have done since: visibility map and planner statistics for the seeded tables.</summary>
    public static async Task SettleAsync(string database)
    {
        await using var db = new NpgsqlConnection(database);
        await db.OpenAsync();
        foreach (var table in new[] { "users", "sessions", "messages", "recall_postings", "recall_terms", "recall_statistics", "recall_vectors" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM (ANALYZE) {table}", db) { CommandTimeout = 900 };
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    /// <summary>EXPLAIN (ANALYZE, BUFFERS) of the chat path's recall statements for one question, as the user (row-level security on).</summary>
    public static async Task<(double Milliseconds, long SharedHit, long SharedRead, string Plan)> ExplainAsync(string database, Guid userId, string question, QuestionVector? vector)
    {
        var ranking = PostgresMemoryRanker.Statements(new RankRequest(userId, Guid.Empty, question, 0, true) { Vector = vector })!;
        await using var db = new NpgsqlConnection(database);
        await db.OpenAsync();
        // The ranking runs inside a function: auto_explain sends the plans of its statements to this connection as notices.
        var nested = new List<string>();
        db.Notice += (_, e) => nested.Add(e.Notice.MessageText);
        await using (var load = new NpgsqlCommand("LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on; "
            + "SET auto_explain.log_buffers = on; SET auto_explain.log_nested_statements = on; SET client_min_messages = log", db))
        {
            await load.ExecuteNonQueryAsync();
        }

        await using (var tenant = new NpgsqlCommand("SELECT set_config('role', 'memory_app', false), set_config('memory.user_id', @user, false)", db))
        {
            tenant.Parameters.AddWithValue("user", userId.ToString());
            await tenant.ExecuteNonQueryAsync();
        }

        double ms = 0;
        long hit = 0, read = 0;
        var plan = "";
        foreach (var statement in ranking.Commands)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + statement.CommandText, db);
            foreach (NpgsqlParameter parameter in statement.Parameters)
            {
                explain.Parameters.Add(parameter.Clone());
            }

            var json = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync())!).RootElement[0];
            ms += json.GetProperty("Execution Time").GetDouble() + json.GetProperty("Planning Time").GetDouble();
            hit += json.GetProperty("Plan").GetProperty("Shared Hit Blocks").GetInt64();
            read += json.GetProperty("Plan").GetProperty("Shared Read Blocks").GetInt64();
            plan = json.GetProperty("Plan").ToString();
        }

        return (ms, hit, read, string.Join("\n\n", [plan, .. nested.Where(n => n.Contains("recall_postings", StringComparison.Ordinal) || n.Contains("recall_vectors", StringComparison.Ordinal))]));
    }
}
