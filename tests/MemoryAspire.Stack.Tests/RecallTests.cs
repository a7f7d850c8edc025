using System.Globalization;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MemoryAspire.Stack.Tests;

[Collection(StackTests.Name)]
public sealed class RecallTests(StackFixture stack)
{
    /// <summary>Replays sessions as the recall benchmark does: each line a user message "[date] Speaker: text", one session each.</summary>
    private static async Task<List<string>> ReplayAsync(HttpClient client, IEnumerable<string[]> sessions)
    {
        List<string> ids = [];
        foreach (var lines in sessions)
        {
            string? sessionId = null;
            foreach (var line in lines)
            {
                sessionId = (await client.ChatAsync(line, sessionId)).GetProperty("sessionId").GetString()!;
            }

            await client.WaitForMemoryJobsAsync(sessionId!);
            ids.Add(sessionId!);
        }

        return ids;
    }

    private static readonly string[] EarlySession =
    [
        "[2024-03-02] Maya: Morning! How was the weekend?",
        "[2024-03-02] Maya: What did you end up naming the puppy?",
        "[2024-03-02] Tom: Biscuit, after the cookie. She chews everything.",
        "[2024-03-02] Maya: Ha, good luck with the shoes.",
    ];

    /// <summary>Later sessions in which Tom says a lot, none of it about the puppy.</summary>
    private static IEnumerable<string[]> LaterSessions() => Enumerable.Range(0, 4).Select(s =>
    {
        var day = new DateOnly(2024, 4, 1).AddDays(s * 20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new[]
        {
            $"[{day}] Tom: The train was late again, Tom strikes again with bad luck.",
            $"[{day}] Maya: Poor Tom. Did you at least get a coffee?",
            $"[{day}] Tom: I did, and I named my new plant Fernando.",
        };
    });

    [Fact]
    public async Task A_question_about_an_early_session_is_answered_from_recall_in_a_new_session_with_the_date_and_the_answer_that_followed()
    {
        using var client = await stack.ClientForAsync("recall-early");
        var sessions = await ReplayAsync(client, [EarlySession, .. LaterSessions()]);

        var turn = await client.ChatAsync("What is the name of Tom's puppy?");

        var prompt = stack.Model.ChatPrompts.Last(p => p.LastUser == "What is the name of Tom's puppy?");
        var recall = prompt.Messages.Single(m => m.Role == "system" && m.Content.StartsWith("[Related earlier conversations]:", StringComparison.Ordinal)).Content;
        var stored = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Each line's words are quoted data: brackets inside them become parentheses.
        Assert.Contains($"- [{stored}] you: \"(2024-03-02) Maya: What did you end up naming the puppy?\"\n  assistant: \"Echo: (2024-03-02) Maya: What did you end up naming the puppy?\"\n"
            + "  you: \"(2024-03-02) Tom: Biscuit, after the cookie. She chews everything.\"", recall, StringComparison.Ordinal);
        var hits = turn.GetProperty("context").GetProperty("recall").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("sessionId").GetString() == sessions[0] && h.GetProperty("content").GetString()!.Contains("Biscuit", StringComparison.Ordinal));
        var section = turn.Section("recall").Single();
        Assert.True(section.GetProperty("included").GetBoolean());
        Assert.Equal(TokenCountOf(recall), section.GetProperty("tokens").GetInt32());
    }

    [Fact]
    public async Task A_question_that_shares_no_word_with_its_answer_is_answered_from_the_vector_index_with_the_date()
    {
        using var client = await stack.ClientForAsync("recall-vector");
        // The second session supersedes the first: MemoryWorker then gives the first session's messages their vectors.
        var sessions = await ReplayAsync(client, [
            ["[2024-03-02] Me: The Skoda Octavia failed its inspection again.", "[2024-03-02] Me: Anyway, how is the garden?"],
            .. LaterSessions().Take(1),
        ]);
        await using var db = await stack.OpenDatabaseAsync();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await CountAsync(db, "SELECT count(*) FROM recall_vectors v JOIN messages m ON m.id = v.message_id WHERE m.session_id = @id", Guid.Parse(sessions[0])) < 2
            && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(200);
        }

        const string Question = "Which vehicle do I own?";
        var turn = await client.ChatAsync(Question);

        var recall = stack.Model.ChatPrompts.Last(p => p.LastUser == Question).Messages
            .Where(m => m.Role == "system" && m.Content.StartsWith("[Related earlier conversations]:", StringComparison.Ordinal)).Select(m => m.Content).SingleOrDefault();
        Assert.True(recall is not null, $"no recall; vectors of the first session: {await CountAsync(db, "SELECT count(*) FROM recall_vectors v JOIN messages m ON m.id = v.message_id WHERE m.session_id = @id", Guid.Parse(sessions[0]))}; "
            + $"centroids: {await CountAsync(db, "SELECT count(*) FROM recall_centroids")}; context: {turn.GetProperty("context")}");
        var stored = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains($"- [{stored}] you: \"(2024-03-02) Me: The Skoda Octavia failed its inspection again.\"", recall!, StringComparison.Ordinal);
        Assert.Contains(turn.GetProperty("context").GetProperty("recall").EnumerateArray(),
            h => h.GetProperty("sessionId").GetString() == sessions[0] && h.GetProperty("content").GetString()!.Contains("Skoda", StringComparison.Ordinal));

