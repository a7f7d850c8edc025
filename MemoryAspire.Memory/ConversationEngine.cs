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
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory;

/// <summary>
/// One chat turn: the user's message is stored (with its extraction job) before the model is called, so a model failure loses
/// nothing; the reply is stored with its usage, and compaction enqueued, in a second transaction. Neither waits for the jobs.
/// </summary>
public sealed partial class ConversationEngine(
    MemoryDbContext db,
    UserDirectory users,
    ConversationStore store,
    IMemoryRanker ranker,
    MemoryModels models,
    IOptions<MemoryOptions> options,
    TimeProvider clock,
    ILogger<ConversationEngine> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TurnResult> RunTurnAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        var turn = await BeginAsync(request, cancellationToken).ConfigureAwait(false);
        if (turn.Replay is { } replay)
        {
            return replay;
        }

        ChatResponse response;
        using (var timeout = ModelTimeout(cancellationToken))
        {
            try
            {
                response = await models.Chat.GetResponseAsync(turn.Context.Messages, ChatOptions(), timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (IsModelFailure(e, cancellationToken))
            {
                throw ModelFailure(e, timeout, cancellationToken);
            }
        }

        return await CompleteAsync(turn, response.Text, response.ModelId, response.Usage, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<TurnEvent> StreamTurnAsync(TurnRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var turn = await BeginAsync(request, cancellationToken).ConfigureAwait(false);
        if (turn.Replay is { } replay)
        {
            yield return new TurnContextEvent(replay.SessionId, replay.Context, replay.Provider, replay.Model);
            yield return new TurnDeltaEvent(replay.Reply);
            yield return new TurnCompletedEvent(replay);
            yield break;
        }

        yield return new TurnContextEvent(turn.SessionId, turn.Context.Report, models.Provider, models.ChatModel);
        var updates = new List<ChatResponseUpdate>();
        using (var timeout = ModelTimeout(cancellationToken))
        {
            var stream = models.Chat.GetStreamingResponseAsync(turn.Context.Messages, ChatOptions(), timeout.Token).GetAsyncEnumerator(timeout.Token);
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
                    catch (Exception e) when (IsModelFailure(e, cancellationToken))
                    {
                        throw ModelFailure(e, timeout, cancellationToken);
                    }

                    updates.Add(stream.Current);
                    if (stream.Current.Text is { Length: > 0 } text)
                    {
                        yield return new TurnDeltaEvent(text);
                    }
                }
            }
            finally
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }

        var response = updates.ToChatResponse();
        yield return new TurnCompletedEvent(await CompleteAsync(turn, response.Text, response.ModelId, response.Usage, cancellationToken).ConfigureAwait(false));
    }

    private sealed record PreparedTurn(Guid UserId, Guid SessionId, Guid UserMessageId, string? IdempotencyKey, AssembledContext Context, TurnResult? Replay);

    private async Task<PreparedTurn> BeginAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        Validate(request, settings);
        var strategy = request.Strategy is null ? null : MemoryStrategies.Normalize(request.Strategy)
            ?? throw MemoryRequestException.BadRequest($"Unknown strategy '{request.Strategy}'. Use one of: {string.Join(", ", MemoryStrategies.All)}.");
        var userId = await users.ResolveAsync(request.Subject, cancellationToken).ConfigureAwait(false);
        var requestHash = Hash(request);

        IdempotencyRecord? record = null;
        if (request.IdempotencyKey is { } key)
        {
            record = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken).ConfigureAwait(false);
            if (record is not null && record.RequestHash != requestHash)
            {
                throw new MemoryRequestException(422, "Idempotency key reused", $"The Idempotency-Key '{key}' was already used for a different request.");
            }

            if (record?.ResponseJson is { } stored)
            {
                var replay = JsonSerializer.Deserialize<TurnResult>(stored, Json)! with { Replayed = true };
                return new PreparedTurn(userId, replay.SessionId, replay.UserMessageId, key, new AssembledContext([], replay.Context), replay);
            }
        }

        var sessionId = record?.SessionId ?? request.SessionId;
        var session = sessionId is { } id
            ? await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken).ConfigureAwait(false)
                ?? throw MemoryRequestException.NotFound($"Session {id}")
            : null;
        var now = clock.GetUtcNow();
        if (session is null)
        {
            session = new ChatSession
            {
                Id = Guid.CreateVersion7(), UserId = userId, Strategy = strategy ?? settings.DefaultStrategy,
                Title = Title(request.Message), CreatedAt = now, LastActiveAt = now,
            };
            db.Sessions.Add(session);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
        }
        else if (strategy is not null && strategy != session.Strategy)
        {
            await db.Sessions.Where(s => s.Id == session.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Strategy, strategy), cancellationToken).ConfigureAwait(false);
            session.Strategy = strategy;
        }

        // Context first: the window must not yet hold the new message, which the prompt carries separately.
        var window = await store.GetWindowAsync(userId, session.Id, cancellationToken).ConfigureAwait(false);
        var resumedMessageId = record?.UserMessageId;
        var windowMessages = resumedMessageId is { } resumed ? [.. window.Messages.Where(m => m.Id != resumed)] : window.Messages;
        var context = await AssembleAsync(userId, session, window with { Messages = windowMessages }, request.Message, cancellationToken).ConfigureAwait(false);

        var userMessageId = resumedMessageId ?? await StoreUserMessageAsync(userId, session.Id, request, requestHash, now, cancellationToken).ConfigureAwait(false);
        return new PreparedTurn(userId, session.Id, userMessageId, request.IdempotencyKey, context, null);
    }

    private async Task<AssembledContext> AssembleAsync(Guid userId, ChatSession session, CachedWindow window, string message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sessions = session.Strategy == MemoryStrategies.Auto
            ? await db.Sessions.CountAsync(s => s.UserId == userId, cancellationToken).ConfigureAwait(false)
            : 1;
        var plan = StrategyPlanner.Plan(session.Strategy, window.SessionMessages + 1, sessions, settings);
        var facts = plan.Profile
            ? await ranker.RankFactsAsync(userId, message, settings.MaxFactsInjected, cancellationToken).ConfigureAwait(false)
            : [];
        var recall = plan.Recall
            ? await ranker.RecallAsync(userId, session.Id, message, settings.MaxRecallHits, cancellationToken).ConfigureAwait(false)
            : [];
        var through = plan.Summary ? window.Summary?.ThroughSequence ?? 0 : 0;
        var messages = plan.Summary ? [.. window.Messages.Where(m => m.Sequence > through)] : window.Messages;
        var input = new ContextInput(settings.SystemPrompt, plan, facts, window.Summary, recall, messages, message, settings.MaxContextTokens);
        var context = ContextAssembler.Assemble(input);
        MemoryTelemetry.RecordContext(context.Report);
        return context;
    }

    private async Task<Guid> StoreUserMessageAsync(Guid userId, Guid sessionId, TurnRequest request, string requestHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var messageId = Guid.CreateVersion7();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var sequence = await NextSequenceAsync(sessionId, now, ct).ConfigureAwait(false);
            db.Messages.Add(new StoredMessage
            {
                Id = messageId, SessionId = sessionId, UserId = userId, Sequence = sequence, Role = MessageRoles.User,
                Content = request.Message, Tokens = TokenCounter.Count(request.Message), CreatedAt = now,
                PiiKinds = [.. PiiDetector.Kinds(request.Message)],
            });
            if (request.IdempotencyKey is { } key)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO idempotency_records (user_id, key, request_hash, user_message_id, session_id, created_at)
                    VALUES ({userId}, {key}, {requestHash}, {messageId}, {sessionId}, {now})
                    ON CONFLICT (user_id, key) DO UPDATE SET user_message_id = EXCLUDED.user_message_id, session_id = EXCLUDED.session_id
                    """, ct).ConfigureAwait(false);
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await DurableJobs.EnqueueAsync(db, JobKinds.Extract, $"extract:{messageId}", userId, sessionId, messageId, now, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        await store.InvalidateWindowAsync(userId, sessionId).ConfigureAwait(false);
        return messageId;
    }

    private async Task<TurnResult> CompleteAsync(PreparedTurn turn, string reply, string? modelId, UsageDetails? usage, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var model = modelId ?? models.ChatModel;
        var input = usage?.InputTokenCount ?? turn.Context.Messages.Sum(m => TokenCounter.CountMessage(m.Text));
        var output = usage?.OutputTokenCount ?? TokenCounter.Count(reply);
        MemoryTelemetry.RecordUsage(ModelPurposes.Chat, model, input, output);
        var now = clock.GetUtcNow();
        var assistantId = Guid.CreateVersion7();
        var result = new TurnResult(turn.SessionId, turn.UserMessageId, assistantId, reply, models.Provider, model, models.IsOffline,
            new TokenUsage(input, output, input + output), turn.Context.Report);

        TurnResult? earlier = null;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            earlier = null;
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var sequence = await NextSequenceAsync(turn.SessionId, now, ct).ConfigureAwait(false);
            if (turn.IdempotencyKey is { } key)
            {
                // A concurrent retry of the same request may have finished first: answer with its result, store nothing twice.
                var stored = await db.IdempotencyRecords.FromSql($"SELECT * FROM idempotency_records WHERE user_id = {turn.UserId} AND key = {key} FOR UPDATE")
                    .AsNoTracking().Select(r => r.ResponseJson).FirstOrDefaultAsync(ct).ConfigureAwait(false);
                if (stored is not null)
                {
                    earlier = JsonSerializer.Deserialize<TurnResult>(stored, Json)! with { Replayed = true };
                    return;
                }
            }

            db.Messages.Add(new StoredMessage
            {
                Id = assistantId, SessionId = turn.SessionId, UserId = turn.UserId, Sequence = sequence, Role = MessageRoles.Assistant,
                Content = reply, Tokens = TokenCounter.Count(reply), CreatedAt = now, Model = model, Provider = models.Provider,
                PiiKinds = [.. PiiDetector.Kinds(reply)],
                InputTokens = (int)Math.Min(int.MaxValue, input), OutputTokens = (int)Math.Min(int.MaxValue, output),
            });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var covered = await db.Summaries.Where(s => s.SessionId == turn.SessionId && s.IsCurrent).Select(s => (long?)s.ThroughSequence).FirstOrDefaultAsync(ct).ConfigureAwait(false) ?? 0;
            var uncovered = await db.Messages.CountAsync(m => m.SessionId == turn.SessionId && m.Sequence > covered, ct).ConfigureAwait(false);
            if (uncovered >= settings.SummaryThreshold)
            {
                await DurableJobs.EnqueueAsync(db, JobKinds.Summarize, $"summarize:{turn.SessionId}:{sequence}", turn.UserId, turn.SessionId, null, now, ct).ConfigureAwait(false);
            }

            if (turn.IdempotencyKey is { } idempotencyKey)
            {
                var json = JsonSerializer.Serialize(result, Json);
                await db.Database.ExecuteSqlAsync(
                    $"UPDATE idempotency_records SET response_json = {json}::jsonb WHERE user_id = {turn.UserId} AND key = {idempotencyKey}", ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();

        await store.RefreshWindowAsync(turn.UserId, turn.SessionId, cancellationToken).ConfigureAwait(false);
        return earlier ?? result;
    }

    /// <summary>Takes the session's row lock, so messages of one session get gap-free, ordered sequence numbers.</summary>
    private async Task<long> NextSequenceAsync(Guid sessionId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sequences = await db.Database.SqlQuery<long>($"""
            UPDATE sessions SET next_sequence = next_sequence + 1, last_active_at = {now}
            WHERE id = {sessionId}
            RETURNING next_sequence - 1 AS "Value"
            """).ToListAsync(cancellationToken).ConfigureAwait(false);
        return sequences.Count == 1 ? sequences[0] : throw MemoryRequestException.NotFound($"Session {sessionId}");
    }

    private static void Validate(TurnRequest request, MemoryOptions settings)
    {
        if (string.IsNullOrWhiteSpace(request.Message))
        {
            throw MemoryRequestException.BadRequest("The message is empty: send the text of the user's message in 'message'.");
        }

        var bytes = Encoding.UTF8.GetByteCount(request.Message);
        if (bytes > settings.MaxMessageBytes)
        {
            throw new MemoryRequestException(413, "Message too large", $"The message is {bytes} bytes; the limit is {settings.MaxMessageBytes} bytes (Memory:MaxMessageBytes).");
        }

        if (request.IdempotencyKey is { Length: > 200 })
        {
            throw MemoryRequestException.BadRequest("The Idempotency-Key header is longer than 200 characters.");
        }
    }

    private static string Title(string message)
    {
        var line = message.Trim().ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 57), "...");
    }

    private static string Hash(TurnRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{request.SessionId}\n{request.Strategy}\n{request.Message}")));

    private static ChatOptions ChatOptions() => new() { MaxOutputTokens = 1000 };

    private CancellationTokenSource ModelTimeout(CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(options.Value.ModelTimeout);
        return source;
    }

    private static bool IsModelFailure(Exception e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested && e is not MemoryRequestException;

    private ModelUnavailableException ModelFailure(Exception e, CancellationTokenSource timeout, CancellationToken cancellationToken)
    {
        var timedOut = timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested || e is TimeoutException;
        LogModelFailure(logger, models.Provider, models.ChatModel, e.GetType().Name, e);
        return new ModelUnavailableException(timedOut, timedOut
            ? $"The model {models.ChatModel} did not answer within {options.Value.ModelTimeout.TotalSeconds:0} s. Your message is stored; send the request again to retry."
            : $"The model provider ({models.Provider}, {models.ChatModel}) failed: {e.GetType().Name}. Your message is stored; send the request again to retry.", e);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model call to {Provider} {Model} failed with {ErrorType}")]
    private static partial void LogModelFailure(ILogger logger, string provider, string model, string errorType, Exception exception);
}
