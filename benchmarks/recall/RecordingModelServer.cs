using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Recall.Benchmark;

/// <summary>
/// A local OpenAI-compatible model (<c>POST /v1/chat/completions</c>) that answers at once and records the prompt of every chat
/// request whose last message carries a <c>#q{n}</c> tag: everything the model was given except that last message. Extraction
/// prompts get no facts (recall is what is measured), summary prompts a short fixed summary.
/// </summary>
public sealed partial class RecordingModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RecordingModelServer(WebApplication app, string endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    public string ConnectionString => $"Endpoint={Endpoint};Key=recall-bench-not-secret;Model=gpt-4o;SummaryModel=gpt-4o-mini";

    /// <summary>The prompt before the tagged message, by tag.</summary>
    public ConcurrentDictionary<long, string> Prompts { get; } = new();

    public static string Tag(long question) => $"#q{question.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<RecordingModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        RecordingModelServer? server = null;
        app.MapPost("/v1/chat/completions", (HttpContext http) => server!.HandleAsync(http));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new RecordingModelServer(app, $"{address}/v1");
        return server;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var body = (await JsonNode.ParseAsync(http.Request.Body))!;
        var messages = body["messages"]!.AsArray().Select(m => m?["content"]?.ToString() ?? "").ToList();
        var first = messages.Count > 0 ? messages[0] : "";
        var isExtraction = first.Contains("extract durable facts", StringComparison.Ordinal);
        var isSummary = first.Contains("running summary of a conversation", StringComparison.Ordinal);
        if (!isExtraction && !isSummary && messages.Count > 0 && QuestionTag().Match(messages[^1]) is { Success: true } match)
        {
            Prompts[long.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture)] = string.Join("\n", messages.Take(messages.Count - 1));
        }

        var reply = isExtraction ? """{"facts":[]}""" : isSummary ? "They caught up on their week." : "Noted.";
        await http.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = "chatcmpl-recall",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = body["model"]?.GetValue<string>() ?? "gpt-4o",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 2, ["total_tokens"] = 102 },
        });
    }

    [GeneratedRegex(@"#q(\d+)")]
    private static partial Regex QuestionTag();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
