using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MemoryAspire.Stack.Tests;

[Collection(StackTests.Name)]
public sealed class ConversationMemoryTests(StackFixture stack)
{
    public static readonly string[] SeedConversation =
    [
        "Hi! My name is Alex and I'm building a RAG system in Python.",
        "I'm using ChromaDB for the vector store.",
        "My main challenge is chunking strategy for long PDFs.",
        "I think 512 tokens with 50-token overlap is working well.",
        "Now I want to add entity extraction from the retrieved chunks.",
        "Can you remind me what vector store I said I was using?",
    ];

    private static async Task<(string SessionId, JsonElement LastTurn)> RunSeedAsync(HttpClient client, string? strategy = null)
    {
        string? sessionId = null;
        JsonElement turn = default;
        foreach (var message in SeedConversation)
        {
            turn = await client.ChatAsync(message, sessionId, strategy);
            sessionId = turn.GetProperty("sessionId").GetString()!;
            await client.WaitForMemoryJobsAsync(sessionId);
        }

        return (sessionId!, turn);
    }

    [Fact]
    public async Task Sixth_message_prompt_still_holds_ChromaDB_after_compaction_pushed_the_first_messages_out_of_the_window()
    {
        using var alex = await stack.ClientForAsync("alex-seed");
        var (sessionId, last) = await RunSeedAsync(alex, "summary");

        var prompt = stack.Model.ChatPrompts.Last(p => p.LastUser == SeedConversation[5]);
        Assert.Contains("ChromaDB", prompt.Text, StringComparison.Ordinal);
        // The first message is no longer sent verbatim: it is in the summary, which was made by the cheap model.
        Assert.DoesNotContain(prompt.Messages, m => m.Role == "user" && m.Content == SeedConversation[0]);
        Assert.Contains(prompt.Messages, m => m.Role == "system" && m.Content.StartsWith("[Conversation history summary]: ", StringComparison.Ordinal));

        var summary = await alex.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/summary");
        Assert.Equal("gpt-4o-mini", summary.GetProperty("model").GetString());
        Assert.Equal("summary-1", summary.GetProperty("promptVersion").GetString());
        Assert.True(summary.GetProperty("throughSequence").GetInt64() >= 3);
        Assert.Contains("ChromaDB", summary.GetProperty("content").GetString(), StringComparison.Ordinal);

        // Usage is what the model reported, stored with the turn.
        Assert.Equal(OpenAiTestServer.PromptTokens, last.GetProperty("usage").GetProperty("inputTokens").GetInt64());
        Assert.Equal(OpenAiTestServer.CompletionTokens, last.GetProperty("usage").GetProperty("outputTokens").GetInt64());
        Assert.Equal("openai", last.GetProperty("provider").GetString());
        var messages = await alex.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/messages");
        Assert.Equal(12, messages.GetArrayLength());
        var reply = messages.EnumerateArray().Last();
        Assert.Equal(OpenAiTestServer.PromptTokens, reply.GetProperty("inputTokens").GetInt32());
        Assert.True(messages[0].GetProperty("summarized").GetBoolean());

        // So is every call the memory jobs made for the session: one extraction per user message and the compactions, by the cheap model.
        var usage = await alex.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/usage");
        var byPurpose = usage.GetProperty("models").EnumerateArray().ToDictionary(m => m.GetProperty("purpose").GetString()!);
        Assert.Equal(["chat", "extract", "summarize"], byPurpose.Keys.Order());
        var (chat, extract, summarize) = (byPurpose["chat"], byPurpose["extract"], byPurpose["summarize"]);
        Assert.Equal(("openai", "gpt-4o", 6), (chat.GetProperty("provider").GetString(), chat.GetProperty("model").GetString(), chat.GetProperty("calls").GetInt32()));
        Assert.Equal(("openai", "gpt-4o-mini", 6), (extract.GetProperty("provider").GetString(), extract.GetProperty("model").GetString(), extract.GetProperty("calls").GetInt32()));
        Assert.Equal("gpt-4o-mini", summarize.GetProperty("model").GetString());
        var calls = byPurpose.Values.Sum(m => m.GetProperty("calls").GetInt32());
        Assert.True(summarize.GetProperty("calls").GetInt32() >= 1, usage.ToString());
        foreach (var model in byPurpose.Values)
        {
            Assert.Equal(model.GetProperty("calls").GetInt32() * (long)OpenAiTestServer.PromptTokens, model.GetProperty("inputTokens").GetInt64());
            Assert.Equal(model.GetProperty("calls").GetInt32() * (long)OpenAiTestServer.CompletionTokens, model.GetProperty("outputTokens").GetInt64());
        }

        Assert.Equal(calls * (long)OpenAiTestServer.PromptTokens, usage.GetProperty("inputTokens").GetInt64());
        Assert.Equal(calls * (long)OpenAiTestServer.CompletionTokens, usage.GetProperty("outputTokens").GetInt64());
    }

