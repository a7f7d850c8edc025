using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Turns;

/// <summary>
/// The turn's last step: the reply is stored with its usage, and compaction enqueued, in one statement at the sequence number
/// the user's message reserved for it (with the answer to the request's Idempotency-Key, in one transaction, when it has one);
/// the cached window is then extended with both messages. Nothing waits for the jobs.
/// </summary>
public sealed class ReplyRecorder(TurnStore turns, ConversationStore store, JobSignal jobs, IOptions<MemoryOptions> options, TimeProvider clock)
{
    /// <returns>The turn's result; for a request a concurrent retry answered first, that retry's.</returns>
    public async Task<TurnResult> RecordAsync(AdmittedTurn turn, RecordedMessage recorded, BuiltContext context, ChatResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(response);
        // The model is untrusted: a NUL in its reply is dropped (as from the streamed deltas), not a failed turn.
        var reply = StorableText.Clean(response.Text);
        var toolCalls = ReplyToolCalls.From(response);
        // A reply that calls tools is stored with its calls, so that later turns know what was asked for.
        var stored = ReplyToolCalls.Stored(reply, toolCalls);
        var settings = options.Value;
        var model = response.ModelId ?? turn.Model.Name;
        var provider = turn.Model.Provider;
        var usage = response.Usage;
        var input = usage?.InputTokenCount ?? context.Prompt.Messages.Sum(m => TokenCounter.CountMessage(m.Text));
        var output = usage?.OutputTokenCount ?? TokenCounter.Count(stored);
        MemoryTelemetry.RecordUsage(ModelPurposes.Chat, model, input, output);
        var assistant = new NewMessage(Guid.CreateVersion7(), turn.UserId, MessageRoles.Assistant, stored, TokenCounter.Count(stored), [.. PiiDetector.Kinds(stored)],
            clock.GetUtcNow())
        {
            Model = model, Provider = provider,
            InputTokens = (int)Math.Min(int.MaxValue, input), OutputTokens = (int)Math.Min(int.MaxValue, output),
        };
        var result = new TurnResult(recorded.SessionId, recorded.Message.Id, assistant.Id, reply, provider, model, turn.Model.IsOffline,
            new TokenUsage(input, output, input + output), context.Prompt.Report)
        {
            ToolCalls = toolCalls.Count > 0 ? toolCalls : null, FinishReason = ReplyToolCalls.FinishReason(response.FinishReason, toolCalls),
        };
        var summarizedThrough = context.Window?.Window.Summary?.ThroughSequence ?? 0;

        string? earlier = null;
        var sequence = recorded.Message.Sequence + 1;
        bool compaction;
        try
        {
            if (turn.Request.IdempotencyKey is not { } key)
            {
                compaction = await turns.AppendReplyAsync(recorded.SessionId, sequence, assistant, summarizedThrough, settings.SummaryThreshold, cancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                (earlier, compaction) = await turns.AppendAnsweredReplyAsync(key, StoredTurnResult.Serialize(result),
                    recorded.SessionId, sequence, assistant, summarizedThrough, settings.SummaryThreshold, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await turns.ReleaseAsync().ConfigureAwait(false);
        }

        if (earlier is not null)
        {
            return StoredTurnResult.Replay(earlier);
        }

        if (compaction)
        {
            jobs.Wake(JobKinds.Summarize);
        }

        if (context.Window is { } window)
        {
            await store.SaveAfterTurnAsync(turn.UserId, recorded.SessionId, window,
                [recorded.Message, new WindowMessage(assistant.Id, sequence, MessageRoles.Assistant, stored, assistant.Tokens)]).ConfigureAwait(false);
        }
        else
        {
            await store.InvalidateWindowAsync(turn.UserId, recorded.SessionId).ConfigureAwait(false);
        }

        return result;
    }
}
