using System.Globalization;
using System.Text.Json;
using MemoryAspire.Memory.Conversations;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Models;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MemoryAspire.ChatApi;

/// <summary>
/// OpenAI's Chat Completions and Models endpoints over the memory engine: an OpenAI client gets memory by changing its base
/// URL to <c>&lt;chatapi&gt;/v1</c> and its API key to a MemoryAspire token. A completion is one turn of <see cref="ConversationEngine"/>,
/// exactly as <c>/api/v1/chat</c> runs it; errors are OpenAI's error objects (<see cref="OpenAiErrors"/>).
/// </summary>
public static class OpenAiCompatibleApi
{
    public const string Prefix = "/v1";
    public const string SessionHeader = "X-Memory-Session";
    public const string StrategyHeader = "X-Memory-Strategy";

    /// <summary>The context report in one content-free line: strategy, tokens and what each section holds.</summary>
    public const string ContextHeader = "X-Memory-Context";

    /// <summary>Room for a long conversation sent whole, as OpenAI clients do; the new message itself is held to <c>Memory:MaxMessageBytes</c>.</summary>
    public const long MaxRequestBytes = 4 * 1024 * 1024;

    private const string ChunkKind = "chat.completion.chunk";

    /// <summary>Chat Completions' JSON: its fields are named on the records; the memory report inside is the API's camelCase.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapOpenAiCompatibleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("OpenAI-compatible").RequireAuthorization();
        api.MapPost("/chat/completions", Complete).WithName("CreateChatCompletion")
            .WithSummary("OpenAI Chat Completions with memory: the last message is the user's new turn, stored and answered with the memory /api/v1/chat assembles; "
                + "with \"stream\": true, server-sent chunks and [DONE]. Session: X-Memory-Session (else metadata.session_id or user names one, else a new one), "
                + "returned in X-Memory-Session; strategy: X-Memory-Strategy; the context report is the 'memory' field and X-Memory-Context.")
            .Accepts<ChatCompletionRequest>("application/json")
            .Produces<ChatCompletion>().Produces(200, contentType: "text/event-stream")
            .Produces<OpenAiError>(400).Produces<OpenAiError>(401).Produces<OpenAiError>(404).Produces<OpenAiError>(413).Produces<OpenAiError>(415)
            .Produces<OpenAiError>(429).Produces<OpenAiError>(502).Produces<OpenAiError>(503).Produces<OpenAiError>(504);
        api.MapGet("/models", ListModels).WithName("ListModels")
            .WithSummary("The models a completion may name: the configured chat model and summary model, or 'offline' when none is configured.")
            .Produces<OpenAiError>(401);
        api.MapGet("/models/{model}", GetModel).WithName("GetModel").WithSummary("One of the models GET /v1/models lists.")
            .Produces<OpenAiError>(401).Produces<OpenAiError>(404);
        return app;
    }

    public static bool Serves(PathString path) => path.StartsWithSegments(Prefix, StringComparison.Ordinal);

    public static Ok<ModelList> ListModels(MemoryModels models) =>
        TypedResults.Ok(new ModelList("list", [.. models.Names.Select(name => Card(models, name))]));

    public static Results<Ok<ModelCard>, NotFoundProblem> GetModel(string model, MemoryModels models) =>
        models.Names.Contains(model, StringComparer.Ordinal)
            ? TypedResults.Ok(Card(models, model))
            : new NotFoundProblem(new Refusal.NotFound($"The model {Refusal.Quote(model)}")
            {
                Title = "Model not found",
                Detail = $"The model {Refusal.Quote(model)} does not exist here: GET /v1/models lists the models.",
                Extensions = new Dictionary<string, object?> { ["code"] = "model_not_found", ["param"] = "model" },
            });

    public static async Task Complete(HttpContext http, MemoryUser user, ConversationEngine engine, RequestGate gate, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }

        var read = await ReadAsync(http, user, gate, cancellationToken);
        if (read.Refusal is { } refused)
        {
            // Written through the problem writers, which answer this route in OpenAI's error format.
            await ProblemAnswer.For(refused).ExecuteAsync(http);
            return;
        }

        var request = read.Value!;
        if (!request.Stream)
        {
            switch (await engine.RunTurnAsync(user, request.Turn, cancellationToken))
            {
                case { Refusal: { } refusal }:
                    await ProblemAnswer.For(refusal).ExecuteAsync(http);
                    return;
                case { Value: { } result }:
                    Describe(http.Response, result.SessionId, result.Context);
                    await http.Response.WriteAsJsonAsync(Completion(result, clock), Json, cancellationToken);
                    return;
            }
        }

        var started = await engine.StartTurnAsync(user, request.Turn, cancellationToken);
        if (started.Refusal is { } notStarted)
        {
            await ProblemAnswer.For(notStarted).ExecuteAsync(http);
            return;
        }

        await StreamAsync(http, started.Value!, request.IncludeUsage, clock, cancellationToken);
    }

    private static async Task<Outcome<OpenAiTurn>> ReadAsync(HttpContext http, MemoryUser user, RequestGate gate, CancellationToken cancellationToken)
    {
        if (await gate.EnterAsync(user) is { } limited)
        {
            return limited;
        }

        var body = await ChatApi.ReadBodyAsync<ChatCompletionRequest>(http, Json, "{\"model\": \"...\", \"messages\": [{\"role\": \"user\", \"content\": \"...\"}]}", cancellationToken);
        if (body.Refusal is { } refusal)
        {
            return refusal;
        }

        var headers = http.Request.Headers;
        var key = headers[ChatApi.IdempotencyHeader].ToString();
        return RequestText.Refuse($"the {ChatApi.IdempotencyHeader} header", key) is { } unstorable
            ? unstorable
            : OpenAiTurn.From(user.Subject, body.Value!, new OpenAiTurnHeaders(headers[SessionHeader].ToString(), headers[StrategyHeader].ToString(), key));
    }

    /// <summary>
    /// The turn's events as chunks. Nothing is sent before the model's first words: until then every refusal and model failure
    /// is still an HTTP status with an OpenAI error (a 502 or 504, not a 200 that breaks off); afterwards it is an error chunk.
    /// </summary>
    private static async Task StreamAsync(HttpContext http, IAsyncEnumerable<TurnEvent> turn, bool includeUsage, TimeProvider clock, CancellationToken cancellationToken)
    {
        var response = http.Response;
        var created = clock.GetUtcNow().ToUnixTimeSeconds();
        TurnContextEvent? context = null;
        var started = false;
        var events = turn.GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await MoveNextAsync(events, started, response, cancellationToken))
            {
                switch (events.Current)
                {
                    case TurnContextEvent first:
                        context = first;
                        break;
                    case TurnDeltaEvent delta when context is not null:
                        await StartAsync(context);
                        await WriteAsync(response, Chunk(context, created, new ChatCompletionDelta { Content = delta.Text }), cancellationToken);
                        break;
                    case TurnCompletedEvent done when context is not null:
                        await StartAsync(context);
                        await FinishAsync(response, context, created, done.Result, includeUsage, cancellationToken);
                        return;
                    case TurnFailedEvent failed when started:
                        await WriteErrorAsync(response, ProblemAnswer.ToProblem(ProblemAnswer.StatusOf(failed.Refusal), failed.Refusal), cancellationToken);
                        return;
                    case TurnFailedEvent failed:
                        await ProblemAnswer.For(failed.Refusal).ExecuteAsync(http);
                        return;
                }
            }
        }
        finally
        {
            await events.DisposeAsync();
        }

        async Task StartAsync(TurnContextEvent context)
        {
            if (started)
            {
                return;
            }

            started = true;
            Describe(response, context.SessionId, context.Context);
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            await WriteAsync(response, Chunk(context, created, new ChatCompletionDelta { Role = "assistant", Content = "" }), cancellationToken);
        }
    }

    private static async Task<bool> MoveNextAsync(IAsyncEnumerator<TurnEvent> events, bool started, HttpResponse response, CancellationToken cancellationToken)
    {
        try
        {
            return await events.MoveNextAsync();
        }
        catch (Exception e) when (started && ErrorHandling.OutageProblem(e) is { } outage)
        {
            await WriteErrorAsync(response, outage, cancellationToken);
            return false;
        }
    }

    /// <summary>The status line is sent: a failure travels as a chunk holding OpenAI's error object, which the SDKs raise.</summary>
    private static Task WriteErrorAsync(HttpResponse response, Microsoft.AspNetCore.Mvc.ProblemDetails problem, CancellationToken cancellationToken) =>
        response.WriteAsync($"data: {JsonSerializer.Serialize(OpenAiErrors.From(problem), Json)}\n\n", cancellationToken);

    private static async Task FinishAsync(HttpResponse response, TurnContextEvent context, long created, TurnResult result, bool includeUsage, CancellationToken cancellationToken)
    {
        if (ToolCallsOf(result) is { } calls)
        {
            await WriteAsync(response, Chunk(context, created, new ChatCompletionDelta { ToolCalls = [.. calls.Select((c, i) => c with { Index = i })] }), cancellationToken);
        }

        await WriteAsync(response, Chunk(context, created, new ChatCompletionDelta(), FinishReason(result)) with { Memory = MemoryOf(result) }, cancellationToken);
        if (includeUsage)
        {
            await WriteAsync(response, new ChatCompletionChunk(Id(context.UserMessageId), ChunkKind, created, result.Model, []) { Usage = UsageOf(result) }, cancellationToken);
        }

        await response.WriteAsync("data: [DONE]\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static ChatCompletionChunk Chunk(TurnContextEvent context, long created, ChatCompletionDelta delta, string? finishReason = null) =>
        new(Id(context.UserMessageId), ChunkKind, created, context.Model, [new ChatCompletionChunkChoice(0, delta, finishReason)]);

    private static async Task WriteAsync(HttpResponse response, ChatCompletionChunk chunk, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"data: {JsonSerializer.Serialize(chunk, Json)}\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    public static ChatCompletion Completion(TurnResult result, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(clock);
        var message = new ChatCompletionReply("assistant", result.ToolCalls is null || result.Reply.Length > 0 ? result.Reply : null, ToolCallsOf(result));
        return new ChatCompletion(Id(result.UserMessageId), "chat.completion", clock.GetUtcNow().ToUnixTimeSeconds(), result.Model,
            [new ChatCompletionChoice(0, message, FinishReason(result))], UsageOf(result), MemoryOf(result));
    }

    /// <summary>The completion's id comes from the stored user message, so a replayed turn answers with the same id.</summary>
    private static string Id(Guid userMessageId) => $"chatcmpl-{userMessageId:N}";

    private static string FinishReason(TurnResult result) => result.FinishReason ?? "stop";

    private static List<ChatCompletionToolCall>? ToolCallsOf(TurnResult result) =>
        result.ToolCalls?.Select(c => new ChatCompletionToolCall { Id = c.Id, Type = "function", Function = new ChatCompletionFunctionCall { Name = c.Name, Arguments = c.Arguments } })
            .ToList();

    private static ChatCompletionUsage UsageOf(TurnResult result) => new(result.Usage.InputTokens, result.Usage.OutputTokens, result.Usage.TotalTokens);

    private static MemoryReport MemoryOf(TurnResult result) =>
        new(result.SessionId, result.UserMessageId, result.AssistantMessageId, result.Provider, result.Offline, result.Replayed, result.Context);

    private static ModelCard Card(MemoryModels models, string name) => new(name, "model", 0, models.Provider);

    /// <summary>The session (to send back as <see cref="SessionHeader"/>) and the context report in one line, before the body.</summary>
    private static void Describe(HttpResponse response, Guid sessionId, ContextReport context)
    {
        response.Headers[SessionHeader] = sessionId.ToString();
        response.Headers[ContextHeader] = ContextLine(context);
    }

    /// <summary><c>strategy=hybrid; effective=hybrid; tokens=812; budget=6000; profile=2; summary=1; recall=3; buffer=6</c>: counts of what each section put in the prompt.</summary>
    public static string ContextLine(ContextReport context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sections = context.Sections.Where(s => s.Name is not "system" and not "message")
            .Select(s => $"{s.Name}={(s.Included ? Math.Max(s.ItemIds.Count, 1) : 0).ToString(CultureInfo.InvariantCulture)}");
        return string.Join("; ", [$"strategy={context.Strategy}", $"effective={context.EffectiveStrategy}",
            $"tokens={context.TotalTokens.ToString(CultureInfo.InvariantCulture)}", $"budget={context.BudgetTokens.ToString(CultureInfo.InvariantCulture)}", .. sections]);
    }
}
