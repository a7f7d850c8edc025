using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Stack.Tests;

/// <summary>One chat completion request as the model received it.</summary>
public sealed record CapturedPrompt(string Model, IReadOnlyList<(string Role, string Content)> Messages, bool Stream)
{
    public string Text => string.Join("\n", Messages.Select(m => $"{m.Role}: {m.Content}"));

    public bool IsExtraction => Messages.Count > 0 && Messages[0].Content.Contains("extract durable facts", StringComparison.Ordinal);

    public bool IsSummary => Messages.Count > 0 && Messages[0].Content.Contains("running summary of a conversation", StringComparison.Ordinal);

    public string LastUser => Messages.LastOrDefault(m => m.Role == "user").Content ?? "";

    /// <summary>The request's <c>tools</c>, <c>tool_choice</c> and <c>response_format</c> as JSON, when it had them.</summary>
    public JsonNode? Tools { get; init; }

    public JsonNode? ToolChoice { get; init; }

    public JsonNode? ResponseFormat { get; init; }
}

/// <summary>
/// A local OpenAI-compatible endpoint (<c>POST /v1/chat/completions</c>, plain and streaming) that records every prompt and
/// answers like a small model: JSON facts for extraction prompts, a running summary for summary prompts, an echo for chat.
/// A chat message containing <c>#fail</c> gets a 500, <c>#slow</c> an answer after 30 s, <c>#pause</c> an answer after 3 s; a prompt containing <c>#nul</c> gets
/// an answer with NUL characters in it (a reply, a summary, an extracted value), as a misbehaving model might send; a chat
/// message containing <c>#tool</c> in a request with tools gets a call of the first tool (<see cref="ToolArguments"/>). With
/// <see cref="ExtractsWholeMessage"/> it is a fooled extraction model: every message comes back as one confident fact.
/// </summary>
public sealed class OpenAiTestServer : IAsyncDisposable
{
    public const int PromptTokens = 111;
    public const int CompletionTokens = 22;

    /// <summary>The arguments of the tool call a <c>#tool</c> message gets, as the model writes them (spacing included).</summary>
    public const string ToolArguments = "{\"city\": \"Paris\", \"unit\": \"celsius\"}";

    public const string ToolCallId = "call_test_1";

    private readonly WebApplication _app;

    public ConcurrentQueue<CapturedPrompt> Prompts { get; } = new();

    /// <summary>Summary requests to fail before answering (a model outage during compaction).</summary>
    private int _failNextSummaries;

    /// <summary>Only summaries of transcripts holding this text fail (other sessions' compactions may be running meanwhile).</summary>
    private volatile string _failSummariesOf = "";

    public void FailSummaries(int count, string of)
    {
        _failSummariesOf = of;
        Interlocked.Exchange(ref _failNextSummaries, count);
    }

    /// <summary>
    /// A fooled extraction model: whatever the message says, it answers
    /// <c>{"key":"note","value":&lt;the message&gt;,"category":"other","confidence":0.97}</c>.
    /// </summary>
    public bool ExtractsWholeMessage { get; set; }

    public string Endpoint { get; }

    private OpenAiTestServer(WebApplication app, string endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public static async Task<OpenAiTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        OpenAiTestServer? server = null;
        app.MapPost("/v1/chat/completions", async (HttpContext http) => await server!.HandleAsync(http));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new OpenAiTestServer(app, $"{address}/v1");
        return server;
    }

    public string ConnectionString => $"Endpoint={Endpoint};Key=test-key-not-secret;Model=gpt-4o;SummaryModel=gpt-4o-mini";

    public IReadOnlyList<CapturedPrompt> ChatPrompts => [.. Prompts.Where(p => !p.IsExtraction && !p.IsSummary)];

    private async Task HandleAsync(HttpContext http)
    {
        var body = (await JsonNode.ParseAsync(http.Request.Body))!;
        var messages = body["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), ContentOf(m!["content"]))).ToList();
        var prompt = new CapturedPrompt(body["model"]!.GetValue<string>(), messages, body["stream"]?.GetValue<bool>() ?? false)
        {
            Tools = body["tools"]?.DeepClone(), ToolChoice = body["tool_choice"]?.DeepClone(), ResponseFormat = body["response_format"]?.DeepClone(),
        };
        Prompts.Enqueue(prompt);

        if (prompt.IsSummary && prompt.Text.Contains(_failSummariesOf, StringComparison.Ordinal) && Interlocked.Decrement(ref _failNextSummaries) >= 0)
        {
            http.Response.StatusCode = 500;
            await http.Response.WriteAsJsonAsync(new { error = new { message = "summary model outage (test)" } });
            return;
        }

        if (!prompt.IsExtraction && !prompt.IsSummary && prompt.LastUser.Contains("#fail", StringComparison.Ordinal))
        {
            http.Response.StatusCode = 500;
            await http.Response.WriteAsJsonAsync(new { error = new { message = "model outage (test)" } });
            return;
        }

        if (!prompt.IsExtraction && !prompt.IsSummary && prompt.LastUser.Contains("#slow", StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromSeconds(30), http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (!prompt.IsExtraction && !prompt.IsSummary && prompt.LastUser.Contains("#pause", StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromSeconds(3), http.RequestAborted);
        }

        if (!prompt.IsExtraction && !prompt.IsSummary && prompt.Tools is JsonArray { Count: > 0 } tools && prompt.LastUser.Contains("#tool", StringComparison.Ordinal))
        {
            await CallToolAsync(http, prompt, tools[0]!["function"]!["name"]!.GetValue<string>());
            return;
        }

        var reply = prompt.IsExtraction ? (ExtractsWholeMessage ? WholeMessageAsFact(prompt.LastUser) : Extract(prompt.LastUser)) : prompt.IsSummary ? Summarize(prompt.LastUser) : $"Echo: {prompt.LastUser}";
        if (!prompt.IsExtraction && prompt.LastUser.Contains("#nul", StringComparison.Ordinal))
        {
            reply = reply.Replace(" ", " \0", StringComparison.Ordinal) + "\0";
        }
        if (prompt.Stream)
        {
            http.Response.ContentType = "text/event-stream";
            foreach (var word in reply.Split(' '))
            {
                await http.Response.WriteAsync($"data: {Chunk(prompt.Model, word + " ", null)}\n\n");
            }

            await http.Response.WriteAsync($"data: {Chunk(prompt.Model, null, Usage())}\n\ndata: [DONE]\n\n");
            return;
        }

        await http.Response.WriteAsJsonAsync(Completion(prompt.Model, new JsonObject { ["role"] = "assistant", ["content"] = reply }, "stop"));
    }

    /// <summary>A whole (not streamed) chat completion holding one choice.</summary>
    private static JsonObject Completion(string model, JsonObject message, string finishReason) => new()
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finishReason }),
        ["usage"] = Usage(),
    };

