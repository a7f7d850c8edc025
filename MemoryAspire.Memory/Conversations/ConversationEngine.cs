using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Text;
using MemoryAspire.Memory.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Conversations;

/// <summary>
/// One chat turn: the user's message is stored (with its extraction job, in one statement) before the prompt is built and the
/// model is called, so a model failure loses nothing; the reply is stored with its usage, and compaction enqueued, in a second
/// statement, at the sequence number the message reserved for it; the cached window is then extended with both. No database
/// connection is held while the model answers, and nothing waits for the jobs.
/// </summary>
public sealed partial class ConversationEngine(
    MemoryDbContext db,
    TurnStore turns,
    ConversationStore store,
    IMemoryRanker ranker,
    QuestionVectors questionVectors,
    JobSignal jobs,
    MemoryModels models,
    IOptions<MemoryOptions> options,
    TimeProvider clock,
    ILogger<ConversationEngine> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A whole turn: the reply once it is stored, or why the turn was refused (nothing stored then).</summary>
    public async Task<Outcome<TurnResult>> RunTurnAsync(MemoryUser user, TurnRequest request, CancellationToken cancellationToken)
    {
        var begun = await BeginAsync(user, request, cancellationToken).ConfigureAwait(false);
        if (begun.Refusal is { } refusal)
        {
            return refusal;
        }

        var turn = begun.Value!;
        if (turn.Replay is { } replay)
        {
            return replay;
        }

        ChatResponse response;
        using (var timeout = ModelTimeout(cancellationToken))
        {
            try
            {
                response = await turn.Client.GetResponseAsync(turn.Context.Messages, ChatOptions(request), timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (IsModelFailure(cancellationToken))
            {
                return ModelFailure(e, turn.Model, timeout, cancellationToken);
            }
        }

        return await CompleteAsync(turn, response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A turn as events, started: the message is stored and the prompt built before this returns, so a refusal is an
    /// outcome, never a stream that breaks off; then the context, the reply's text as it comes, and the stored result.
    /// </summary>
    public async Task<Outcome<IAsyncEnumerable<TurnEvent>>> StartTurnAsync(MemoryUser user, TurnRequest request, CancellationToken cancellationToken)
    {
        var begun = await BeginAsync(user, request, cancellationToken).ConfigureAwait(false);
        return begun.Refusal is { } refusal ? refusal : Outcome.Of(StreamAsync(begun.Value!, request, cancellationToken));
    }

    private async IAsyncEnumerable<TurnEvent> StreamAsync(PreparedTurn turn, TurnRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (turn.Replay is { } replay)
        {
            yield return new TurnContextEvent(replay.SessionId, replay.Context, replay.Provider, replay.Model) { UserMessageId = replay.UserMessageId };
            yield return new TurnDeltaEvent(replay.Reply);
            yield return new TurnCompletedEvent(replay);
            yield break;
        }

        yield return new TurnContextEvent(turn.SessionId, turn.Context.Report, models.Provider, turn.Model) { UserMessageId = turn.UserMessage.Id };
        var updates = new List<ChatResponseUpdate>();
        Refusal.ModelFailed? failure = null;
        using (var timeout = ModelTimeout(cancellationToken))
        {
            var stream = turn.Client.GetStreamingResponseAsync(turn.Context.Messages, ChatOptions(request), timeout.Token).GetAsyncEnumerator(timeout.Token);
            try
            {
                while (true)
                {
                    try
                    {
                        if (!await stream.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (Exception e) when (IsModelFailure(cancellationToken))
                    {
                        failure = ModelFailure(e, turn.Model, timeout, cancellationToken);
                        break;
                    }

                    updates.Add(stream.Current);
                    if (stream.Current.Text is { Length: > 0 } text)
                    {
                        yield return new TurnDeltaEvent(StorableText.Clean(text));
                    }
                }
            }
            finally
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }

        if (failure is not null)
        {
            yield return new TurnFailedEvent(failure);
            yield break;
        }

        yield return new TurnCompletedEvent(await CompleteAsync(turn, updates.ToChatResponse(), cancellationToken).ConfigureAwait(false));
    }

    /// <param name="Client">The model the turn calls, named <paramref name="Model"/>: the chat model unless the request named another.</param>
    private sealed record PreparedTurn(
        Guid UserId, Guid SessionId, WindowMessage UserMessage, string? IdempotencyKey, AssembledContext Context, TurnWindow? Window, TurnResult? Replay)
    {
        public required IChatClient Client { get; init; }

        public required string Model { get; init; }
    }

    private async Task<Outcome<PreparedTurn>> BeginAsync(MemoryUser user, TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var settings = options.Value;
        if (Validate(request, settings) is { } invalid)
        {
            return invalid;
        }

        var model = request.Call?.Model ?? models.ChatModel;
        if (models.Find(model) is not { } client)
        {
            return new Refusal.NotFound($"The model {Refusal.Quote(model)}")
            {
                Title = "Model not found",
                Detail = $"The model {Refusal.Quote(model)} is not one this service is configured with. Use one of: {string.Join(", ", models.Names)} (GET /v1/models lists them).",
                Extensions = new Dictionary<string, object?> { ["code"] = "model_not_found", ["param"] = "model" },
            };
        }

        string? strategy = null;
        if (request.Strategy is not null && (strategy = MemoryStrategies.Normalize(request.Strategy)) is null)
        {
            return new Refusal.Invalid($"Unknown strategy {Refusal.Quote(request.Strategy)}. Use one of: {string.Join(", ", MemoryStrategies.All)}.");
        }

        var userId = user.Id;
        var requestHash = Hash(request);

        IdempotencyRecord? record = null;
        if (request.IdempotencyKey is { } key)
        {
            record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken).ConfigureAwait(false);
            if (record is not null && record.RequestHash != requestHash)
            {
                return new Refusal.KeyReused($"The Idempotency-Key '{key}' was already used for a different request.");
            }

            if (record?.ResponseJson is { } stored)
            {
                var replay = JsonSerializer.Deserialize<TurnResult>(stored, Json)! with { Replayed = true };
                var replayed = new WindowMessage(replay.UserMessageId, 0, MessageRoles.User, request.Message, 0);
                return new PreparedTurn(userId, replay.SessionId, replayed, key, new AssembledContext([], replay.Context), null, replay) { Client = client, Model = model };
            }
        }

        try
        {
            var prepared = record is { UserMessageId: { } resumed, SessionId: { } resumedSession }
                ? await ResumeAsync(userId, resumedSession, resumed, request, cancellationToken).ConfigureAwait(false)
                // The usual turn learns of an erasure from the statement that stores the message.
                : await StoreAndAssembleAsync(userId, strategy, request, requestHash, cancellationToken).ConfigureAwait(false);
            return prepared.Refusal ?? Outcome.Of(prepared.Value! with { Client = client, Model = model });
        }
        finally
        {
            // No connection is held while the model answers.
            await turns.ReleaseAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether the user has asked to be forgotten and the erasure is under way: then their earlier memory is not used (no
    /// profile, no recall) and their earlier sessions no longer exist for them.
    /// </summary>
    /// <returns>Whether memory is withheld, or the refusal of a session the erasure took.</returns>
    private async Task<Outcome<bool>> WithholdsMemoryAsync(Guid userId, Guid? sessionId, CancellationToken cancellationToken)
    {
        if (await ErasureRequests.ActiveSinceAsync(db, userId, cancellationToken).ConfigureAwait(false) is not { } since)
        {
            return false;
        }

        if (sessionId is { } id && !await db.Sessions.AnyAsync(s => s.Id == id && s.CreatedAt > since, cancellationToken).ConfigureAwait(false))
        {
            return new Refusal.NotFound($"Session {id}");
        }

        return true;
    }

    /// <summary>The usual turn: the message is stored first (one statement), then the window before it is read and the prompt built.</summary>
    private async Task<Outcome<PreparedTurn>> StoreAndAssembleAsync(Guid userId, string? strategy, TurnRequest request, string requestHash, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var message = new NewMessage(Guid.CreateVersion7(), userId, MessageRoles.User, request.Message, TokenCounter.Count(request.Message),
            [.. PiiDetector.Kinds(request.Message)], now);
        var newSession = request.SessionId is null || request.CreateSession
            ? new NewSession(request.SessionId ?? Guid.CreateVersion7(), strategy ?? settings.DefaultStrategy, SessionTitles.From(request.Message))
            : null;
        var stamp = request.IdempotencyKey is { } key ? new IdempotencyStamp(key, requestHash) : null;
        var stored = await Retrying(
            ct => turns.AppendUserMessageAsync(request.SessionId, strategy, message, newSession, stamp, ct),
            async ct => await turns.FindStoredMessageAsync(message.Id, ct).ConfigureAwait(false) is { } found ? (true, found) : (false, null),
            cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return new Refusal.NotFound($"Session {request.SessionId}");
        }

        jobs.Wake(JobKinds.Extract);
        // Found again after a blip, the message does not say whether an erasure is under way: ask (no session to lose here).
        var withheld = stored.MemoryWithheld ?? (await WithholdsMemoryAsync(userId, null, cancellationToken).ConfigureAwait(false)).Value;

        var window = await store.GetWindowBeforeAsync(userId, stored.SessionId, stored.Sequence, cancellationToken).ConfigureAwait(false);
        // Only for a user who may have earlier sessions.
        var vector = settings.RecallTokens > 0
            ? await questionVectors.ForAsync(userId, newSession is not null, request.Message, db, cancellationToken).ConfigureAwait(false)
            : null;
        var context = await AssembleAsync(userId, stored.SessionId, stored.Strategy, stored.Sequence, window.Window, request, withheld, vector, cancellationToken)
            .ConfigureAwait(false);
        var userMessage = new WindowMessage(message.Id, stored.Sequence, MessageRoles.User, message.Content, message.Tokens);
        return new PreparedTurn(userId, stored.SessionId, userMessage, request.IdempotencyKey, context, window, null) { Client = models.Chat, Model = models.ChatModel };
    }

    /// <summary>What a plan asks the ranker for: its sections' limits, nothing of the user's earlier memory while it is withheld.</summary>
    private static RankRequest RankRequestFor(Guid userId, Guid sessionId, string message, StrategyPlan plan, bool withheld, MemoryOptions settings, QuestionVector? vector) =>
        new(userId, sessionId, message, plan.Profile && !withheld ? settings.MaxFactsInjected : 0, plan.Recall && !withheld && settings.RecallTokens > 0)
        {
            Vector = plan.Recall && !withheld && settings.RecallTokens > 0 ? vector : null,
        };

    /// <summary>A retry of a request whose message is stored but was never answered: the prompt is rebuilt around that message.</summary>
    private async Task<Outcome<PreparedTurn>> ResumeAsync(Guid userId, Guid sessionId, Guid messageId, TurnRequest request, CancellationToken cancellationToken)
    {
        var withholding = await WithholdsMemoryAsync(userId, sessionId, cancellationToken).ConfigureAwait(false);
        if (withholding.Refusal is { } gone)
        {
            return gone;
        }

        var withheld = withholding.Value;
        if (await turns.FindStoredMessageAsync(messageId, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return new Refusal.NotFound($"Session {sessionId}");
        }

        var window = await turns.LoadWindowAsync(userId, stored.SessionId, stored.Sequence, options.Value.BufferSize, cancellationToken).ConfigureAwait(false);
        var context = await AssembleAsync(userId, stored.SessionId, stored.Strategy, stored.Sequence, window, request, withheld, vector: null, cancellationToken).ConfigureAwait(false);
        var userMessage = new WindowMessage(messageId, stored.Sequence, MessageRoles.User, request.Message, TokenCounter.Count(request.Message));
        return new PreparedTurn(userId, stored.SessionId, userMessage, request.IdempotencyKey, context, null, null) { Client = models.Chat, Model = models.ChatModel };
    }

    private async Task<AssembledContext> AssembleAsync(
        Guid userId, Guid sessionId, string strategy, long sequence, CachedWindow window, TurnRequest request, bool withheld, QuestionVector? vector,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = request.Message;
        if (sequence == 1 && request.Call is { Earlier.Count: > 0 } call)
        {
            // A session that holds nothing yet: the conversation the client brings stands in for its window (not stored).
            window = new CachedWindow(null, [.. call.Earlier.Select((m, i) => EarlierMessage(m, i + 1 - call.Earlier.Count))], 0);
        }

        var sessions = strategy == MemoryStrategies.Auto
            ? await db.Sessions.CountAsync(s => s.UserId == userId, cancellationToken).ConfigureAwait(false)
            : 1;
        var plan = StrategyPlanner.Plan(strategy, sequence, sessions, settings);
        var ranked = await ranker.RankAsync(RankRequestFor(userId, sessionId, message, plan, withheld, settings, vector), cancellationToken).ConfigureAwait(false);
        if (ranked.Recall.Items.Count > 0 || ranked.Recall.Semantic.Count > 0)
        {
            // Recall found earlier sessions: this user's next turns get a vector too.
            questionVectors.Remember(userId);
        }
        var through = plan.Summary ? window.Summary?.ThroughSequence ?? 0 : 0;
        var messages = plan.Summary && through > 0 ? [.. window.Messages.Where(m => m.Sequence > through)] : window.Messages;
        // Recall fills its own budget after the profile and the summary, leaving out what they already say.
        var recall = RecallSelection.Select(ranked.Recall, message, ranked.Facts, plan.Summary ? window.Summary?.Content : null, settings.RecallTokens);
        var systemPrompt = request.Call?.Instructions is { Length: > 0 } instructions ? $"{instructions}\n\n{settings.SystemPrompt}" : settings.SystemPrompt;
        var input = new ContextInput(systemPrompt, plan, ranked.Facts, window.Summary, recall, messages, message, settings.MaxContextTokens)
        {
            Now = clock.GetUtcNow(), StaleAfter = settings.StaleAfter,
        };
        var context = ContextAssembler.Assemble(input);
        MemoryTelemetry.RecordContext(context.Report);
        return context;
    }

    private async Task<TurnResult> CompleteAsync(PreparedTurn turn, ChatResponse response, CancellationToken cancellationToken)
    {
        // The model is untrusted: a NUL in its reply is dropped (as from the streamed deltas), not a failed turn.
        var reply = StorableText.Clean(response.Text);
        var toolCalls = ReplyToolCalls.From(response);
        // A reply that calls tools is stored with its calls, so that later turns know what was asked for.
        var stored = ReplyToolCalls.Stored(reply, toolCalls);
        var settings = options.Value;
        var model = response.ModelId ?? turn.Model;
        var usage = response.Usage;
        var input = usage?.InputTokenCount ?? turn.Context.Messages.Sum(m => TokenCounter.CountMessage(m.Text));
        var output = usage?.OutputTokenCount ?? TokenCounter.Count(stored);
        MemoryTelemetry.RecordUsage(ModelPurposes.Chat, model, input, output);
        var now = clock.GetUtcNow();
        var assistant = new NewMessage(Guid.CreateVersion7(), turn.UserId, MessageRoles.Assistant, stored, TokenCounter.Count(stored), [.. PiiDetector.Kinds(stored)], now)
        {
            Model = model, Provider = models.Provider,
            InputTokens = (int)Math.Min(int.MaxValue, input), OutputTokens = (int)Math.Min(int.MaxValue, output),
        };
        var result = new TurnResult(turn.SessionId, turn.UserMessage.Id, assistant.Id, reply, models.Provider, model, models.IsOffline,
            new TokenUsage(input, output, input + output), turn.Context.Report)
        {
            ToolCalls = toolCalls.Count > 0 ? toolCalls : null, FinishReason = ReplyToolCalls.FinishReason(response.FinishReason, toolCalls),
        };
        var summarizedThrough = turn.Window?.Window.Summary?.ThroughSequence ?? 0;

        TurnResult? earlier = null;
        var sequence = turn.UserMessage.Sequence + 1;
        bool compaction;
        try
        {
            if (turn.IdempotencyKey is not { } key)
            {
                compaction = await Retrying(
                    ct => turns.AppendReplyAsync(turn.SessionId, sequence, assistant, summarizedThrough, settings.SummaryThreshold, ct),
                    async ct => (await turns.FindStoredMessageAsync(assistant.Id, ct).ConfigureAwait(false) is not null, true),
                    cancellationToken).ConfigureAwait(false);
            }
            else
            {
                (earlier, compaction) = await CompleteIdempotentAsync(turn, key, sequence, assistant, result, summarizedThrough, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await turns.ReleaseAsync().ConfigureAwait(false);
        }

        if (earlier is not null)
        {
            return earlier;
        }

        if (compaction)
        {
            jobs.Wake(JobKinds.Summarize);
        }

        if (turn.Window is { } window)
        {
            await store.SaveAfterTurnAsync(turn.UserId, turn.SessionId, window,
                [turn.UserMessage, new WindowMessage(assistant.Id, sequence, MessageRoles.Assistant, stored, assistant.Tokens)]).ConfigureAwait(false);
        }
        else
        {
            await store.InvalidateWindowAsync(turn.UserId, turn.SessionId).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>
    /// Stores the reply and the answer to the idempotency key in one transaction. A concurrent retry of the same request may
    /// have finished first: then its result is the answer and nothing is stored twice.
    /// </summary>
    private async Task<(TurnResult? Earlier, bool CompactionEnqueued)> CompleteIdempotentAsync(
        PreparedTurn turn, string key, long sequence, NewMessage assistant, TurnResult result, long summarizedThrough, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(result, Json);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            // Read whole, not composed with a LIMIT (which EF warns about on every call): the key is the primary key.
            var stored = (await db.IdempotencyRecords.FromSql($"SELECT * FROM idempotency_records WHERE user_id = {turn.UserId} AND key = {key} FOR UPDATE")
                .AsNoTracking().ToListAsync(ct).ConfigureAwait(false)).SingleOrDefault()?.ResponseJson;
            if (stored is not null)
            {
                return (JsonSerializer.Deserialize<TurnResult>(stored, Json)! with { Replayed = true }, false);
            }

            var compaction = await turns.AppendReplyAsync(turn.SessionId, sequence, assistant, summarizedThrough, options.Value.SummaryThreshold, ct).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE idempotency_records SET response_json = {json}::jsonb WHERE user_id = {turn.UserId} AND key = {key}", ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return ((TurnResult?)null, compaction);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one statement under the context's retry policy. A transient failure may hide a commit that happened: before a
    /// retry, <paramref name="stored"/> checks whether the first attempt's row exists (ids are made here, so it can tell).
    /// </summary>
    private Task<T> Retrying<T>(Func<CancellationToken, Task<T>> statement, Func<CancellationToken, Task<(bool Found, T Value)>> stored, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            0,
            async (_, _, ct) => await statement(ct).ConfigureAwait(false),
            async (_, _, ct) =>
            {
                var (found, value) = await stored(ct).ConfigureAwait(false);
                return new ExecutionResult<T>(found, value);
            },
            cancellationToken);

    private static Refusal? Validate(TurnRequest request, MemoryOptions settings)
    {
        if (string.IsNullOrWhiteSpace(request.Message))
        {
            return new Refusal.Invalid("The message is empty: send the text of the user's message in 'message'.");
        }

        if (StorableText.FindUnstorable(request.Message) is { } unstorable)
        {
            return Refusal.Invalid.Unstorable("message", unstorable);
        }

        var bytes = Encoding.UTF8.GetByteCount(request.Message);
        if (bytes > settings.MaxMessageBytes)
        {
            return new Refusal.TooLarge("Message too large", $"The message is {bytes} bytes; the limit is {settings.MaxMessageBytes} bytes (Memory:MaxMessageBytes).");
        }

        if (request.IdempotencyKey is { Length: > 200 })
        {
            return new Refusal.Invalid("The Idempotency-Key header is longer than 200 characters.");
        }

        return request.IdempotencyKey is { } key && StorableText.FindUnstorable(key) is { } inKey ? Refusal.Invalid.Unstorable("the Idempotency-Key header", inKey) : null;
    }

    /// <summary>What a retry with the same Idempotency-Key must repeat; a turn from the OpenAI-compatible endpoint also its model and system messages.</summary>
    private static string Hash(TurnRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{request.SessionId}\n{request.Strategy}\n{request.Message}"
            + (request.Call is { } call ? $"\n{call.Model}\n{call.Instructions}" : ""))));

    /// <summary>The client's options as given (tools, response format, sampling); replies are capped at 1,000 tokens unless it says otherwise.</summary>
    private static ChatOptions ChatOptions(TurnRequest request)
    {
        var chatOptions = request.Call?.Options?.Clone() ?? new ChatOptions();
        chatOptions.MaxOutputTokens ??= 1000;
        return chatOptions;
    }

    /// <summary>A message of the client's own conversation as the window holds one, numbered before the new message.</summary>
    private static WindowMessage EarlierMessage(ChatMessage message, long sequence)
    {
        var text = message.Text;
        return new WindowMessage(Guid.Empty, sequence, message.Role == ChatRole.Assistant ? MessageRoles.Assistant : MessageRoles.User, text, TokenCounter.Count(text));
    }

    private CancellationTokenSource ModelTimeout(CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(options.Value.ModelTimeout);
        return source;
    }

    /// <summary>Whatever the model's client throws is the model's failure, unless the client went away.</summary>
    private static bool IsModelFailure(CancellationToken cancellationToken) => !cancellationToken.IsCancellationRequested;

    private Refusal.ModelFailed ModelFailure(Exception e, string model, CancellationTokenSource timeout, CancellationToken cancellationToken)
    {
        var timedOut = timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested || e is TimeoutException;
        LogModelFailure(logger, models.Provider, model, e.GetType().Name, e);
        return new Refusal.ModelFailed(timedOut, timedOut
            ? $"The model {model} did not answer within {options.Value.ModelTimeout.TotalSeconds:0} s. Your message is stored; send the request again to retry."
            : $"The model provider ({models.Provider}, {model}) failed: {e.GetType().Name}. Your message is stored; send the request again to retry.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model call to {Provider} {Model} failed with {ErrorType}")]
    private static partial void LogModelFailure(ILogger logger, string provider, string model, string errorType, Exception exception);
}
