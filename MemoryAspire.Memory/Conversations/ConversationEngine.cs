using System.Runtime.CompilerServices;
using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Turns;

namespace MemoryAspire.Memory.Conversations;

/// <summary>
/// One chat turn, as its steps: admit the request (<see cref="TurnAdmission"/>), record the user's message
/// (<see cref="UserMessageRecorder"/>), build the context (<see cref="TurnContextBuilder"/>), get the model's reply
/// (<see cref="ModelReply"/>) and record it (<see cref="ReplyRecorder"/>). No database connection is held while the model answers.
/// </summary>
public sealed class ConversationEngine(
    TurnAdmission admission, UserMessageRecorder messages, TurnContextBuilder contexts, ModelReply replies, ReplyRecorder recorder, TurnStore turns)
{
    /// <summary>A whole turn: the reply once it is stored, or why the turn was refused (nothing stored then).</summary>
    public async Task<Outcome<TurnResult>> RunTurnAsync(MemoryUser user, TurnRequest request, CancellationToken cancellationToken)
    {
        var begun = await BeginAsync(user, request, cancellationToken).ConfigureAwait(false);
        if (begun.Refusal is { } refused)
        {
            return refused;
        }

        if (begun.Value!.Replay is { } replay)
        {
            return replay;
        }

        var (turn, message, context) = begun.Value.Prepared!;
        var reply = await replies.GetAsync(turn.Model, context.Prompt.Messages, turn.Request.Call?.Options, cancellationToken).ConfigureAwait(false);
        if (reply.Refusal is { } failed)
        {
            return failed;
        }

        return await recorder.RecordAsync(turn, message, context, reply.Value!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A turn as events, started: the message is stored and the prompt built before this returns, so a refusal is an
    /// outcome, never a stream that breaks off; then the context, the reply's text as it comes, and the stored result.
    /// </summary>
    public async Task<Outcome<IAsyncEnumerable<TurnEvent>>> StartTurnAsync(MemoryUser user, TurnRequest request, CancellationToken cancellationToken)
    {
        var begun = await BeginAsync(user, request, cancellationToken).ConfigureAwait(false);
        return begun.Refusal is { } refused ? refused
            : begun.Value!.Replay is { } replay ? Outcome.Of(Replayed(replay))
            : Outcome.Of(StreamAsync(begun.Value.Prepared!, cancellationToken));
    }

    private sealed record PreparedTurn(AdmittedTurn Turn, RecordedMessage Message, BuiltContext Context);

    /// <summary>A turn up to the model call: a request answered before (its first answer), or the turn with its message and prompt.</summary>
    private sealed record BegunTurn(TurnResult? Replay, PreparedTurn? Prepared);

    /// <summary>The steps both kinds of turn share: admit, then record the message and build the context.</summary>
    private async Task<Outcome<BegunTurn>> BeginAsync(MemoryUser user, TurnRequest request, CancellationToken cancellationToken)
    {
        var admitted = await admission.AdmitAsync(user, request, cancellationToken).ConfigureAwait(false);
        if (admitted.Refusal is { } refused)
        {
            return refused;
        }

        if (admitted.Value!.Replay is { } replay)
        {
            return new BegunTurn(replay, null);
        }

        var turn = admitted.Value;
        try
        {
            var recorded = await messages.RecordAsync(turn, cancellationToken).ConfigureAwait(false);
            if (recorded.Refusal is { } refusal)
            {
                return refusal;
            }

            var context = await contexts.BuildAsync(turn, recorded.Value!, cancellationToken).ConfigureAwait(false);
            return new BegunTurn(null, new PreparedTurn(turn, recorded.Value!, context));
        }
        finally
        {
            // No connection is held while the model answers.
            await turns.ReleaseAsync().ConfigureAwait(false);
        }
    }

    private async IAsyncEnumerable<TurnEvent> StreamAsync(PreparedTurn prepared, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (turn, message, context) = prepared;
        yield return new TurnContextEvent(message.SessionId, context.Prompt.Report, turn.Model.Provider, turn.Model.Name) { UserMessageId = message.Message.Id };
        await foreach (var part in replies.StreamAsync(turn.Model, context.Prompt.Messages, turn.Request.Call?.Options, cancellationToken).ConfigureAwait(false))
        {
            switch (part)
            {
                case ReplyPart.Text text:
                    yield return new TurnDeltaEvent(text.Value);
                    break;
                case ReplyPart.Failed failed:
                    yield return new TurnFailedEvent(failed.Refusal);
                    yield break;
                case ReplyPart.Done done:
                    yield return new TurnCompletedEvent(await recorder.RecordAsync(turn, message, context, done.Response, cancellationToken).ConfigureAwait(false));
                    break;
            }
        }
    }

    /// <summary>A request answered before, as the events of its first answer.</summary>
    private static async IAsyncEnumerable<TurnEvent> Replayed(TurnResult replay)
    {
        yield return new TurnContextEvent(replay.SessionId, replay.Context, replay.Provider, replay.Model) { UserMessageId = replay.UserMessageId };
        yield return new TurnDeltaEvent(replay.Reply);
        yield return new TurnCompletedEvent(replay);
    }
}
