using System.Text.Json;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MemoryAspire.ChatApi;

/// <summary>The body of a chat request; the user is the token's subject, never a field here.</summary>
public sealed record ChatRequest(string? Message, string? SessionId, string? Strategy);

public static class ChatApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat").WithTags("Chat").RequireAuthorization();
        api.MapPost("/", Chat).WithName("Chat")
            .WithSummary("Sends a message and returns the reply, the session, the memory the prompt used and the token usage.")
            .Accepts<ChatRequest>("application/json").Produces<TurnResult>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(413).ProducesProblem(429).ProducesProblem(502).ProducesProblem(503).ProducesProblem(504);
        api.MapPost("/stream", Stream).WithName("ChatStream")
            .WithSummary("The same turn as server-sent events: 'context', then 'delta' events with text, then 'done' with the stored result.")
            .Accepts<ChatRequest>("application/json");
        return app;
    }

    public static async Task<Ok<TurnResult>> Chat(HttpContext http, ConversationEngine engine, RequestGate gate, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(http, gate, cancellationToken);
        return TypedResults.Ok(await engine.RunTurnAsync(request, cancellationToken));
    }

    public static async Task Stream(HttpContext http, ConversationEngine engine, RequestGate gate, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(http, gate, cancellationToken);
        var events = engine.StreamTurnAsync(request, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            // The first event comes after validation and storage, so refusals still get a status code and ProblemDetails.
            if (!await events.MoveNextAsync())
            {
                return;
            }

            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            do
            {
                await WriteEventAsync(http.Response, events.Current, cancellationToken);
            }
            while (await MoveNextOrReportAsync(http.Response, events, cancellationToken));
        }
        finally
        {
            await events.DisposeAsync();
        }
    }

    private static async Task<bool> MoveNextOrReportAsync(HttpResponse response, IAsyncEnumerator<TurnEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            return await events.MoveNextAsync();
        }
        catch (Exception e) when (ErrorHandling.Refusal(e) is { } refusal)
        {
            // Headers are sent: the failure travels as an 'error' event carrying the same ProblemDetails.
            await WriteAsync(response, "error", ErrorHandling.ToProblem(refusal), cancellationToken);
            return false;
        }
    }

    private static Task WriteEventAsync(HttpResponse response, TurnEvent turnEvent, CancellationToken cancellationToken) => turnEvent switch
    {
        TurnContextEvent context => WriteAsync(response, "context", context, cancellationToken),
        TurnDeltaEvent delta => WriteAsync(response, "delta", delta, cancellationToken),
        TurnCompletedEvent done => WriteAsync(response, "done", done.Result, cancellationToken),
        _ => Task.CompletedTask,
    };

    private static async Task WriteAsync<T>(HttpResponse response, string name, T data, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"event: {name}\ndata: {JsonSerializer.Serialize(data, JsonSerializerOptions.Web)}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static async Task<TurnRequest> ReadAsync(HttpContext http, RequestGate gate, CancellationToken cancellationToken)
    {
        var subject = http.User.Subject();
        await gate.EnterAsync(subject, cancellationToken);
        var body = await ReadBodyAsync<ChatRequest>(http, null, "{\"message\": \"...\"}", cancellationToken);

        Guid? sessionId = null;
        if (!string.IsNullOrWhiteSpace(body.SessionId))
        {
            sessionId = Guid.TryParse(body.SessionId, out var parsed)
                ? parsed
                : throw MemoryRequestException.BadRequest($"sessionId {MemoryRequestException.Quote(body.SessionId)} is not a session id (a GUID from an earlier reply).");
        }

        var key = http.Request.Headers[IdempotencyHeader].ToString();
        RequestText.Check($"the {IdempotencyHeader} header", key);
        return new TurnRequest(subject, body.Message ?? "", sessionId, string.IsNullOrWhiteSpace(body.Strategy) ? null : body.Strategy,
            string.IsNullOrWhiteSpace(key) ? null : key);
    }

    /// <summary>
    /// A JSON body, refused with 400 when it is not JSON (saying where and why), empty or holds a character memory cannot
    /// store, and with 415 when it is not sent as JSON.
    /// </summary>
    public static async Task<T> ReadBodyAsync<T>(HttpContext http, JsonSerializerOptions? options, string example, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(http);
        T? body;
        try
        {
            body = options is null
                ? await http.Request.ReadFromJsonAsync<T>(cancellationToken)
                : await http.Request.ReadFromJsonAsync<T>(options, cancellationToken);
        }
        catch (JsonException e)
        {
            throw MemoryRequestException.BadRequest($"The body is not valid JSON: {ErrorHandling.Reasons(e)}");
        }
        catch (InvalidOperationException e) when (!http.Request.HasJsonContentType())
        {
            throw new MemoryRequestException(415, "Unsupported content type", $"Send the request as application/json ({e.Message}).");
        }

        if (body is null)
        {
            throw MemoryRequestException.BadRequest($"The body is empty: send {example}.");
        }

        RequestText.Check("", body);
        return body;
    }
}

/// <summary>Per-user request limit, counted in Redis so that every ChatApi replica shares it.</summary>
public sealed partial class RequestGate(UserDirectory users, MemoryCacheStore cache, IOptions<MemoryOptions> options, TimeProvider clock, ILogger<RequestGate> logger)
{
    public async Task EnterAsync(string subject, CancellationToken cancellationToken)
    {
        var limit = options.Value.RequestsPerMinute;
        if (limit <= 0)
        {
            return;
        }

        var userId = await users.ResolveAsync(subject, cancellationToken);
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        if (await cache.CountRequestAsync(userId, minute) is { } count && count > limit)
        {
            LogLimited(logger, subject, limit);
            throw new MemoryRequestException(429, "Too many requests", $"The limit is {limit} chat requests per minute (Memory:RequestsPerMinute).")
            {
                RetryAfterSeconds = (int)(60 - (now.ToUnixTimeSeconds() % 60)),
            };
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat requests of {Subject} are over the limit of {Limit} per minute")]
    private static partial void LogLimited(ILogger logger, [PersonalIdentifier] string subject, int limit);
}