    /// <summary>A reply that only calls <paramref name="name"/> with <see cref="ToolArguments"/>, plain or streamed in pieces as OpenAI does.</summary>
    private static async Task CallToolAsync(HttpContext http, CapturedPrompt prompt, string name)
    {
        JsonObject Call(string? arguments, bool first) => first
            ? new JsonObject { ["index"] = 0, ["id"] = ToolCallId, ["type"] = "function", ["function"] = new JsonObject { ["name"] = name, ["arguments"] = arguments } }
            : new JsonObject { ["index"] = 0, ["function"] = new JsonObject { ["arguments"] = arguments } };
        if (prompt.Stream)
        {
            http.Response.ContentType = "text/event-stream";
            var half = ToolArguments.Length / 2;
            string[] pieces = ["", ToolArguments[..half], ToolArguments[half..]];
            for (var i = 0; i < pieces.Length; i++)
            {
                var delta = new JsonObject { ["role"] = i == 0 ? "assistant" : null, ["tool_calls"] = new JsonArray(Call(pieces[i], i == 0)) };
                await http.Response.WriteAsync($"data: {ChunkOf(prompt.Model, delta, null)}\n\n");
            }

            await http.Response.WriteAsync($"data: {ChunkOf(prompt.Model, new JsonObject(), "tool_calls")}\n\n");
            await http.Response.WriteAsync($"data: {Chunk(prompt.Model, null, Usage())}\n\ndata: [DONE]\n\n");
            return;
        }

        var call = Call(ToolArguments, true);
        call.Remove("index");
        await http.Response.WriteAsJsonAsync(
            Completion(prompt.Model, new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = new JsonArray(call) }, "tool_calls"));
    }

    private static string ChunkOf(string model, JsonObject delta, string? finishReason) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }),
    }.ToJsonString();

    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };

    private static JsonObject Usage() => new() { ["prompt_tokens"] = PromptTokens, ["completion_tokens"] = CompletionTokens, ["total_tokens"] = PromptTokens + CompletionTokens };

    private static string Chunk(string model, string? text, JsonObject? usage) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1_700_000_000,
        ["model"] = model,
        ["choices"] = usage is null
            ? new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject { ["content"] = text }, ["finish_reason"] = null })
            : new JsonArray(),
        ["usage"] = usage,
    }.ToJsonString();

    /// <summary>A stand-in for a small model's extraction: the facts of the ChromaDB conversation.</summary>
    private static string Extract(string message)
    {
        var facts = new JsonArray();
        void Add(string key, string value, string category, double confidence) =>
            facts.Add(new JsonObject { ["key"] = key, ["value"] = value, ["category"] = category, ["confidence"] = confidence });
        if (message.Contains("My name is Alex", StringComparison.Ordinal)) { Add("name", "Alex", "identity", 0.95); Add("language", "Python", "technology", 0.9); }
        if (message.Contains("ChromaDB", StringComparison.Ordinal)) { Add("vector store", "ChromaDB", "technology", 0.95); }
        if (message.Contains("Qdrant", StringComparison.Ordinal)) { Add("vector store", "Qdrant", "technology", 0.95); }
        if (message.Contains("#nul", StringComparison.Ordinal)) { Add("nick\0name", "Nu\0lly", "identity", 0.95); }
        if (message.Contains("512 tokens", StringComparison.Ordinal)) { Add("chunk size", "512 tokens", "preference", 0.6); }
        if (message.Contains("Ignore all previous instructions", StringComparison.Ordinal)) { Add("name", "Admin", "identity", 0.95); }
        if (message.Contains("my email is", StringComparison.Ordinal)) { Add("email", "alex@example.com", "contact", 0.95); Add("card", message[(message.IndexOf("card number is ", StringComparison.Ordinal) + 15)..].Split(" and")[0], "other", 0.9); }
        return new JsonObject { ["facts"] = facts }.ToJsonString();
    }

    private static string WholeMessageAsFact(string message) => new JsonObject
    {
        ["facts"] = new JsonArray(new JsonObject { ["key"] = "note", ["value"] = message, ["category"] = "other", ["confidence"] = 0.97 }),
    }.ToJsonString();

    /// <summary>A stand-in summary that keeps every line it is given, so tests can see what a summary covers.</summary>
    private static string Summarize(string transcript) =>
        "Summary: " + string.Join(" ", transcript.Split('\n').Where(l => l.StartsWith("USER: ", StringComparison.Ordinal) || l.StartsWith("Previous summary", StringComparison.Ordinal) || l.StartsWith("Summary: ", StringComparison.Ordinal))
            .Select(l => l.Replace("USER: ", "user said: ", StringComparison.Ordinal)));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
