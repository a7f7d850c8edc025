using System.Globalization;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Conversations;

/// <summary>
/// What a user may read or delete of their own memory; another user's data is indistinguishable from data that does not exist.
/// Once the user has asked to be forgotten, what they had before the request is gone for them at once (sessions, their
/// messages and summaries, facts), while the worker is still erasing it; what they say after the request is theirs again.
/// </summary>
public sealed class MemoryQueries(MemoryDbContext db, DerivedData derived, AuditLog audit, CachePurge purge,
    IOptions<RetentionOptions> retention, IOptions<MemoryOptions> memory, TimeProvider clock)
{
    /// <summary>The user's sessions, most recently active first, a page at a time.</summary>
    public async Task<Outcome<Page<SessionInfo>>> ListSessionsAsync(MemoryUser user, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var read = PageRule.Sessions.Read(request, 2);
        if (read.Refusal is { } refusal)
        {
            return refusal;
        }

        var (limit, after) = read.Value;
        (DateTimeOffset, Guid)? position = null;
        if (after is [var at, var id])
        {
            if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var activeAt) || !Guid.TryParse(id, out var sessionId))
            {
                return BadCursor(request);
            }

            position = (activeAt.ToUniversalTime(), sessionId);
        }

        var rows = await Sessions(user.Id, after: position).Take(limit + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        return PageRule.Of(rows, limit, s => [s.LastActiveAt.ToString("O", CultureInfo.InvariantCulture), s.Id.ToString()]);
    }

    private static Refusal.Invalid BadCursor(PageRequest request) =>
        new($"before {Refusal.Quote(request.Before ?? "")} is not a cursor of this list: use the next cursor an earlier page gave.");

    /// <summary>The session with its current summary.</summary>
    public async Task<Outcome<SessionDetail>> GetSessionAsync(MemoryUser user, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await FindSessionAsync(user, sessionId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            return Missing(sessionId);
        }

        return new SessionDetail(session, await CurrentSummaryAsync(session.Id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The session's messages in order, a page at a time from the end: a page holds the latest messages before the cursor
    /// (the whole conversation's latest without one), and its next cursor reads the ones before it.
    /// </summary>
    public async Task<Outcome<Page<MessageInfo>>> GetMessagesAsync(MemoryUser user, Guid sessionId, PageRequest request, CancellationToken cancellationToken)
    {
        var read = PageRule.Messages.Read(request, 1);
        if (read.Refusal is { } refusal)
        {
            return refusal;
        }

        var (limit, after) = read.Value;
        var before = long.MaxValue;
        if (after is [var sequence] && !long.TryParse(sequence, NumberStyles.None, CultureInfo.InvariantCulture, out before))
        {
            return BadCursor(request);
        }

        if (await FindSessionAsync(user, sessionId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            return Missing(sessionId);
        }

        var latest = await db.Messages.AsNoTracking().Where(m => m.SessionId == session.Id && m.Sequence < before).OrderByDescending(m => m.Sequence).Take(limit + 1)
            .Select(m => new MessageInfo(m.Id, m.Sequence, m.Role, m.Content, m.CreatedAt, m.Model, m.InputTokens, m.OutputTokens, m.Sequence <= session.SummarizedThrough, m.PiiKinds))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var page = PageRule.Of(latest, limit, m => [m.Sequence.ToString(CultureInfo.InvariantCulture)]);
        return page with { Items = [.. page.Items.Reverse()] };
    }

    /// <summary>The session's current summary; null when nothing is summarized yet.</summary>
    public async Task<Outcome<SummaryInfo?>> GetSummaryAsync(MemoryUser user, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await FindSessionAsync(user, sessionId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            return Missing(sessionId);
        }

        return await CurrentSummaryAsync(session.Id, cancellationToken).ConfigureAwait(false);
    }

    private Task<SummaryInfo?> CurrentSummaryAsync(Guid sessionId, CancellationToken cancellationToken) =>
        db.Summaries.AsNoTracking().Where(s => s.SessionId == sessionId && s.IsCurrent)
            .Select(s => new SummaryInfo(s.Id, s.Content, s.ThroughSequence, s.CoveredMessageIds.Length, s.Model, s.PromptVersion, s.Tokens, s.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<SessionInfo?> FindSessionAsync(MemoryUser user, Guid sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await Sessions(user.Id, sessionId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Refusal.NotFound Missing(Guid sessionId) => new($"Session {sessionId}");

    /// <summary>
    /// What the session's model calls used: each reply's call (stored on its assistant message) and each call its memory jobs
    /// made (fact extraction, summaries), summed by purpose, provider and model.
    /// </summary>
    public async Task<Outcome<SessionUsage>> GetUsageAsync(MemoryUser user, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await FindSessionAsync(user, sessionId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            return Missing(sessionId);
        }

        var replies = await db.Messages.AsNoTracking().Where(m => m.SessionId == session.Id && m.Role == MessageRoles.Assistant && m.Model != null)
            .GroupBy(m => new { m.Provider, m.Model })
            .Select(g => new ModelUsageInfo(Models.ModelPurposes.Chat, g.Key.Provider ?? "", g.Key.Model!, g.Count(), g.Sum(m => (long?)m.InputTokens) ?? 0, g.Sum(m => (long?)m.OutputTokens) ?? 0))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var jobs = await db.ModelCalls.AsNoTracking().Where(c => c.SessionId == session.Id)
            .GroupBy(c => new { c.Purpose, c.Provider, c.Model })
            .Select(g => new ModelUsageInfo(g.Key.Purpose, g.Key.Provider, g.Key.Model, g.Count(), g.Sum(c => (long?)c.InputTokens) ?? 0, g.Sum(c => (long?)c.OutputTokens) ?? 0))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        List<ModelUsageInfo> models = [.. replies.Concat(jobs).OrderBy(u => u.Purpose, StringComparer.Ordinal).ThenBy(u => u.Model, StringComparer.Ordinal)];
        return new SessionUsage(session.Id, models, models.Sum(u => u.InputTokens), models.Sum(u => u.OutputTokens));
    }

    /// <summary>
    /// Deletes the session with its messages and summaries, everything derived only from its messages (facts no other
    /// message states; see <see cref="DerivedData"/>), its pending jobs and its cache entries, and records the deletion.
    /// </summary>
    /// <returns>Null when deleted; why not otherwise.</returns>
    public async Task<Refusal?> DeleteSessionAsync(MemoryUser user, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await FindSessionAsync(user, sessionId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            return Missing(sessionId);
        }

        var userId = user.Id;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var messages = await db.Messages.Where(m => m.SessionId == session.Id && m.UserId == userId).Select(m => m.Id).ToListAsync(ct).ConfigureAwait(false);
            await derived.ForgetMessagesAsync(new DeletedMessages([.. messages.Select(id => new DeletedMessage(id, session.Id, userId))], AuditLog.UserActor, AuditActions.Delete), ct)
                .ConfigureAwait(false);
            await db.Jobs.Where(j => j.SessionId == session.Id && j.Status == JobStatuses.Pending && j.Kind != JobKinds.PurgeCache).ExecuteDeleteAsync(ct).ConfigureAwait(false);
            await db.Sessions.Where(s => s.Id == session.Id && s.UserId == userId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
            await audit.AppendAsync([new AuditRecord(userId, AuditLog.UserActor, AuditActions.Delete, AuditTargets.Session, [session.Id], null)], ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        await purge.TryPurgeAsync(userId, session.Id).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Deletes one message and everything derived only from it (see <see cref="DerivedData"/>): facts no other message states,
    /// the summaries that covered it (rebuilt without it by the worker) and the cached window that held it.
    /// </summary>
    /// <returns>Null when deleted; why not otherwise.</returns>
    public async Task<Refusal?> DeleteMessageAsync(MemoryUser user, Guid sessionId, Guid messageId, CancellationToken cancellationToken)
    {
        if (await FindSessionAsync(user, sessionId, cancellationToken).ConfigureAwait(false) is not { } session)
        {
            return Missing(sessionId);
        }

        var userId = user.Id;
        var strategy = db.Database.CreateExecutionStrategy();
        var deleted = await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            if (await db.Messages.Where(m => m.Id == messageId && m.SessionId == session.Id && m.UserId == userId).ExecuteDeleteAsync(ct).ConfigureAwait(false) == 0)
            {
                return false;
            }

            await derived.ForgetMessagesAsync(new DeletedMessages([new DeletedMessage(messageId, session.Id, userId)], AuditLog.UserActor, AuditActions.Delete), ct)
                .ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        if (!deleted)
        {
            return new Refusal.NotFound($"Message {messageId} of session {sessionId}");
        }

        await purge.TryPurgeAsync(userId, session.Id).ConfigureAwait(false);
        return null;
    }

    public const int MaxAuditPage = 200;

    /// <summary>The user's own audit entries, newest first; <paramref name="before"/> (an entry id) pages back.</summary>
    public async Task<Outcome<Page<AuditEntryInfo>>> ListAuditAsync(MemoryUser user, long? before, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxAuditPage)
        {
            return new Refusal.Invalid($"limit must be between 1 and {MaxAuditPage}.");
        }

        ArgumentNullException.ThrowIfNull(user);
        var take = limit ?? 50;
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == user.Id && (before == null || e.Id < before))
            .OrderByDescending(e => e.Id).Take(take + 1)
            .Select(AuditReader.Info)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // The cursor is the last entry's id, as before= has always taken it.
        return rows.Count > take ? new Page<AuditEntryInfo>([.. rows.Take(take)], rows[take - 1].Id.ToString(CultureInfo.InvariantCulture)) : new Page<AuditEntryInfo>(rows, null);
    }

    /// <summary>The user's facts by key, each key's versions newest first, a page at a time.</summary>
    public async Task<Outcome<Page<FactInfo>>> ListFactsAsync(MemoryUser user, bool includeHistory, PageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var read = PageRule.Facts.Read(request, 3);
        if (read.Refusal is { } refusal)
        {
            return refusal;
        }

        var (limit, after) = read.Value;
        var userId = user.Id;
        var erasing = ErasureRequests.Active(db, userId);
        var facts = db.Facts.AsNoTracking()
            .Where(f => f.UserId == userId && (includeHistory || f.Status == FactStatuses.Current) && !erasing.Any(e => f.RecordedAt <= e.RequestedAt));
        if (after is [var key, var from, var id])
        {
            if (!DateTimeOffset.TryParse(from, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var validFrom) || !Guid.TryParse(id, out var factId))
            {
                return BadCursor(request);
            }

            var since = validFrom.ToUniversalTime();
#pragma warning disable CA1309, CA1310 // Translated to SQL: keys compare in PostgreSQL's collation, the one ORDER BY uses.
            facts = facts.Where(f => string.Compare(f.Key, key) > 0
                || (f.Key == key && EF.Functions.LessThan(ValueTuple.Create(f.ValidFrom, f.Id), ValueTuple.Create(since, factId))));
#pragma warning restore CA1309, CA1310
        }

        var rows = await facts.OrderBy(f => f.Key).ThenByDescending(f => f.ValidFrom).ThenByDescending(f => f.Id).Take(limit + 1)
            .Select(FactViews.Info)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var page = PageRule.Of(rows, limit, f => [f.Key, f.ValidFrom.ToString("O", CultureInfo.InvariantCulture), f.Id.ToString()]);
        return page with
        {
            Items = [.. page.Items.Select(f => f with
            {
                ExpiresAt = retention.Value.FactExpiresAt(f.Category, f.PiiKinds, f.ObservedAt),
                PossiblyStale = ContextAssembler.IsPossiblyStale(f.ObservedAt, now, memory.Value.StaleAfter),
            })],
        };
    }

    /// <param name="after">The position (last active, id) of the last session of the page before.</param>
    private IQueryable<SessionInfo> Sessions(Guid userId, Guid? sessionId = null, (DateTimeOffset At, Guid Id)? after = null)
    {
        var erasing = ErasureRequests.Active(db, userId);
        var sessions = db.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId && (sessionId == null || s.Id == sessionId) && !erasing.Any(e => s.CreatedAt <= e.RequestedAt));
        if (after is { } position)
        {
            sessions = sessions.Where(s => EF.Functions.LessThan(ValueTuple.Create(s.LastActiveAt, s.Id), ValueTuple.Create(position.At, position.Id)));
        }

        return sessions.OrderByDescending(s => s.LastActiveAt).ThenByDescending(s => s.Id).Select(s => new SessionInfo(
                s.Id, s.Title, s.Strategy, s.CreatedAt, s.LastActiveAt,
                db.Messages.Count(m => m.SessionId == s.Id),
                db.Jobs.Count(j => j.SessionId == s.Id && j.Status == JobStatuses.Pending),
                db.Summaries.Where(x => x.SessionId == s.Id && x.IsCurrent).Select(x => x.ThroughSequence).FirstOrDefault()));
    }
}
