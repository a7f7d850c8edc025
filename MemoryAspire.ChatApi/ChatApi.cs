using System.Net.ServerSentEvents;
using System.Text.Json;
using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Turns;
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
            .Accepts<ChatRequest>("application/json").ProducesProblem(503);
        api.MapPost("/stream", Stream).WithName("ChatStream")
            .WithSummary("The same turn as server-sent events: 'context', then 'delta' events with text, then 'done' with the stored result.")
            .Accepts<ChatRequest>("application/json").ProducesProblem(503);
        return app;
    }

    public static async Task<Results<Ok<TurnResult>, TurnRefusal, TooManyRequestsProblem, ModelFailedProblem>> Chat(
        HttpContext http, MemoryUser user, ConversationEngine engine, RequestGate gate, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(http, user, gate, cancellationToken);
        if (request.Refusal is { } refused)
        {
            return Refused<Ok<TurnResult>>(refused);
        }

        return await engine.RunTurnAsync(user, request.Value!, cancellationToken) switch
        {
            { Refusal: { } refusal } => Refused<Ok<TurnResult>>(refusal),
            var turn => TypedResults.Ok(turn.Value!),
        };
    }

    public static async Task<Results<ServerSentEventsResult<object>, TurnRefusal, TooManyRequestsProblem, ModelFailedProblem>> Stream(
        HttpContext http, MemoryUser user, ConversationEngine engine, RequestGate gate, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(http, user, gate, cancellationToken);
        if (request.Refusal is { } refused)
        {
            return Refused<ServerSentEventsResult<object>>(refused);
        }

        // The turn is stored before its first event, so a refusal is still a status code with ProblemDetails.
        var started = await engine.StartTurnAsync(user, request.Value!, cancellationToken);
        if (started.Refusal is { } refusal)
        {
            return Refused<ServerSentEventsResult<object>>(refusal);
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

    /// <summary>A refusal of a turn as the typed result of its kind.</summary>
    private static Results<TAnswer, TurnRefusal, TooManyRequestsProblem, ModelFailedProblem> Refused<TAnswer>(Refusal refusal)
        where TAnswer : IResult => refusal switch
        {
            Refusal.TooMany limited => new TooManyRequestsProblem(limited),
            Refusal.ModelFailed failed => new ModelFailedProblem(failed),
            _ => new TurnRefusal(refusal),
        };

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
        catch (Exception e) when (ErrorHandling.OutageProblem(e) is { } outage)
        {
            return (false, outage);
        }
    }

    private static SseItem<object>? Item(TurnEvent turnEvent) => turnEvent switch
    {
        TurnContextEvent context => new SseItem<object>(new TurnContext(context.SessionId, context.Context, context.Provider, context.Model) { UserMessageId = context.UserMessageId }, "context"),
        TurnDeltaEvent delta => new SseItem<object>(delta, "delta"),
        TurnCompletedEvent done => new SseItem<object>(done.Result, "done"),
        TurnFailedEvent failed => new SseItem<object>(ProblemAnswer.ToProblem(ProblemAnswer.StatusOf(failed.Refusal), failed.Refusal), "error"),
        _ => null,
    };

    private static async Task<Outcome<TurnRequest>> ReadAsync(HttpContext http, MemoryUser user, RequestGate gate, CancellationToken cancellationToken)
    {
        if (await gate.EnterAsync(user) is { } limited)
        {
            return limited;
        }

        var read = await ReadBodyAsync<ChatRequest>(http, null, "{\"message\": \"...\"}", cancellationToken);
        if (read.Refusal is { } refusal)
        {
            return refusal;
        }

        var body = read.Value!;
        Guid? sessionId = null;
        if (!string.IsNullOrWhiteSpace(body.SessionId))
        {
            if (!Guid.TryParse(body.SessionId, out var parsed))
            {
                return new Refusal.Invalid($"sessionId {Refusal.Quote(body.SessionId)} is not a session id (a GUID from an earlier reply).");
            }

            sessionId = parsed;
        }

        var key = http.Request.Headers[IdempotencyHeader].ToString();
        if (RequestText.Refuse($"the {IdempotencyHeader} header", key) is { } unstorable)
        {
            return unstorable;
        }

        return new TurnRequest(body.Message ?? "", sessionId, string.IsNullOrWhiteSpace(body.Strategy) ? null : body.Strategy,
            string.IsNullOrWhiteSpace(key) ? null : key);
    }

    /// <summary>
    /// A JSON body, refused as invalid when it is not JSON (saying where and why), empty or holds a character memory cannot
    /// store, and as unsupported content when it is not sent as JSON.
    /// </summary>
    public static async Task<Outcome<T>> ReadBodyAsync<T>(HttpContext http, JsonSerializerOptions? options, string example, CancellationToken cancellationToken)
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
            return new Refusal.Invalid($"The body is not valid JSON: {ErrorHandling.Reasons(e)}");
        }
        catch (InvalidOperationException e) when (!http.Request.HasJsonContentType())
        {
            return new Refusal.UnsupportedContent($"Send the request as application/json ({e.Message}).");
        }

        if (body is null)
        {
            return new Refusal.Invalid($"The body is empty: send {example}.");
        }

        return RequestText.Refuse("", body) is { } unstorable ? unstorable : body;
    }
}

/// <summary>Per-user request limit, counted in Redis so that every ChatApi replica shares it.</summary>
public sealed partial class RequestGate(MemoryCacheStore cache, IOptions<MemoryOptions> options, TimeProvider clock, ILogger<RequestGate> logger)
{
    /// <summary>Counts the request; over the limit, the refusal to answer it with.</summary>
    public async Task<Refusal.TooMany?> EnterAsync(MemoryUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var limit = options.Value.RequestsPerMinute;
        if (limit <= 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        if (await cache.CountRequestAsync(user.Id, minute) is { } count && count > limit)
        {
            LogLimited(logger, user.Subject, limit);
            return new Refusal.TooMany($"The limit is {limit} chat requests per minute (Memory:RequestsPerMinute).", (int)(60 - (now.ToUnixTimeSeconds() % 60)));
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat requests of {Subject} are over the limit of {Limit} per minute")]
    private static partial void LogLimited(ILogger logger, [PersonalIdentifier] string subject, int limit);
}
