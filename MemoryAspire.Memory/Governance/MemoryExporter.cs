using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Everything held about a user as one document: every session with its messages and every summary version, every fact
/// version (history, rejections, provenance), the audit trail and the erasure requests. The export itself is audited.
/// </summary>
public sealed class MemoryExporter(MemoryDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<MemoryExport> ExportAsync(MemoryUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow();
        var userId = user.Id;
        // Recorded first, so the document holds its own entry.
        await audit.AppendAsync([new AuditRecord(userId, AuditLog.UserActor, AuditActions.Export, AuditTargets.User, [userId], null)], cancellationToken).ConfigureAwait(false);

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new SessionInfo(s.Id, s.Title, s.Strategy, s.CreatedAt, s.LastActiveAt,
                db.Messages.Count(m => m.SessionId == s.Id),
                db.Jobs.Count(j => j.SessionId == s.Id && j.Status == JobStatuses.Pending),
                db.Summaries.Where(x => x.SessionId == s.Id && x.IsCurrent).Select(x => x.ThroughSequence).FirstOrDefault()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var messages = await db.Messages.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new ExportedMessage(m.SessionId, new MessageInfo(m.Id, m.Sequence, m.Role, m.Content, m.CreatedAt, m.Model, m.InputTokens, m.OutputTokens,
                db.Summaries.Any(x => x.SessionId == m.SessionId && x.IsCurrent && x.ThroughSequence >= m.Sequence), m.PiiKinds)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var summaries = await db.Summaries.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new ExportedSummary(s.SessionId, s.IsCurrent,
                new SummaryInfo(s.Id, s.Content, s.ThroughSequence, s.CoveredMessageIds.Length, s.Model, s.PromptVersion, s.Tokens, s.CreatedAt)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var calls = await db.ModelCalls.AsNoTracking().Where(c => c.UserId == userId)
            .Select(c => new ExportedModelCall(c.SessionId, new ModelCallInfo(c.MessageId, c.Purpose, c.Provider, c.Model, c.InputTokens, c.OutputTokens, c.At)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var facts = await db.Facts.AsNoTracking().Where(f => f.UserId == userId).Select(FactViews.Info).ToListAsync(cancellationToken).ConfigureAwait(false);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId)
            .Select(AuditReader.Info)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var erasures = await db.ErasureRequests.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return Assemble(user.Subject, userId, now, sessions, messages, summaries, facts, entries, [.. erasures.Select(ErasureRequests.Progress)], calls);
    }

    /// <summary>
    /// The document from the rows read: sessions newest first, messages in order, summaries and facts newest first, model
    /// calls and audit in order.
    /// </summary>
    public static MemoryExport Assemble(
        string subject, Guid userId, DateTimeOffset now, IReadOnlyList<SessionInfo> sessions, IReadOnlyList<ExportedMessage> messages,
        IReadOnlyList<ExportedSummary> summaries, IReadOnlyList<FactInfo> facts, IReadOnlyList<AuditEntryInfo> audit, IReadOnlyList<ErasureProgress> erasures,
        IReadOnlyList<ExportedModelCall> calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(summaries);
        var messagesBySession = messages.ToLookup(m => m.SessionId, m => m.Message);
        var summariesBySession = summaries.ToLookup(s => s.SessionId);
        var callsBySession = calls.ToLookup(c => c.SessionId, c => c.Call);
        return new MemoryExport(
            subject,
            userId,
            now,
            [.. sessions.OrderByDescending(s => s.LastActiveAt).Select(s => new ExportedSession(
                s,
                [.. messagesBySession[s.Id].OrderBy(m => m.Sequence)],
                [.. summariesBySession[s.Id].OrderByDescending(x => x.Current).ThenByDescending(x => x.Summary.ThroughSequence).ThenByDescending(x => x.Summary.CreatedAt).Select(x => x.Summary)],
                [.. callsBySession[s.Id].OrderBy(c => c.At)]))],
            [.. facts.OrderBy(f => f.Key, StringComparer.Ordinal).ThenByDescending(f => f.RecordedAt)],
            [.. audit.OrderBy(e => e.Id)],
            [.. erasures.OrderBy(e => e.RequestedAt)]);
    }
}

/// <summary>A message read for an export, with its session.</summary>
public sealed record ExportedMessage(Guid SessionId, MessageInfo Message);

/// <summary>A summary version read for an export, with its session.</summary>
public sealed record ExportedSummary(Guid SessionId, bool Current, SummaryInfo Summary);

/// <summary>A model call read for an export, with its session.</summary>
public sealed record ExportedModelCall(Guid SessionId, ModelCallInfo Call);
