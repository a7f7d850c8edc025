using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemoryAspire.LoadDriver;

/// <summary>One pair of turns: the same message through <c>/api/v1/chat</c> and through <c>/v1/chat/completions</c>, in milliseconds.</summary>
/// <param name="ApiModel">The model server's own time for the <c>/api/v1/chat</c> turn (0 when not recorded).</param>
public sealed record TurnPair(double Api, double ApiModel, double OpenAi, double OpenAiModel);

/// <summary>
/// The latency <c>/v1/chat/completions</c> adds over <c>/api/v1/chat</c> for the same turn. Each user sends every message
/// twice, once to each endpoint in a random order, each endpoint in its own session of <see cref="SessionTurns"/> turns; the
/// OpenAI request carries what an OpenAI client sends, its system prompt and the session's conversation so far. Bodies are
/// serialized before the clock starts and answers read whole before it stops, so the figures are the server's path.
/// </summary>
public static class OpenAiOverhead
{
    /// <summary>Turns per session before a user starts new ones (the conversation an OpenAI client resends grows up to this).</summary>
    public const int SessionTurns = 8;

    private const string SystemPrompt = "You are a terse consultant for retrieval systems.";

    private static readonly string[] Messages =
    [
        "How should I chunk long PDFs with tables for retrieval?",
        "I'm using Qdrant for the vector store. Should I filter by tenant in the query?",
        "What re-ranker would you put over the top twenty hits?",
        "Can you remind me which vector store I said I was using?",
        "How do I evaluate answer faithfulness on a small budget?",
        "Is 512 tokens with a 50-token overlap a sensible default?",
        "What should I log per request to track token costs?",
        "How do I stop retrieved documents from injecting instructions?",
    ];

    private static long requests;

    public static async Task<OverheadResult> RunAsync(BenchmarkTopology stack, InstantModelServer model, LoadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(stack);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Users * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = stack.App.GetEndpoint("chatapi"), Timeout = TimeSpan.FromSeconds(60),
        };
        var run = Guid.NewGuid().ToString("N")[..8];
        var tokens = await Task.WhenAll(Enumerable.Range(0, settings.Users).Select(i => TokenAsync(http, $"openai-{run}-{i}")));
        var clock = Stopwatch.StartNew();
        var measureTo = settings.Warmup + settings.Duration;
        var failures = 0;

        async Task<List<TurnPair>> UserAsync(string token, int index)
        {
            var order = new Random(index);
            var pairs = new List<TurnPair>();
            string? apiSession = null, openAiSession = null;
            var conversation = new JsonArray();
            for (var turn = 0; clock.Elapsed < measureTo; turn++)
            {
                if (turn % SessionTurns == 0)
                {
                    (apiSession, openAiSession, conversation) = (null, null, new JsonArray { new JsonObject { ["role"] = "system", ["content"] = SystemPrompt } });
                }

                var text = Messages[turn % Messages.Length];
                var start = clock.Elapsed;
                (double Ms, double Model, string? Session, string? Reply) api = default, openAi = default;
                var apiFirst = order.Next(2) == 0;
                for (var leg = 0; leg < 2; leg++)
                {
                    if ((leg == 0) == apiFirst)
                    {
                        api = await ApiTurnAsync(http, token, text, apiSession, settings.Strategy, model);
                        apiSession ??= api.Session;
                    }
                    else
                    {
                        openAi = await OpenAiTurnAsync(http, token, conversation, text, openAiSession, settings.Strategy, model);
                        openAiSession ??= openAi.Session;
                    }
                }

                if (api.Reply is null || openAi.Reply is null)
                {
                    Interlocked.Increment(ref failures);
                    continue;
                }

                conversation.Add(new JsonObject { ["role"] = "user", ["content"] = text });
                conversation.Add(new JsonObject { ["role"] = "assistant", ["content"] = openAi.Reply });
                if (start >= settings.Warmup && clock.Elapsed <= measureTo)
                {
                    pairs.Add(new TurnPair(api.Ms, api.Model, openAi.Ms, openAi.Model));
                }
            }

            return pairs;
        }

