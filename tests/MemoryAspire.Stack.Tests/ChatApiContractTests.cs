using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MemoryAspire.Stack.Tests;

[Collection(StackTests.Name)]
public sealed class ChatApiContractTests(StackFixture stack)
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task A_retried_request_with_the_same_idempotency_key_returns_the_first_answer_and_stores_nothing_twice()
    {
        using var client = await stack.ClientForAsync("idempotent-user");
        async Task<JsonElement> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat") { Content = JsonContent.Create(new { message = "Remember that I like tea." }) };
            request.Headers.Add("Idempotency-Key", "turn-42");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var first = await SendAsync();
        var second = await SendAsync();
        Assert.Equal(first.GetProperty("assistantMessageId").GetString(), second.GetProperty("assistantMessageId").GetString());
        Assert.False(first.GetProperty("replayed").GetBoolean());
        Assert.True(second.GetProperty("replayed").GetBoolean());
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{first.GetProperty("sessionId").GetString()}/messages");
        Assert.Equal(2, messages.GetArrayLength());

        using var reused = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat") { Content = JsonContent.Create(new { message = "Something else" }) };
        reused.Headers.Add("Idempotency-Key", "turn-42");
        var problem = await ProblemAsync(await client.SendAsync(reused), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("turn-42", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_problem_details_that_say_what_is_wrong()
    {
        using var client = await stack.ClientForAsync("bad-input-user");
        var empty = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/chat", new { message = "  " }), HttpStatusCode.BadRequest);
        Assert.Contains("empty", empty.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var large = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/chat", new { message = new string('x', 33 * 1024) }), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("32768", large.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var malformed = new StringContent("{\"message\": \"unterminated", Encoding.UTF8, "application/json");
        var json = await ProblemAsync(await client.PostAsync("/api/v1/chat", malformed), HttpStatusCode.BadRequest);
        Assert.Contains("not valid JSON", json.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var strategy = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/chat", new { message = "hi", strategy = "telepathy" }), HttpStatusCode.BadRequest);
        Assert.Contains("hybrid", strategy.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var badId = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/chat", new { message = "hi", sessionId = "not-a-guid" }), HttpStatusCode.BadRequest);
        Assert.Contains("not-a-guid", badId.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await ProblemAsync(await client.PostAsJsonAsync("/api/v1/chat", new { message = "hi", sessionId = Guid.NewGuid() }), HttpStatusCode.NotFound);
        await ProblemAsync(await client.GetAsync("/api/v1/sessions/nope"), HttpStatusCode.BadRequest);

        using var anonymous = stack.App.CreateHttpClient("chatapi");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/chat", new { message = "hi" })).StatusCode);
    }

    [Fact]
    public async Task The_issues_two_500s_a_hundred_emoji_and_a_nul_answer_200_and_a_400_that_names_the_character()
    {
        using var client = await stack.ClientForAsync("emoji-user");
        var emoji = string.Concat(Enumerable.Repeat("\U0001F642", 100));
        var turn = await client.ChatAsync(emoji);
        var sessions = await client.GetFromJsonAsync<JsonElement>("/api/v1/sessions");
        Assert.Equal(string.Concat(Enumerable.Repeat("\U0001F642", 28)) + "...", sessions[0].GetProperty("title").GetString());
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{turn.GetProperty("sessionId").GetString()}/messages");
        Assert.Equal(emoji, messages[0].GetProperty("content").GetString());

        var nul = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/chat", new { message = "Hello\0world" }), HttpStatusCode.BadRequest);
        Assert.Equal("Character cannot be stored", nul.GetProperty("title").GetString());
        Assert.Equal("message", nul.GetProperty("field").GetString());
        Assert.Equal("U+0000", nul.GetProperty("character").GetString());
        Assert.Equal(5, nul.GetProperty("position").GetInt32());

        using var lone = new StringContent("{\"message\": \"half a pair \\ud83d\"}", Encoding.UTF8, "application/json");
        var surrogate = await ProblemAsync(await client.PostAsync("/api/v1/chat", lone), HttpStatusCode.BadRequest);
        Assert.Contains("surrogate", surrogate.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_get_429_with_retry_after()
    {
        using var client = await stack.ClientForAsync("hasty-user");
        HttpResponseMessage? refused = null;
        for (var i = 0; i <= StackFixture.RequestsPerMinute + 1 && refused is null; i++)
        {
            // Empty messages are refused after counting, so this spends no model calls.
            var response = await client.PostAsJsonAsync("/api/v1/chat", new { message = "" });
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        var problem = await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("per minute", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
    }

    [Fact]
    public async Task Model_failure_answers_502_and_a_timeout_504_and_the_users_message_is_stored()
    {
        using var client = await stack.ClientForAsync("outage-user");
        var first = await client.ChatAsync("Hello before the outage");
        var sessionId = first.GetProperty("sessionId").GetString();

        var failed = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/chat", new { message = "This one fails #fail", sessionId }), HttpStatusCode.BadGateway);
        Assert.Contains("stored", failed.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var slow = await ProblemAsync(await client.PostAsJsonAsync("/api/v1/chat", new { message = "This one is slow #slow", sessionId }), HttpStatusCode.GatewayTimeout);
        Assert.Contains("did not answer", slow.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var messages = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/messages")).EnumerateArray().Select(m => m.GetProperty("content").GetString()).ToList();
        Assert.Contains("This one fails #fail", messages);
        Assert.Contains("This one is slow #slow", messages);

        // The unanswered messages are part of the conversation from now on.
        await client.ChatAsync("Are you back?", sessionId);
        var prompt = stack.Model.ChatPrompts.Last(p => p.LastUser == "Are you back?");
        Assert.Contains(prompt.Messages, m => m.Role == "user" && m.Content == "This one fails #fail");
    }

    [Fact]
    public async Task Deleting_a_session_removes_its_messages_and_the_facts_extracted_from_it()
    {
        using var client = await stack.ClientForAsync("deleter");
        var turn = await client.ChatAsync("I'm using Qdrant for the vector store.");
        var sessionId = turn.GetProperty("sessionId").GetString()!;
        await client.WaitForMemoryJobsAsync(sessionId);
        Assert.Contains((await client.GetFromJsonAsync<JsonElement>("/api/v1/memory/facts")).EnumerateArray(), f => f.GetProperty("value").GetString() == "Qdrant");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/sessions/{sessionId}/messages")).StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/memory/facts")).EnumerateArray());
        await using var db = await stack.OpenDatabaseAsync();
        await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM messages WHERE session_id = @s", db);
        count.Parameters.AddWithValue("s", Guid.Parse(sessionId));
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_openapi_document_names_and_summarizes_every_memory_governance_route()
    {
        var document = await stack.ChatApi.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        (string Path, string Method, string Name)[] routes =
        [
            ("/api/v1/memory/facts", "get", "ListFacts"),
            ("/api/v1/memory/facts/{id}", "put", "CorrectFact"),
            ("/api/v1/memory/facts/{id}", "delete", "DeleteFact"),
            ("/api/v1/sessions/{sessionId}/messages/{messageId}", "delete", "DeleteSessionMessage"),
            ("/api/v1/memory/export", "get", "ExportMemory"),
            ("/api/v1/memory/audit", "get", "ListAuditEntries"),
            ("/api/v1/memory/forget", "post", "ForgetMe"),
            ("/api/v1/memory/forget/{id}", "get", "GetErasure"),
            ("/api/v1/system/users/{subject}/facts", "put", "RecordSystemFacts"),
        ];
        foreach (var (path, method, name) in routes)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
            Assert.True(item.TryGetProperty(method, out var operation), $"{method.ToUpperInvariant()} {path} is not in the OpenAPI document");
            Assert.Equal(name, operation.GetProperty("operationId").GetString());
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
        }
    }
}
