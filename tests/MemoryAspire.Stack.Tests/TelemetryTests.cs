using MemoryAspire.Dashboard.Telemetry;
using MemoryAspire.Hosting.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace MemoryAspire.Stack.Tests;

[Collection(StackTests.Name)]
public sealed class TelemetryTests(StackFixture stack)
{
    private static async Task<T> EventuallyAsync<T>(Func<T?> probe, string what, Func<string>? seen = null) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no {what} in the dashboard after 60 s; seen: {seen?.Invoke()}");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task A_chat_turn_is_one_trace_through_postgres_redis_and_the_model_with_its_tokens_and_no_message_content()
    {
        var store = stack.App.Services.GetRequiredService<AppHostDashboard>().Server!.Store;
        using var client = await stack.ClientForAsync("traced-user");
        const string secret = "my-very-private-marker-7d1c";
        var turn = await client.ChatAsync($"Please remember {secret} and that I'm using ChromaDB for the vector store.");
        await client.WaitForMemoryJobsAsync(turn.GetProperty("sessionId").GetString()!);

        var trace = await EventuallyAsync(() => store.Spans.GroupBy(s => s.TraceId)
            .FirstOrDefault(t => t.Any(s => s.Service == "chatapi" && s.Kind == "server" && s.Name.StartsWith("POST /api/v1/chat", StringComparison.Ordinal))
                && t.Any(s => s.Attributes.ContainsKey("gen_ai.usage.input_tokens") && s.Attributes.GetValueOrDefault("gen_ai.usage.input_tokens") == OpenAiTestServer.PromptTokens.ToString(System.Globalization.CultureInfo.InvariantCulture))
                && t.Any(s => s.Scope == "Npgsql")
                && t.Any(s => s.Attributes.GetValueOrDefault("db.system.name") == "redis")), "chat trace through PostgreSQL, Redis and the model",
            () => string.Join("; ", store.Spans.Where(s => s.Service == "chatapi").Take(40).Select(s => $"{s.Scope}/{s.Name}/{s.Kind}/{s.Attributes.GetValueOrDefault("http.route")}/{s.Attributes.GetValueOrDefault("gen_ai.usage.input_tokens")}")));
        var model = Assert.Single(trace, s => s.Attributes.GetValueOrDefault("gen_ai.operation.name") == "chat");
        Assert.Equal("gpt-4o", model.Attributes["gen_ai.request.model"]);

        await EventuallyAsync(() => store.Spans.FirstOrDefault(s => s.Service == "memoryworker" && s.Name == "job extract"), "worker job span");
        await EventuallyAsync(() => store.Metrics.FirstOrDefault(m => m.Service == "chatapi" && m.Name == "gen_ai.client.token.usage"), "token usage metric");
        await EventuallyAsync(() => store.Metrics.FirstOrDefault(m => m.Service == "chatapi" && m.Name == "memoryaspire.context.tokens"), "context size metric");
        await EventuallyAsync(() => store.Metrics.FirstOrDefault(m => m.Service == "memoryworker" && m.Name == "memoryaspire.model.tokens" && m.Tags.GetValueOrDefault("memoryaspire.purpose") == "extract"), "extraction tokens");

        // Content stays out of telemetry unless explicitly enabled for development.
        Assert.DoesNotContain(store.Spans, s => s.Attributes.Values.Any(v => v.Contains(secret, StringComparison.Ordinal)) || s.Events.Any(e => e.Attributes.Values.Any(v => v.Contains(secret, StringComparison.Ordinal))));
        Assert.DoesNotContain(store.Logs, l => l.Message.Contains(secret, StringComparison.Ordinal) || l.Attributes.Values.Any(v => v.Contains(secret, StringComparison.Ordinal)));
    }
}
