using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MemoryAspire.Testing;

namespace MemoryAspire.Stack.Tests;

/// <summary>What a developer sees in Aspire's dashboard, read back through the dashboard's own telemetry API.</summary>
[Collection(StackTests.Name)]
public sealed class TelemetryTests(StackFixture stack)
{
    [Fact]
    public async Task A_chat_turn_is_one_trace_in_the_dashboard_through_postgres_redis_and_the_model_with_its_tokens_and_no_message_content()
    {
        var dashboard = stack.Telemetry!;
        using var client = await stack.ClientForAsync("traced-user");
        const string secret = "my-very-private-marker-7d1c";
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/chat")
        {
            Content = JsonContent.Create(new { message = $"Please remember {secret} and that I'm using ChromaDB for the vector store." }),
        };
        // The caller's trace (as Web's HttpClient sends it): the turn continues it.
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await client.SendAsync(request);
        await stack.AssertStatusAsync(System.Net.HttpStatusCode.OK, response);
        var sessionId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString()!;
        await client.WaitForMemoryJobsAsync(sessionId);

        var trace = await EventuallyAsync(async () =>
        {
            var spans = await dashboard.TraceAsync(traceId);
            return spans.Any(s => s.Service == "chatapi" && s.Kind == DashboardSpan.ServerKind && s.Name.StartsWith("POST /api/v1/chat", StringComparison.Ordinal))
                && spans.Any(s => s.Attributes.GetValueOrDefault("gen_ai.usage.input_tokens") == OpenAiTestServer.PromptTokens.ToString(CultureInfo.InvariantCulture))
                && spans.Any(s => s.Scope == "Npgsql")
                && spans.Any(IsRedis)
                ? spans : null;
        }, "the chat turn's trace through PostgreSQL, Redis and the model",
            async () => string.Join("; ", (await dashboard.TraceAsync(traceId)).Select(s => $"{s.Service}/{s.Scope}/{s.Name}")));

        var model = Assert.Single(trace, s => s.Attributes.GetValueOrDefault("gen_ai.operation.name") == "chat");
        Assert.Equal("gpt-4o", model.Attributes["gen_ai.request.model"]);
        Assert.Equal(OpenAiTestServer.CompletionTokens.ToString(CultureInfo.InvariantCulture), model.Attributes["gen_ai.usage.output_tokens"]);
        Assert.Contains(trace, s => s.Kind == DashboardSpan.ClientKind && s.Attributes.GetValueOrDefault("url.full", "").Contains("/v1/chat/completions", StringComparison.Ordinal));

        // The memory jobs the turn enqueued run in the worker in traces of their own, linked to the turn's.
        await EventuallyAsync(async () => (await dashboard.SpansAsync("memoryworker")).FirstOrDefault(s => s.Name == "job extract" && s.LinkedTraceIds.Contains(traceId)),
            "the extraction job's span linked to the turn");

        // Content stays out of telemetry unless explicitly enabled for development.
        foreach (var service in new[] { "chatapi", "memoryworker" })
        {
            Assert.DoesNotContain(await dashboard.SpansAsync(service), s => s.Attributes.Values.Concat(s.EventAttributeValues).Any(v => v.Contains(secret, StringComparison.Ordinal)));
            Assert.DoesNotContain(await dashboard.LogsAsync(service), l => l.Message.Contains(secret, StringComparison.Ordinal) || l.Attributes.Values.Any(v => v.Contains(secret, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Token_use_and_latency_are_exported_by_model_and_operation_with_the_memory_metrics()
    {
        using var client = await stack.ClientForAsync("metered-user");
        var sessionId = (await client.ChatAsync("I'm using Qdrant for the vector store.")).GetProperty("sessionId").GetString()!;
        await client.WaitForMemoryJobsAsync(sessionId);
        using var chatapi = stack.Stack.CreateHttpClient("chatapi");
        using var worker = stack.Stack.CreateHttpClient("memoryworker");

        var samples = await EventuallyAsync(async () =>
        {
            var scraped = await MetricSample.ScrapeAsync(chatapi);
            return MetricSample.Of(scraped, "gen_ai.client.token.usage", "_count").Any() ? scraped : null;
        }, "gen_ai.client.token.usage in ChatApi's metrics");
        Assert.True(MetricSample.Of(samples, "gen_ai.client.token.usage", "_count").Any(
            s => s.Labels.GetValueOrDefault("gen_ai_token_type") == "input" && s.Labels.GetValueOrDefault("gen_ai_request_model") == "gpt-4o" && s.Labels.GetValueOrDefault("gen_ai_operation_name") == "chat"),
            string.Join("; ", MetricSample.Of(samples, "gen_ai.client.token.usage", "_count").Select(s => string.Join(",", s.Labels.Select(l => $"{l.Key}={l.Value}")))));
        Assert.Contains(MetricSample.Of(samples, "gen_ai.client.operation.duration", "_count"), s => s.Labels.GetValueOrDefault("gen_ai_request_model") == "gpt-4o");
        Assert.NotEmpty(MetricSample.Of(samples, "memoryaspire.context.tokens", "_count"));

        var workerSamples = await MetricSample.ScrapeAsync(worker);
        Assert.Contains(MetricSample.Of(workerSamples, "gen_ai.client.token.usage", "_count"), s => s.Labels.GetValueOrDefault("gen_ai_request_model") == "gpt-4o-mini");
        Assert.NotEmpty(MetricSample.Of(workerSamples, "memoryaspire.jobs.queue.depth"));
    }

    private static bool IsRedis(DashboardSpan span) =>
        span.Attributes.GetValueOrDefault("db.system") == "redis" || span.Attributes.GetValueOrDefault("db.system.name") == "redis";

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, Func<Task<string>>? seen = null) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no {what} after 60 s; seen: {(seen is null ? "" : await seen())}");
            await Task.Delay(500);
        }
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what) where T : class => await EventuallyAsync(probe, what, null);
}
