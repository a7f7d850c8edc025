using System.Net.ServerSentEvents;
using System.Text.Json;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MemoryAspire.ChatApi;

public static class ChatApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static IEndpointRouteBuilder MapChatApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat").WithTags("Chat").RequireAuthorization();
        api.MapPost("/", Chat).WithName("Chat")
            .WithSummary("Sends a message and returns the reply, the session, the memory the prompt used and the token usage.")
            .Accepts<ChatRequest>("application/json").ProducesProblem(429).ProducesProblem(502).ProducesProblem(503).ProducesProblem(504);
        api.MapPost("/stream", Stream).WithName("ChatStream")
            .WithSummary("The same turn as server-sent events: 'context', then 'delta' events with text, then 'done' with the stored result.")
            .Accepts<ChatRequest>("application/json").ProducesProblem(429).ProducesProblem(502).ProducesProblem(503).ProducesProblem(504);
        return app;
    }

    public static async Task<Results<Ok<TurnResult>, TurnRefusal>> Chat(HttpContext http, MemoryUser user, ConversationEngine engine, RequestGate gate, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(http, user, gate, cancellationToken);
        return await engine.RunTurnAsync(user, request, cancellationToken) switch
        {
            { Refusal: { } refusal } => new TurnRefusal(refusal),
            var turn => TypedResults.Ok(turn.Value!),
        };
    }

    public static async Task<Results<ServerSentEventsResult<object>, TurnRefusal>> Stream(HttpContext http, MemoryUser user, ConversationEngine engine, RequestGate gate, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(http, user, gate, cancellationToken);
        // The turn is stored before its first event, so a refusal is still a status code with ProblemDetails.
        var started = await engine.StartTurnAsync(user, request, cancellationToken);
        if (started.Refusal is { } refusal)
        {
            return new TurnRefusal(refusal);
        }

        var events = started.Value!.GetAsyncEnumerator(cancellationToken);
        try
        {
            // The first event still runs engine code (the context), and a failure there is still a status code.
            return TypedResults.ServerSentEvents(Events(events, await events.MoveNextAsync()));
        }
        catch
        {
            await events.DisposeAsync();
            throw;
        }
    }

    /// <summary>The turn's events from the one already read; a failure once they flow travels as an 'error' event with its ProblemDetails.</summary>
    private static async IAsyncEnumerable<SseItem<object>> Events(IAsyncEnumerator<TurnEvent> events, bool started)
    {
        try
        {
            for (var more = started; more;)
            {
                if (Item(events.Current) is { } item)
                {
                    yield return item;
                }

                (more, var problem) = await MoveNextOrReportAsync(events);
                if (problem is not null)
                {
                    yield return new SseItem<object>(problem, "error");
                }
            }
        }
        finally
        {
            await events.DisposeAsync();
        }
    }

    private static async Task<(bool More, ProblemDetails? Problem)> MoveNextOrReportAsync(IAsyncEnumerator<TurnEvent> events)
    {
        try
        {
            return (await events.MoveNextAsync(), null);
        }
        catch (Exception e) when (ErrorHandling.Refusal(e) is { } refusal)
        {
            return (false, ErrorHandling.ToProblem(refusal));
        }
    }

    private static SseItem<object>? Item(TurnEvent turnEvent) => turnEvent switch
    {
        TurnContextEvent context => new SseItem<object>(new TurnContext(context.SessionId, context.Context, context.Provider, context.Model) { UserMessageId = context.UserMessageId }, "context"),
        TurnDeltaEvent delta => new SseItem<object>(delta, "delta"),
        TurnCompletedEvent done => new SseItem<object>(done.Result, "done"),
        _ => null,
    };

    private static async Task<TurnRequest> ReadAsync(HttpContext http, MemoryUser user, RequestGate gate, CancellationToken cancellationToken)
    {
        await gate.EnterAsync(user);
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
        return new TurnRequest(body.Message ?? "", sessionId, string.IsNullOrWhiteSpace(body.Strategy) ? null : body.Strategy,
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
public sealed partial class RequestGate(MemoryCacheStore cache, IOptions<MemoryOptions> options, TimeProvider clock, ILogger<RequestGate> logger)
{
    public async Task EnterAsync(MemoryUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var limit = options.Value.RequestsPerMinute;
        if (limit <= 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        if (await cache.CountRequestAsync(user.Id, minute) is { } count && count > limit)
        {
            LogLimited(logger, user.Subject, limit);
            throw new MemoryRequestException(429, "Too many requests", $"The limit is {limit} chat requests per minute (Memory:RequestsPerMinute).")
            {
                RetryAfterSeconds = (int)(60 - (now.ToUnixTimeSeconds() % 60)),
            };
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat requests of {Subject} are over the limit of {Limit} per minute")]
    private static partial void LogLimited(ILogger logger, [PersonalIdentifier] string subject, int limit);
}
