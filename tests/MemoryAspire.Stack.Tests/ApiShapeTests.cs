using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MemoryAspire.Stack.Tests;

/// <summary>What every endpoint says it can answer, and how lists page.</summary>
[Collection(StackTests.Name)]
public sealed class ApiShapeTests(StackFixture stack)
{
    [Fact]
    public async Task The_openapi_document_lists_each_endpoints_refusals_from_its_signature()
    {
        var paths = (await stack.ChatApi.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths");
        (string Path, string Method, string[] Statuses)[] routes =
        [
            ("/api/v1/sessions", "get", ["200", "400"]),
            ("/api/v1/sessions/{sessionId}", "get", ["200", "404"]),
            ("/api/v1/sessions/{sessionId}", "delete", ["204", "404"]),
            ("/api/v1/sessions/{sessionId}/messages", "get", ["200", "400", "404"]),
            ("/api/v1/sessions/{sessionId}/summary", "get", ["200", "204", "404"]),
            ("/api/v1/memory/facts/{id}", "put", ["200", "400", "404", "409"]),
            ("/api/v1/memory/facts/{id}", "delete", ["204", "404"]),
            ("/api/v1/memory/forget", "post", ["202", "409"]),
            ("/api/v1/memory/forget/{id}", "get", ["200", "404"]),
            ("/api/v1/chat", "post", ["200", "400", "404", "413", "415", "422", "429", "502", "503", "504"]),
            ("/api/v1/chat/stream", "post", ["200", "400", "404", "413", "415", "422", "429", "502", "503", "504"]),
            ("/v1/models/{model}", "get", ["200", "404"]),
        ];
        foreach (var (path, method, statuses) in routes)
        {
            var responses = paths.GetProperty(path).GetProperty(method).GetProperty("responses");
            foreach (var status in statuses)
            {
                Assert.True(responses.TryGetProperty(status, out _), $"{method.ToUpperInvariant()} {path} does not declare {status}");
            }
        }

        var stream = paths.GetProperty("/api/v1/chat/stream").GetProperty("post").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(stream.TryGetProperty("text/event-stream", out _), "the streamed turn is not declared as server-sent events");
        var session = paths.GetProperty("/api/v1/sessions/{sessionId}").GetProperty("get").GetProperty("parameters")[0].GetProperty("schema");
        Assert.Equal("uuid", session.GetProperty("format").GetString());
    }

    [Fact]
    public async Task Sessions_page_by_limit_and_the_next_cursor_until_the_last_page()
    {
        using var client = await stack.ClientForAsync($"pager-{Guid.NewGuid():N}");
        List<string> sessions = [];
        for (var i = 0; i < 3; i++)
        {
            sessions.Insert(0, (await client.ChatAsync($"Session number {i}.")).GetProperty("sessionId").GetString()!);
        }

        using var first = await client.GetAsync("/api/v1/sessions?limit=2");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(sessions[..2], (await first.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var next = Assert.Single(first.Headers.GetValues("Link"));
        Assert.Matches("^</api/v1/sessions\\?limit=2&before=[A-Za-z0-9_-]+>; rel=\"next\"$", next);

        using var second = await client.GetAsync(next[1..next.IndexOf('>', StringComparison.Ordinal)]);
        Assert.Equal(sessions[2..], (await second.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.False(second.Headers.Contains("Link"), "the last page points to a next one");

        using var all = await client.GetAsync("/api/v1/sessions");
        Assert.Equal(sessions, (await all.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.False(all.Headers.Contains("Link"));

        foreach (var bad in new[] { "limit=0", "limit=201", "before=not-a-cursor", "before=WyJ4Il0" })
        {
            using var refused = await client.GetAsync($"/api/v1/sessions?{bad}");
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{bad}: {(int)refused.StatusCode}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_sessions_messages_page_back_from_the_latest()
    {
        using var client = await stack.ClientForAsync($"message-pager-{Guid.NewGuid():N}");
        var sessionId = (await client.ChatAsync("First message.")).GetProperty("sessionId").GetString()!;
        await client.ChatAsync("Second message.", sessionId);

        using var latest = await client.GetAsync($"/api/v1/sessions/{sessionId}/messages?limit=3");
        Assert.Equal([2L, 3L, 4L], (await latest.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(m => m.GetProperty("sequence").GetInt64()));
        var next = Assert.Single(latest.Headers.GetValues("Link"));
        using var earlier = await client.GetAsync(next[1..next.IndexOf('>', StringComparison.Ordinal)]);
        Assert.Equal([1L], (await earlier.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(m => m.GetProperty("sequence").GetInt64()));
        Assert.False(earlier.Headers.Contains("Link"));
    }
}
