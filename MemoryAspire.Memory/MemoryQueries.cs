using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory;

/// <summary>
/// What a user may read or delete of their own memory; another user's data is indistinguishable from data that does not exist.
/// Once the user has asked to be forgotten, what they had before the request is gone for them at once (sessions, their
/// messages and summaries, facts), while the worker is still erasing it; what they say after the request is theirs again.
/// </summary>
public sealed class MemoryQueries(MemoryDbContext db, UserDirectory users, DerivedData derived, AuditLog audit, CachePurge purge,
    IOptions<RetentionOptions> retention, IOptions<MemoryOptions> memory, TimeProvider clock)
{
    public async Task<IReadOnlyList<SessionInfo>> ListSessionsAsync(string subject, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(subject, cancellationToken).ConfigureAwait(false) is not { } userId)
        {
            return [];
        }

        return await Sessions(userId).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<SessionInfo> GetSessionAsync(string subject, Guid sessionId, CancellationToken cancellationToken)
    {
        var userId = await users.FindAsync(subject, cancellationToken).ConfigureAwait(false);
        return await Sessions(userId ?? Guid.Empty, sessionId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw MemoryRequestException.NotFound($"Session {sessionId}");
    }

    public async Task<IReadOnlyList<MessageInfo>> GetMessagesAsync(string subject, Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await GetSessionAsync(subject, sessionId, cancellationToken).ConfigureAwait(false);
        return await db.Messages.AsNoTracking().Where(m => m.SessionId == session.Id).OrderBy(m => m.Sequence)
            .Select(m => new MessageInfo(m.Id, m.Sequence, m.Role, m.Content, m.CreatedAt, m.Model, m.InputTokens, m.OutputTokens, m.Sequence <= session.SummarizedThrough, m.PiiKinds))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<SummaryInfo?> GetSummaryAsync(string subject, Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await GetSessionAsync(subject, sessionId, cancellationToken).ConfigureAwait(false);
        return await db.Summaries.AsNoTracking().Where(s => s.SessionId == session.Id && s.IsCurrent)
            .Select(s => new SummaryInfo(s.Id, s.Content, s.ThroughSequence, s.CoveredMessageIds.Length, s.Model, s.PromptVersion, s.Tokens, s.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What the session's model calls used: each reply's call (stored on its assistant message) and each call its memory jobs
    /// made (fact extraction, summaries), summed by purpose, provider and model.
    /// </summary>
    public async Task<SessionUsage> GetUsageAsync(string subject, Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await GetSessionAsync(subject, sessionId, cancellationToken).ConfigureAwait(false);
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
    public async Task DeleteSessionAsync(string subject, Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await GetSessionAsync(subject, sessionId, cancellationToken).ConfigureAwait(false);
        var userId = (await users.FindAsync(subject, cancellationToken).ConfigureAwait(false))!.Value;
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
    }

    /// <summary>
    /// Deletes one message and everything derived only from it (see <see cref="DerivedData"/>): facts no other message states,
    /// the summaries that covered it (rebuilt without it by the worker) and the cached window that held it.
    /// </summary>
    public async Task DeleteMessageAsync(string subject, Guid sessionId, Guid messageId, CancellationToken cancellationToken)
    {
        var session = await GetSessionAsync(subject, sessionId, cancellationToken).ConfigureAwait(false);
        var userId = (await users.FindAsync(subject, cancellationToken).ConfigureAwait(false))!.Value;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            if (await db.Messages.Where(m => m.Id == messageId && m.SessionId == session.Id && m.UserId == userId).ExecuteDeleteAsync(ct).ConfigureAwait(false) == 0)
            {
                throw MemoryRequestException.NotFound($"Message {messageId} of session {sessionId}");
            }

            await derived.ForgetMessagesAsync(new DeletedMessages([new DeletedMessage(messageId, session.Id, userId)], AuditLog.UserActor, AuditActions.Delete), ct)
                .ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        await purge.TryPurgeAsync(userId, session.Id).ConfigureAwait(false);
    }

    public const int MaxAuditPage = 200;

    /// <summary>The user's own audit entries, newest first; <paramref name="before"/> (an entry id) pages back.</summary>
    public async Task<IReadOnlyList<AuditEntryInfo>> ListAuditAsync(string subject, long? before, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxAuditPage)
        {
            throw MemoryRequestException.BadRequest($"limit must be between 1 and {MaxAuditPage}.");
        }

        if (await users.FindAsync(subject, cancellationToken).ConfigureAwait(false) is not { } userId)
        {
            return [];
        }

        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == userId && (before == null || e.Id < before))
            .OrderByDescending(e => e.Id).Take(limit ?? 50)
            .Select(AuditReader.Info)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FactInfo>> ListFactsAsync(string subject, bool includeHistory, CancellationToken cancellationToken)
    {
        if (await users.FindAsync(subject, cancellationToken).ConfigureAwait(false) is not { } userId)
        {
            return [];
        }

        var erasing = ErasureRequests.Active(db, userId);
        var facts = await db.Facts.AsNoTracking()
            .Where(f => f.UserId == userId && (includeHistory || f.Status == FactStatuses.Current) && !erasing.Any(e => f.RecordedAt <= e.RequestedAt))
            .OrderBy(f => f.Key).ThenByDescending(f => f.ValidFrom)
            .Select(FactViews.Info)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        return [.. facts.Select(f => f with
        {
            ExpiresAt = retention.Value.FactExpiresAt(f.Category, f.PiiKinds, f.ObservedAt),
            PossiblyStale = ContextAssembler.IsPossiblyStale(f.ObservedAt, now, memory.Value.StaleAfter),
        })];
    }

    private IQueryable<SessionInfo> Sessions(Guid userId, Guid? sessionId = null)
    {
        var erasing = ErasureRequests.Active(db, userId);
        return db.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId && (sessionId == null || s.Id == sessionId) && !erasing.Any(e => s.CreatedAt <= e.RequestedAt))
            .OrderByDescending(s => s.LastActiveAt).Select(s => new SessionInfo(
                s.Id, s.Title, s.Strategy, s.CreatedAt, s.LastActiveAt,
                db.Messages.Count(m => m.SessionId == s.Id),
                db.Jobs.Count(j => j.SessionId == s.Id && j.Status == JobStatuses.Pending),
                db.Summaries.Where(x => x.SessionId == s.Id && x.IsCurrent).Select(x => x.ThroughSequence).FirstOrDefault()));
    }
}
