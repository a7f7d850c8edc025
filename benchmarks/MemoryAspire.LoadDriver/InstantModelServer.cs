using System.Collections.Concurrent;
using System.Diagnostics;
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

namespace MemoryAspire.LoadDriver;

/// <summary>
/// A zero-latency OpenAI-compatible endpoint (<c>POST /v1/chat/completions</c>, non-streaming): a fixed short reply with usage,
/// valid JSON for the worker's extraction prompts and a fixed summary for its summary prompts. It times its own handling of
/// every chat request, keyed by the <c>#r{n}</c> tag the driver puts in each message, so that the driver can subtract it.
/// </summary>
public sealed partial class InstantModelServer : IAsyncDisposable
{
    private const string Reply = "Noted. Chunk on headings, then by length, and keep page numbers for citations.";
    private const string Facts = """{"facts":[{"key":"vector store","value":"Qdrant","category":"technology","confidence":0.95}]}""";
    private const string Summary = "The user is building a RAG system with Qdrant and asks about chunking, re-ranking and evaluation.";

    private readonly WebApplication _app;

    private InstantModelServer(WebApplication app, string endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public string Endpoint { get; }

    public string ConnectionString => $"Endpoint={Endpoint};Key=load-test-not-secret;Model=gpt-4o;SummaryModel=gpt-4o-mini";

    /// <summary>Microseconds spent in this server per chat request, by request tag.</summary>
    public ConcurrentDictionary<long, double> ModelMicroseconds { get; } = new();

    public static string Tag(long request) => $"#r{request.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<InstantModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        InstantModelServer? server = null;
        app.MapPost("/v1/chat/completions", (HttpContext http) => server!.HandleAsync(http));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new InstantModelServer(app, $"{address}/v1");
        return server;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var body = (await JsonNode.ParseAsync(http.Request.Body))!;
        var messages = body["messages"]!.AsArray();
        var first = messages.Count > 0 ? messages[0]?["content"]?.ToString() ?? "" : "";
        var last = messages.Count > 0 ? messages[^1]?["content"]?.ToString() ?? "" : "";
        var isExtraction = first.Contains("extract durable facts", StringComparison.Ordinal);
        var isSummary = first.Contains("running summary of a conversation", StringComparison.Ordinal);
        var reply = isExtraction ? Facts : isSummary ? Summary : Reply;

        await http.Response.WriteAsJsonAsync(new JsonObject
        {
            ["id"] = "chatcmpl-load",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = body["model"]?.GetValue<string>() ?? "gpt-4o",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply },
                ["finish_reason"] = "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 900, ["completion_tokens"] = 20, ["total_tokens"] = 920 },
        });

        if (!isExtraction && !isSummary && RequestTag().Match(last) is { Success: true } match)
        {
            ModelMicroseconds[long.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture)] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }
    }

    [GeneratedRegex(@"#r(\d+)")]
    private static partial Regex RequestTag();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