        var pairs = (await Task.WhenAll(tokens.Select(UserAsync))).SelectMany(p => p).ToList();
        return new OverheadResult(pairs, failures, settings);
    }

    private static async Task<(double Ms, double Model, string? Session, string? Reply)> ApiTurnAsync(HttpClient http, string token, string text, string? session, string? strategy,
        InstantModelServer model)
    {
        var request = Interlocked.Increment(ref requests);
        var body = JsonSerializer.SerializeToUtf8Bytes(new { message = $"{text} {InstantModelServer.Tag(request)}", sessionId = session, strategy });
        using var post = Post("/api/v1/chat", token, body);
        var (ms, answer) = await TimeAsync(http, post);
        var reply = answer?.GetProperty("reply").GetString();
        return (ms, model.ModelMicroseconds.GetValueOrDefault(request) / 1000, answer?.GetProperty("sessionId").GetString(), reply);
    }

    private static async Task<(double Ms, double Model, string? Session, string? Reply)> OpenAiTurnAsync(HttpClient http, string token, JsonArray conversation, string text,
        string? session, string? strategy, InstantModelServer model)
    {
        var request = Interlocked.Increment(ref requests);
        var messages = conversation.DeepClone().AsArray();
        messages.Add(new JsonObject { ["role"] = "user", ["content"] = $"{text} {InstantModelServer.Tag(request)}" });
        var body = JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["model"] = "gpt-4o", ["messages"] = messages });
        using var post = Post("/v1/chat/completions", token, body);
        if (session is not null)
        {
            post.Headers.Add("X-Memory-Session", session);
        }

        if (strategy is not null)
        {
            post.Headers.Add("X-Memory-Strategy", strategy);
        }

        var (ms, answer) = await TimeAsync(http, post);
        var reply = answer?.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
        return (ms, model.ModelMicroseconds.GetValueOrDefault(request) / 1000, answer?.GetProperty("memory").GetProperty("sessionId").GetString(), reply);
    }

    private static HttpRequestMessage Post(string path, string token, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var post = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return post;
    }

    /// <summary>The request's time until its whole answer is read; the answer when it is a 200.</summary>
    private static async Task<(double Ms, JsonElement? Answer)> TimeAsync(HttpClient http, HttpRequestMessage request)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return (ms, response.IsSuccessStatusCode ? JsonDocument.Parse(bytes).RootElement : null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
    }

    private static async Task<string> TokenAsync(HttpClient http, string user)
    {
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { userName = user }));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("/api/v1/dev/token", content);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync()).RootElement.GetProperty("accessToken").GetString()!;
    }
}

/// <summary>The measured pairs; prints each endpoint's latency and memory overhead and what the OpenAI endpoint adds.</summary>
public sealed record OverheadResult(IReadOnlyList<TurnPair> Pairs, int Failures, LoadSettings Settings)
{
    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"/v1/chat/completions against /api/v1/chat, the same turns ({Settings.Users} user(s), one turn at a time each, each endpoint in its own sessions of "
            + $"{OpenAiOverhead.SessionTurns} turns, strategy {Settings.Strategy ?? "hybrid (default)"}; {Settings.Duration.TotalSeconds:0} s after {Settings.Warmup.TotalSeconds:0} s warm-up):");
        Console.WriteLine();
        Console.WriteLine("| endpoint | turns | latency p50 / p95 / p99 | memory overhead p50 / p99 (latency - model time) |");
        Console.WriteLine("|---|---|---|---|");
        Row("POST /api/v1/chat", Pairs.Select(p => p.Api), Pairs.Select(p => p.Api - p.ApiModel));
        Row("POST /v1/chat/completions", Pairs.Select(p => p.OpenAi), Pairs.Select(p => p.OpenAi - p.OpenAiModel));
        Console.WriteLine();
        var added = Sorted(Pairs.Select(p => p.OpenAi - p.Api));
        var p50s = P(Sorted(Pairs.Select(p => p.OpenAi)), 50) - P(Sorted(Pairs.Select(p => p.Api)), 50);
        Console.WriteLine("| added by /v1/chat/completions | value | target |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| **p50 latency difference** (p50 of /v1 - p50 of /api/v1/chat) | **{Ms(p50s)}** | <= 1 ms |");
        Console.WriteLine($"| median of the paired differences (each message's /v1 time - its /api/v1/chat time) | {Ms(P(added, 50))} | |");
        Console.WriteLine($"| pairs measured; pairs with a failed turn | {Pairs.Count:N0}; {Failures} | ; 0 |");
    }

    private static void Row(string endpoint, IEnumerable<double> latencies, IEnumerable<double> overheads)
    {
        var l = Sorted(latencies);
        var o = Sorted(overheads);
        Console.WriteLine($"| {endpoint} | {l.Length:N0} | {Ms(P(l, 50))} / {Ms(P(l, 95))} / {Ms(P(l, 99))} | {Ms(P(o, 50))} / {Ms(P(o, 99))} |");
    }

    private static string Ms(double value) => $"{value.ToString("N2", CultureInfo.InvariantCulture)} ms";

    private static double[] Sorted(IEnumerable<double> values) => [.. values.Order()];

    private static double P(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
