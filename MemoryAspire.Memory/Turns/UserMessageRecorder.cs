using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Turns;

/// <summary>The user's message, stored, as the turn's prompt is built around it.</summary>
/// <param name="MemoryWithheld">Whether the user's erasure is under way: their earlier memory is then not used (no profile, no recall).</param>
public sealed record RecordedMessage(Guid SessionId, string Strategy, WindowMessage Message, bool MemoryWithheld)
{
    /// <summary>Stored by an earlier attempt of the same request, not by this turn: its window is not written back to the cache.</summary>
    public bool Resumed { get; init; }
}

/// <summary>
/// The turn's second step: the user's message is stored with its extraction job, in one statement, before the prompt is built
/// and the model is called, so that a model failure loses nothing. A retry of a request whose message is stored finds it instead.
/// </summary>
public sealed class UserMessageRecorder(MemoryDbContext db, TurnStore turns, JobSignal jobs, IOptions<MemoryOptions> options, TimeProvider clock)
{
    public Task<Outcome<RecordedMessage>> RecordAsync(AdmittedTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Unanswered is { } unanswered ? FindAsync(turn, unanswered, cancellationToken) : StoreAsync(turn, cancellationToken);
    }

    /// <summary>The usual turn: it learns of an erasure from the statement that stores the message.</summary>
    private async Task<Outcome<RecordedMessage>> StoreAsync(AdmittedTurn turn, CancellationToken cancellationToken)
    {
        var request = turn.Request;
        var message = new NewMessage(Guid.CreateVersion7(), turn.UserId, MessageRoles.User, request.Message, TokenCounter.Count(request.Message),
            [.. PiiDetector.Kinds(request.Message)], clock.GetUtcNow());
        var newSession = request.OpensSession
            ? new NewSession(request.SessionId ?? Guid.CreateVersion7(), turn.Strategy ?? options.Value.DefaultStrategy, SessionTitles.From(request.Message))
            : null;
        var stamp = request.IdempotencyKey is { } key ? new IdempotencyStamp(key, turn.RequestHash) : null;
        if (await turns.AppendUserMessageAsync(request.SessionId, turn.Strategy, message, newSession, stamp, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return new Refusal.NotFound($"Session {request.SessionId}");
        }

        jobs.Wake(JobKinds.Extract);
        // Found again after a blip, the message does not say whether an erasure is under way: ask (no session to lose here).
        var withheld = stored.MemoryWithheld ?? (await WithholdsMemoryAsync(turn.UserId, null, cancellationToken).ConfigureAwait(false)).Value;
        return new RecordedMessage(stored.SessionId, stored.Strategy, new WindowMessage(message.Id, stored.Sequence, MessageRoles.User, message.Content, message.Tokens), withheld);
    }

    /// <summary>A retry of a request whose message is stored but was never answered: the prompt is rebuilt around that message.</summary>
    private async Task<Outcome<RecordedMessage>> FindAsync(AdmittedTurn turn, UnansweredMessage unanswered, CancellationToken cancellationToken)
    {
        var withholding = await WithholdsMemoryAsync(turn.UserId, unanswered.SessionId, cancellationToken).ConfigureAwait(false);
        if (withholding.Refusal is { } gone)
        {
            return gone;
        }

        if (await turns.FindStoredMessageAsync(unanswered.MessageId, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return new Refusal.NotFound($"Session {unanswered.SessionId}");
        }

        var text = turn.Request.Message;
        var message = new WindowMessage(unanswered.MessageId, stored.Sequence, MessageRoles.User, text, TokenCounter.Count(text));
        return new RecordedMessage(stored.SessionId, stored.Strategy, message, withholding.Value) { Resumed = true };
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
}