    [Fact]
    public async Task A_new_session_gets_the_name_and_the_vector_store_from_entity_memory_and_another_user_gets_nothing()
    {
        using var alex = await stack.ClientForAsync("alex-entity");
        var (sessionId, _) = await RunSeedAsync(alex);

        var fresh = await alex.ChatAsync("Which vector store should I tune first?");
        var profile = fresh.Section("profile").Single();
        Assert.True(profile.GetProperty("included").GetBoolean());
        var facts = fresh.GetProperty("context").GetProperty("facts").EnumerateArray().Select(f => $"{f.GetProperty("key").GetString()}={f.GetProperty("value").GetString()}").ToList();
        Assert.Contains("name=Alex", facts);
        Assert.Contains("vector store=ChromaDB", facts);
        var prompt = stack.Model.ChatPrompts.Last(p => p.LastUser == "Which vector store should I tune first?");
        Assert.Contains(prompt.Messages, m => m.Role == "system" && m.Content.Contains("[User profile]: ", StringComparison.Ordinal) && m.Content.Contains("Name: \"Alex\"", StringComparison.Ordinal) && m.Content.Contains("Vector store: \"ChromaDB\"", StringComparison.Ordinal));
        // Facts below the confidence bar are not kept.
        var stored = await alex.GetFromJsonAsync<JsonElement>("/api/v1/memory/facts");
        Assert.DoesNotContain(stored.EnumerateArray(), f => f.GetProperty("key").GetString() == "chunk size");
        var chroma = stored.EnumerateArray().Single(f => f.GetProperty("key").GetString() == "vector store");
        Assert.Equal("gpt-4o-mini", chroma.GetProperty("extractor").GetString());
        Assert.Equal(sessionId, chroma.GetProperty("sourceSessionId").GetString());

        using var bob = await stack.ClientForAsync("bob-entity");
        var bobTurn = await bob.ChatAsync("Which vector store am I using? What is my name?");
        Assert.Empty(bobTurn.GetProperty("context").GetProperty("facts").EnumerateArray());
        Assert.Empty(bobTurn.GetProperty("context").GetProperty("recall").EnumerateArray());
        Assert.DoesNotContain("Alex", stack.Model.ChatPrompts.Last(p => p.LastUser.StartsWith("Which vector store am I using", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain((await bob.GetFromJsonAsync<JsonElement>("/api/v1/memory/facts")).EnumerateArray(), f => f.GetProperty("value").GetString() is "Alex" or "ChromaDB");
        Assert.Single((await bob.GetFromJsonAsync<JsonElement>("/api/v1/sessions")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/v1/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/v1/sessions/{sessionId}/messages")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/v1/sessions/{sessionId}/summary")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.DeleteAsync($"/api/v1/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.PostAsJsonAsync("/api/v1/chat", new { message = "hello", sessionId })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alex.GetAsync($"/api/v1/sessions/{sessionId}")).StatusCode);
    }

    [Fact]
    public async Task ChatApi_restarted_and_redis_flushed_mid_conversation_change_nothing_in_the_next_prompt()
    {
        using var first = await stack.ClientForAsync("twin-a");
        using var second = await stack.ClientForAsync("twin-b");
        var (firstSession, _) = await RunSeedAsync(first, "summary");

        string? secondSession = null;
        foreach (var message in SeedConversation[..5])
        {
            secondSession = (await second.ChatAsync(message, secondSession, "summary")).GetProperty("sessionId").GetString();
            await second.WaitForMemoryJobsAsync(secondSession!);
        }

        var chatapiPid = stack.Stack.ProcessId("chatapi");
        await stack.Stack.RestartAsync("chatapi");
        Assert.NotEqual(chatapiPid, stack.Stack.ProcessId("chatapi"));
        await using (var redis = await stack.ConnectRedisAsync())
        {
            await redis.GetServers()[0].FlushAllDatabasesAsync();
        }

        await second.ChatAsync(SeedConversation[5], secondSession);
        var prompts = stack.Model.ChatPrompts.Where(p => p.LastUser == SeedConversation[5]).TakeLast(2).ToList();
        Assert.Equal(prompts[0].Text, prompts[1].Text);
        Assert.NotEqual(firstSession, secondSession);
    }

    [Fact]
    public async Task Turns_racing_in_one_session_leave_every_message_in_the_next_prompt()
    {
        using var client = await stack.ClientForAsync("racer");
        var sessionId = (await client.ChatAsync("I keep my notes in Obsidian.", strategy: "buffer")).GetProperty("sessionId").GetString()!;
        // Each turn extends the cached window only with the messages that directly follow it; racing turns drop it instead.
        var racing = Enumerable.Range(1, 6).Select(i => client.ChatAsync($"Racing message number {i}.", sessionId)).ToList();
        await Task.WhenAll(racing);

        await client.ChatAsync("Which note app do I use?", sessionId);
        var prompt = stack.Model.ChatPrompts.Last(p => p.LastUser == "Which note app do I use?");
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/messages");
        var stored = messages.EnumerateArray().Select(m => m.GetProperty("content").GetString()!).SkipLast(2).ToList();
        Assert.Equal(14, stored.Count);
        // A buffer of 6: the prompt holds exactly the 6 stored messages before the new one, in their stored order.
        Assert.Equal(stored.TakeLast(6), prompt.Messages.Where(m => m.Role is "user" or "assistant").SkipLast(1).Select(m => m.Content));
    }

    [Fact]
    public async Task Streaming_sends_context_then_text_then_the_stored_result()
    {
        using var client = await stack.ClientForAsync("streamer");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat/stream") { Content = JsonContent.Create(new { message = "Stream this please" }) };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = (await response.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(e => (Name: e.Split('\n')[0]["event: ".Length..], Data: JsonDocument.Parse(e.Split('\n')[1]["data: ".Length..]).RootElement.Clone())).ToList();
        Assert.Equal("context", events[0].Name);
        Assert.Equal("done", events[^1].Name);
        var text = string.Concat(events.Where(e => e.Name == "delta").Select(e => e.Data.GetProperty("text").GetString()));
        Assert.Equal("Echo: Stream this please", text.Trim());
        var done = events[^1].Data;
        Assert.Equal(OpenAiTestServer.CompletionTokens, done.GetProperty("usage").GetProperty("outputTokens").GetInt64());
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{done.GetProperty("sessionId").GetString()}/messages");
        Assert.Equal(text.Trim(), messages[1].GetProperty("content").GetString()!.Trim());
    }

    [Fact]
    public async Task Summary_job_failing_on_a_model_outage_is_retried_and_a_job_left_by_a_crashed_worker_is_taken_over()
    {
        using var client = await stack.ClientForAsync("retry-user");
        // Both HTTP attempts of this session's first summary call fail (the client retries once), so the job itself fails once.
        const string Marker = "(outage drill)";
        stack.Model.FailSummaries(2, of: Marker);
        string? sessionId = null;
        foreach (var message in SeedConversation[..3])
        {
            sessionId = (await client.ChatAsync($"{Marker} {message}", sessionId, "summary")).GetProperty("sessionId").GetString();
        }

        await client.WaitForMemoryJobsAsync(sessionId!);
        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/summary");
        Assert.Contains("ChromaDB", summary.GetProperty("content").GetString(), StringComparison.Ordinal);
        await using var db = await stack.OpenDatabaseAsync();
        await using (var attempts = new Npgsql.NpgsqlCommand("SELECT attempts FROM jobs WHERE kind = 'summarize' AND session_id = @s AND status = 'done' ORDER BY id LIMIT 1", db))
        {
            attempts.Parameters.AddWithValue("s", Guid.Parse(sessionId!));
            Assert.Equal(2, Convert.ToInt32(await attempts.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }

        // A worker that claimed a job and died: its lease has run out, so a live worker takes the job over.
        await using (var orphan = new Npgsql.NpgsqlCommand("""
            INSERT INTO jobs (kind, dedup_key, user_id, session_id, message_id, status, attempts, run_after, locked_until, locked_by, created_at)
            SELECT 'extract', 'extract:orphan:' || m.id, m.user_id, m.session_id, m.id, 'pending', 1, now(), now() - interval '1 second', 'crashed-worker', now()
            FROM messages m WHERE m.session_id = @s AND m.sequence = 3
            """, db))
        {
            orphan.Parameters.AddWithValue("s", Guid.Parse(sessionId!));
            Assert.Equal(1, await orphan.ExecuteNonQueryAsync());
        }

        await client.WaitForMemoryJobsAsync(sessionId!);
        await using var taken = new Npgsql.NpgsqlCommand("SELECT status, locked_by FROM jobs WHERE dedup_key LIKE 'extract:orphan:%'", db);
        await using var reader = await taken.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("done", reader.GetString(0));
        Assert.NotEqual("crashed-worker", reader.GetString(1));
    }
}
