using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace MemoryAspire.Stack.Tests;

[Collection(DependencyOutages.Name)]
public sealed class DependencyOutageTests(DependencyOutageFixture stack, ITestOutputHelper output)
{
    private sealed record Answer(string Route, HttpStatusCode Status, TimeSpan? RetryAfter, string? MediaType, JsonElement? Problem);

    [Fact]
    public async Task While_PostgreSQL_is_down_requests_answer_503_naming_it_with_retry_after_and_turns_work_again_once_it_is_back()
    {
        using var client = await stack.ClientForAsync("outage-postgres");
        using var newcomer = await stack.ClientForAsync("outage-newcomer");
        var sessionId = (await client.ChatAsync("Hello before the outage")).GetProperty("sessionId").GetString();
        int port;
        await using (var db = await stack.OpenDatabaseAsync())
        {
            port = db.Port;
        }

        // A streamed turn under way: its message is stored and the model is answering (3 s) when PostgreSQL goes.
        using var streaming = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat/stream") { Content = JsonContent.Create(new { message = "Streamed while it goes #pause", sessionId }) };
        using var stream = await client.SendAsync(streaming, HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.Equal("event: context", await events.ReadLineAsync());

        await stack.KillPostgresAsync();
        Assert.False(await DependencyOutageFixture.AcceptsAsync(port), "PostgreSQL still accepts connections after SIGKILL");
        var streamed = RouteFuzzer.Events("event: context\n" + await events.ReadToEndAsync()).ToList();
        var error = Assert.Single(streamed, e => e.Name == "error");
        using (var problem = JsonDocument.Parse(error.Data))
        {
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("PostgreSQL is unavailable", problem.RootElement.GetProperty("title").GetString());
        }

        Assert.DoesNotContain(streamed, e => e.Name == "done");

        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(
            SendAsync(client, HttpMethod.Post, "/api/v1/chat", new { message = "During the outage", sessionId }),
            SendAsync(client, HttpMethod.Post, "/api/v1/chat", new { message = "A new session during the outage" }),
            SendAsync(client, HttpMethod.Post, "/api/v1/chat/stream", new { message = "Streamed during the outage", sessionId }),
            SendAsync(client, HttpMethod.Get, "/api/v1/sessions"),
            SendAsync(client, HttpMethod.Get, $"/api/v1/sessions/{sessionId}/messages"),
            SendAsync(client, HttpMethod.Get, "/api/v1/memory/export"),
            SendAsync(newcomer, HttpMethod.Post, "/api/v1/chat", new { message = "My first message, during the outage" }),
            SendAsync(stack.ChatApi, HttpMethod.Put, "/api/v1/system/users/outage-postgres/facts",
                new { facts = new[] { new { key = "employer", value = "Contoso" } } }, StackFixture.SystemKey));
        output.WriteLine($"{answers.Length} requests answered in {clock.Elapsed.TotalSeconds:0.0} s while PostgreSQL was down");

        foreach (var answer in answers)
        {
            Assert.True(answer.Status == HttpStatusCode.ServiceUnavailable, $"{answer.Route} answered {(int)answer.Status}: {answer.Problem}");
            Assert.Equal("application/problem+json", answer.MediaType);
            Assert.InRange(answer.RetryAfter!.Value.TotalSeconds, 1, 60);
            Assert.Equal("PostgreSQL is unavailable", answer.Problem!.Value.GetProperty("title").GetString());
            Assert.StartsWith("PostgreSQL", answer.Problem!.Value.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the outage took {clock.Elapsed.TotalSeconds:0.0} s to be reported");
        using (var health = await stack.ChatApi.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        await stack.RestartAsync("postgres");
        var back = await UntilOkAsync(() => client.PostAsJsonAsync("/api/v1/chat", new { message = "After the outage", sessionId }));
        output.WriteLine($"a chat turn succeeded {back.TotalSeconds:0.0} s after PostgreSQL was started again");
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/messages");
        Assert.Contains(messages.EnumerateArray(), m => m.GetProperty("content").GetString() == "After the outage");
        Assert.Equal(HttpStatusCode.OK, (await newcomer.PostAsJsonAsync("/api/v1/chat", new { message = "My first message, after the outage" })).StatusCode);
    }

    [Fact]
    public async Task While_Redis_is_down_chat_turns_are_served_from_PostgreSQL_without_waiting_for_it()
    {
        using var client = await stack.ClientForAsync("outage-redis");
        var sessionId = (await client.ChatAsync("Hello, I use Qdrant for the vector store.")).GetProperty("sessionId").GetString();
        int port;
        await using (var redis = await stack.ConnectRedisAsync())
        {
            port = redis.GetEndPoints()[0] switch { DnsEndPoint dns => dns.Port, IPEndPoint ip => ip.Port, var other => throw new InvalidOperationException($"{other}") };
        }

        // The same two turns and read with Redis up, so the bound below holds under any load on the machine: waiting out one Redis
        // command's timeout (5 s, the client's default) would add more than the 3 s allowed over this.
        var clock = Stopwatch.StartNew();
        await client.ChatAsync("While Redis is still up", sessionId);
        await client.ChatAsync("A new session while Redis is up");
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/messages");
        var up = clock.Elapsed;

        await stack.KillRedisAsync();
        clock.Restart();
        await client.ChatAsync("While Redis is down", sessionId);
        await client.ChatAsync("A new session while Redis is down");
        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/messages");
        var down = clock.Elapsed;
        output.WriteLine($"two turns and a read in {down.TotalMilliseconds:0} ms while Redis was down, {up.TotalMilliseconds:0} ms while it was up");
        Assert.Contains(messages.EnumerateArray(), m => m.GetProperty("content").GetString() == "While Redis is down");
        Assert.True(down < up + TimeSpan.FromSeconds(3), $"turns waited for Redis: {down.TotalSeconds:0.0} s down, {up.TotalSeconds:0.0} s up");

        await stack.RestartAsync("cache");
        await client.ChatAsync("After Redis is back", sessionId);
        var prompt = stack.Model.ChatPrompts.Last(p => p.LastUser == "After Redis is back");
        Assert.Contains(prompt.Messages, m => m.Role == "user" && m.Content == "While Redis is down");
    }

    private static async Task<Answer> SendAsync(HttpClient client, HttpMethod method, string route, object? body = null, string? systemKey = null)
    {
        using var request = new HttpRequestMessage(method, route) { Content = body is null ? null : JsonContent.Create(body) };
        if (systemKey is not null)
        {
            request.Headers.Add("X-System-Key", systemKey);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement? problem = text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : null;
        return new($"{method} {route}", response.StatusCode, response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType, problem);
    }

    private static async Task<TimeSpan> UntilOkAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await send();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return clock.Elapsed;
            }

            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"answered {(int)response.StatusCode} while PostgreSQL came back");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "no successful turn within 60 s of PostgreSQL's restart");
            await Task.Delay(500);
        }
    }
}