        // Deleting the session takes the vectors with its messages.
        using (var deleted = await client.DeleteAsync($"/api/v1/sessions/{sessions[0]}"))
        {
            deleted.EnsureSuccessStatusCode();
        }

        Assert.Equal(0L, await CountAsync(db, "SELECT count(*) FROM recall_vectors v WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = v.message_id)"));
        var after = await client.ChatAsync($"{Question} Again.");
        Assert.DoesNotContain("Skoda", after.GetProperty("context").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_session_is_gone_from_recall_and_from_its_index()
    {
        using var client = await stack.ClientForAsync("recall-deleted");
        var sessions = await ReplayAsync(client, [EarlySession, .. LaterSessions().Take(1)]);
        var before = await client.ChatAsync("What is the name of Tom's puppy?");
        Assert.Contains(before.GetProperty("context").GetProperty("recall").EnumerateArray(), h => h.GetProperty("content").GetString()!.Contains("Biscuit", StringComparison.Ordinal));

        using (var deleted = await client.DeleteAsync($"/api/v1/sessions/{sessions[0]}"))
        {
            deleted.EnsureSuccessStatusCode();
        }

        var after = await client.ChatAsync("What is the name of Tom's puppy? Again.");
        Assert.DoesNotContain("Biscuit", after.GetProperty("context").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Biscuit", stack.Model.ChatPrompts.Last(p => p.LastUser == "What is the name of Tom's puppy? Again.").Text, StringComparison.Ordinal);
        await using var db = await stack.OpenDatabaseAsync();
        await using var orphans = new NpgsqlCommand("""
            SELECT count(*) FROM recall_postings p
            WHERE p.message_id IN (SELECT id FROM messages WHERE session_id = @gone) OR NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = p.message_id)
            """, db);
        orphans.Parameters.AddWithValue("gone", Guid.Parse(sessions[0]));
        Assert.Equal(0L, (long)(await orphans.ExecuteScalarAsync())!);
        await using var kept = new NpgsqlCommand("SELECT count(*) FROM recall_postings p JOIN users u ON u.id = p.user_id WHERE u.subject = 'recall-deleted'", db);
        Assert.True((long)(await kept.ExecuteScalarAsync())! > 0, "the remaining session's messages stay indexed");
    }

    [Fact]
    public async Task Messages_stored_before_the_index_existed_are_indexed_once_by_the_backfill()
    {
        using var client = await stack.ClientForAsync("recall-backfill");
        var sessions = await ReplayAsync(client, [["[2023-01-01] Tom: We went out on the lake today."]]);
        var old = Guid.CreateVersion7();
        await using var db = await stack.OpenDatabaseAsync();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO messages (id, session_id, user_id, sequence, role, content, tokens, pii_kinds, created_at)
            SELECT @id, s.id, s.user_id, 1000, 'user', '[2023-01-01] Tom: Our old canoe was called Driftwood.', 12, '{}', now() FROM sessions s WHERE s.id = @session
            """, db))
        {
            insert.Parameters.AddWithValue("id", old);
            insert.Parameters.AddWithValue("session", Guid.Parse(sessions[0]));
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }

        Assert.Equal(0L, await CountAsync(db, "SELECT count(*) FROM recall_postings WHERE message_id = @id", old));
        await BackfillAsync();
        var documents = await CountAsync(db, "SELECT documents FROM recall_statistics s JOIN users u ON u.id = s.user_id WHERE u.subject = 'recall-backfill'");
        await BackfillAsync();

        Assert.True(await CountAsync(db, "SELECT count(*) FROM recall_postings WHERE message_id = @id", old) >= 3);
        Assert.Equal(documents, await CountAsync(db, "SELECT documents FROM recall_statistics s JOIN users u ON u.id = s.user_id WHERE u.subject = 'recall-backfill'"));
        var turn = await client.ChatAsync("What was the old canoe called?");
        Assert.Contains(turn.GetProperty("context").GetProperty("recall").EnumerateArray(), h => h.GetProperty("content").GetString()!.Contains("Driftwood", StringComparison.Ordinal));
    }

    private async Task BackfillAsync()
    {
        var options = new DbContextOptionsBuilder<MemoryDbContext>().UseNpgsql(MemoryDbContext.TuneConnectionString(await stack.App.GetConnectionStringAsync("memorydb")));
        MemoryDbContext.ConfigureOptions(options);
        using var system = TenantScope.AsSystem();
        await using var context = new MemoryDbContext(options.Options);
        await new RecallBackfill(context, TimeProvider.System).RunAsync(2, CancellationToken.None);
    }

    private static async Task<long> CountAsync(NpgsqlConnection db, string sql, Guid? id = null)
    {
        await using var command = new NpgsqlCommand(sql, db);
        if (id is { } value)
        {
            command.Parameters.AddWithValue("id", value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static int TokenCountOf(string block) => MemoryAspire.Memory.Context.TokenCounter.CountMessage(block);
}
