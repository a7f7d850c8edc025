using Aspire.Hosting.ApplicationModel;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace MemoryAspire.Stack.Tests;

/// <summary>Retention as deployed: MemoryWorker's own sweeper on the real clock, and the admin API.</summary>
[Collection(RetentionTests.Name)]
public sealed class RetentionStackTests(RetentionFixture stack)
{
    private const string Marker = "killtest";

    private async Task<HttpClient> ClientAsync(string user, params string[] roles)
    {
        using var response = await stack.ChatApi.PostAsJsonAsync("/api/v1/dev/token", new { userName = user, roles });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = stack.App.CreateHttpClient("chatapi");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task The_admin_api_answers_admins_and_refuses_everyone_else_with_problem_details()
    {
        using var user = await ClientAsync("retention-user");
        using var admin = await ClientAsync("retention-admin", "memory-admin");

        foreach (var path in (string[])["/api/v1/admin/retention", "/api/v1/admin/audit"])
        {
            using var refused = await user.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            using var anonymous = await stack.ChatApi.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        var policy = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/retention");
        Assert.Equal(30, policy.GetProperty("messagesDays").GetDouble());
        Assert.Equal(90, policy.GetProperty("piiFactsDays").GetDouble());
        Assert.Equal(30, policy.GetProperty("factsByCategoryDays").GetProperty("identity").GetDouble());
        Assert.Equal(2000, policy.GetProperty("batchSize").GetInt32());

        await user.ChatAsync("Hello, my name is Robin and I use Rider.");
        var all = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/audit?limit=500");
        Assert.Equal(JsonValueKind.Array, all.ValueKind);
        Assert.Empty(await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/admin/audit?user=nobody-has-this-name") ?? []);
    }

    /// <summary>
    /// 200,000 expired messages (each tenth with a fact derived only from it) and 20,000 unexpired ones with their facts; the
    /// worker is SIGKILLed in the middle of sweeping them, restarted, and left to finish.
    /// </summary>
    [Fact]
    public async Task A_worker_killed_mid_sweep_and_restarted_leaves_everything_expired_gone_and_nothing_else_touched()
    {
        await using var db = await stack.OpenDatabaseAsync();
        await ExecuteAsync(db, $"""
            INSERT INTO users (id, subject, created_at) SELECT gen_random_uuid(), '{Marker}-' || g, now() FROM generate_series(1, 100) g;
            INSERT INTO sessions (id, user_id, strategy, next_sequence, created_at, last_active_at)
              SELECT gen_random_uuid(), u.id, 'hybrid', 1101, now(), now() FROM users u, generate_series(1, 2) WHERE u.subject LIKE '{Marker}-%';
            CREATE TEMP TABLE kill_sessions AS
              SELECT s.id, s.user_id, row_number() OVER (ORDER BY s.id) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.subject LIKE '{Marker}-%';
            INSERT INTO messages (id, session_id, user_id, sequence, role, content, tokens, pii_kinds, created_at)
              SELECT gen_random_uuid(), s.id, s.user_id, g, 'user', 'expired ' || g, 2, ARRAY[]::text[], now() - interval '60 days' + (s.n * 1000 + g) * interval '1 ms'
              FROM kill_sessions s, generate_series(1, 1000) g;
            INSERT INTO messages (id, session_id, user_id, sequence, role, content, tokens, pii_kinds, created_at)
              SELECT gen_random_uuid(), s.id, s.user_id, 1000 + g, 'user', 'kept ' || g, 2, ARRAY[]::text[], now() - interval '1 day'
              FROM kill_sessions s, generate_series(1, 100) g;
            INSERT INTO facts (id, user_id, key, value, category, confidence, source_message_id, source_session_id, confirmed_by_message_ids, authority,
                               observed_at, recorded_at, extractor, extractor_version, valid_from, status, pii_kinds)
              SELECT gen_random_uuid(), m.user_id, 'k-' || m.id, 'v', 'other', 0.9, m.id, m.session_id, ARRAY[m.id], 1,
                     now() - interval '1 day', now(), 'test', 'v1', now(), 'current', ARRAY[]::text[]
              FROM messages m JOIN kill_sessions s ON s.id = m.session_id WHERE m.sequence % 10 = 0;
            """);
        var expired = $"SELECT count(*) FROM messages m JOIN users u ON u.id = m.user_id WHERE u.subject LIKE '{Marker}-%' AND m.created_at < now() - interval '30 days'";
        var keptMessages = $"SELECT count(*), sum(hashtext(m.id::text || m.content)) FROM messages m JOIN users u ON u.id = m.user_id WHERE u.subject LIKE '{Marker}-%' AND m.created_at >= now() - interval '30 days'";
        var keptFacts = $"SELECT count(*), sum(hashtext(f.id::text || f.key)) FROM facts f JOIN messages m ON m.id = f.source_message_id JOIN users u ON u.id = f.user_id WHERE u.subject LIKE '{Marker}-%' AND m.created_at >= now() - interval '30 days'";
        var allFacts = $"SELECT count(*) FROM facts f JOIN users u ON u.id = f.user_id WHERE u.subject LIKE '{Marker}-%'";
        var orphans = $"SELECT count(*) FROM facts f JOIN users u ON u.id = f.user_id WHERE u.subject LIKE '{Marker}-%' AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id = f.source_message_id)";
        var messagesBefore = await RowAsync(db, keptMessages);
        var factsBefore = await RowAsync(db, keptFacts);
        Assert.Equal(20_000L, messagesBefore.Count);
        Assert.Equal(2_000L, factsBefore.Count);
        // The worker may already be sweeping: the expired messages' facts can be going, the unexpired ones' cannot.
        Assert.InRange(await CountAsync(db, allFacts), 2_000L, 22_000L);

        // Killed once the sweep is under way and well before it is done.
        var deadline = Stopwatch.StartNew();
        long left;
        while ((left = await CountAsync(db, expired)) > 150_000)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), $"the worker swept nothing in 60 s ({left} expired messages left)");
            await Task.Delay(20);
        }

        Assert.True(ManagedProcessSignal.Kill(stack.Stack.ProcessId("memoryworker")!.Value));
        using (var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await stack.App.ResourceNotifications.WaitForResourceAsync("memoryworker", KnownResourceStates.TerminalStates, exit.Token);
        }

        var atKill = await CountAsync(db, expired);
        Assert.InRange(atKill, 1, 150_000);
        Assert.Equal(0, await CountAsync(db, orphans));

        await stack.Stack.StartAsync("memoryworker");
        deadline.Restart();
        while ((left = await CountAsync(db, expired)) > 0)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), $"{left} expired messages still there 90 s after the restart (from {atKill} at the kill)");
            await Task.Delay(200);
        }

        Assert.Equal(messagesBefore, await RowAsync(db, keptMessages));
        Assert.Equal(0, await CountAsync(db, orphans));
        Assert.Equal(factsBefore, await RowAsync(db, keptFacts));
        Assert.Equal(2_000L, await CountAsync(db, allFacts));
        // Every expired message audited exactly once, across the killed worker and its successor.
        Assert.Equal(200_000L, await CountAsync(db, $"""
            SELECT coalesce(sum(cardinality(a.target_ids)), 0) FROM audit_entries a JOIN users u ON u.id = a.user_id
            WHERE u.subject LIKE '{Marker}-%' AND a.action = 'expire' AND a.target_type = 'message'
            """));

        // What the restarted worker swept shows in its metric (the killed one's last, unexported counts are lost with it).
        Task<double> ExpiredMessages() => WorkerMetrics.TotalAsync(stack, "memoryaspire.retention.expired", "_total",
            labels => labels.GetValueOrDefault("memoryaspire_retention_data_class") == "messages");
        deadline.Restart();
        while (await ExpiredMessages() < atKill)
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), $"memoryaspire.retention.expired counts {await ExpiredMessages()} messages, fewer than the {atKill} swept after the restart");
            await Task.Delay(250);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 120 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<(long Count, long Sum)> RowAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1));
    }
}

internal static class ManagedProcessSignal
{
    /// <summary>SIGKILL: no shutdown hooks, no chance to commit the open batch.</summary>
    public static bool Kill(int pid)
    {
        try
        {
            Process.GetProcessById(pid).Kill();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
