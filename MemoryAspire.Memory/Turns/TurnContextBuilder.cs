using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Turns;

/// <summary>A turn's prompt, and the window it was built on when the turn writes that window back to the cache.</summary>
public sealed record BuiltContext(AssembledContext Prompt, TurnWindow? Window);

/// <summary>
/// The turn's third step: the window before the message (Redis, PostgreSQL on a miss), the strategy's plan, the ranked facts and
/// recall candidates, assembled within the token budget.
/// </summary>
public sealed class TurnContextBuilder(
    MemoryDbContext db, ConversationStore store, IMemoryRanker ranker, QuestionVectors questionVectors, IOptions<MemoryOptions> options, TimeProvider clock)
{
    public async Task<BuiltContext> BuildAsync(AdmittedTurn turn, RecordedMessage recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(recorded);
        var (userId, request) = (turn.UserId, turn.Request);
        var settings = options.Value;
        var (sessionId, sequence) = (recorded.SessionId, recorded.Message.Sequence);
        TurnWindow? turnWindow = null;
        CachedWindow window;
        QuestionVector? vector = null;
        if (recorded.Resumed)
        {
            window = await store.LoadWindowBeforeAsync(userId, sessionId, sequence, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            turnWindow = await store.GetWindowBeforeAsync(userId, sessionId, sequence, cancellationToken).ConfigureAwait(false);
            window = turnWindow.Window;
            // Only for a user who may have earlier sessions.
            vector = settings.RecallTokens > 0
                ? await questionVectors.ForAsync(userId, request.OpensSession, request.Message, db, cancellationToken).ConfigureAwait(false)
                : null;
        }

        if (sequence == 1 && request.Call is { Earlier.Count: > 0 } call)
        {
            // A session that holds nothing yet: the conversation the client brings stands in for its window (not stored).
            window = new CachedWindow(null, [.. call.Earlier.Select((m, i) => EarlierMessage(m, i + 1 - call.Earlier.Count))], 0);
        }

        var sessions = recorded.Strategy == MemoryStrategies.Auto
            ? await db.Sessions.CountAsync(s => s.UserId == userId, cancellationToken).ConfigureAwait(false)
            : 1;
        var plan = StrategyPlanner.Plan(recorded.Strategy, sequence, sessions, settings);
        var ranked = await ranker.RankAsync(RankRequestFor(userId, sessionId, request.Message, plan, recorded.MemoryWithheld, settings, vector), cancellationToken)
            .ConfigureAwait(false);
        if (ranked.Recall.Items.Count > 0 || ranked.Recall.Semantic.Count > 0)
        {
            // Recall found earlier sessions: this user's next turns get a vector too.
            questionVectors.Remember(userId);
        }

        var through = plan.Summary ? window.Summary?.ThroughSequence ?? 0 : 0;
        var messages = plan.Summary && through > 0 ? [.. window.Messages.Where(m => m.Sequence > through)] : window.Messages;
        // Recall fills its own budget after the profile and the summary, leaving out what they already say.
        var recall = RecallSelection.Select(ranked.Recall, request.Message, ranked.Facts, plan.Summary ? window.Summary?.Content : null, settings.RecallTokens);
        var systemPrompt = request.Call?.Instructions is { Length: > 0 } instructions ? $"{instructions}\n\n{settings.SystemPrompt}" : settings.SystemPrompt;
        var input = new ContextInput(systemPrompt, plan, ranked.Facts, window.Summary, recall, messages, request.Message, settings.MaxContextTokens)
        {
            Now = clock.GetUtcNow(), StaleAfter = settings.StaleAfter,
        };
        var prompt = ContextAssembler.Assemble(input);
        MemoryTelemetry.RecordContext(prompt.Report);
        return new BuiltContext(prompt, turnWindow);
    }

    /// <summary>What a plan asks the ranker for: its sections' limits, nothing of the user's earlier memory while it is withheld.</summary>
    private static RankRequest RankRequestFor(Guid userId, Guid sessionId, string message, StrategyPlan plan, bool withheld, MemoryOptions settings, QuestionVector? vector) =>
        new(userId, sessionId, message, plan.Profile && !withheld ? settings.MaxFactsInjected : 0, plan.Recall && !withheld && settings.RecallTokens > 0)
        {
            Vector = plan.Recall && !withheld && settings.RecallTokens > 0 ? vector : null,
        };

    /// <summary>A message of the client's own conversation as the window holds one, numbered before the new message.</summary>
    private static WindowMessage EarlierMessage(ChatMessage message, long sequence)
    {
        var text = message.Text;
        return new WindowMessage(Guid.Empty, sequence, message.Role == ChatRole.Assistant ? MessageRoles.Assistant : MessageRoles.User, text, TokenCounter.Count(text));
    }
}
