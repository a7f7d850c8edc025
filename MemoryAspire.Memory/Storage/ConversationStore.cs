using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Storage;

/// <summary>Reads windows and profiles through the Redis cache, rebuilding them from PostgreSQL on a miss.</summary>
public sealed class ConversationStore(MemoryDbContext db, MemoryCacheStore cache, IOptions<MemoryOptions> options)
{
    public async Task<CachedWindow> GetWindowAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        await cache.GetWindowAsync(userId, sessionId).ConfigureAwait(false)
        ?? await RefreshWindowAsync(userId, sessionId, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The current summary and every message it does not cover, plus enough older ones for a buffer of
    /// <see cref="MemoryOptions.BufferSize"/>; written to the cache.
    /// </summary>
    public async Task<CachedWindow> RefreshWindowAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var window = await LoadWindowAsync(userId, sessionId, cancellationToken).ConfigureAwait(false);
        await cache.SetWindowAsync(userId, sessionId, window).ConfigureAwait(false);
        return window;
    }

    /// <summary>Drops the cached window, so that a message stored without a reply (the model failed) is in the next one.</summary>
    public Task InvalidateWindowAsync(Guid userId, Guid sessionId) => cache.InvalidateWindowAsync(userId, sessionId);

    public async Task<CachedWindow> LoadWindowAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var summary = await db.Summaries.AsNoTracking()
            .Where(s => s.SessionId == sessionId && s.UserId == userId && s.IsCurrent)
            .Select(s => new SummarySnapshot(s.Id, s.Content, s.ThroughSequence, s.Model, s.PromptVersion, s.Tokens))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var lastSequence = await db.Messages.Where(m => m.SessionId == sessionId && m.UserId == userId)
            .MaxAsync(m => (long?)m.Sequence, cancellationToken).ConfigureAwait(false) ?? 0;
        var from = Math.Min(summary?.ThroughSequence ?? 0, lastSequence - options.Value.BufferSize);
        var messages = await db.Messages.AsNoTracking()
            .Where(m => m.SessionId == sessionId && m.UserId == userId && m.Sequence > from)
            .OrderBy(m => m.Sequence)
            .Select(m => new WindowMessage(m.Id, m.Sequence, m.Role, m.Content, m.Tokens))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var count = await db.Messages.CountAsync(m => m.SessionId == sessionId && m.UserId == userId, cancellationToken).ConfigureAwait(false);
        return new CachedWindow(summary, messages, count);
    }

    /// <summary>Every current fact of the user, most recently observed first.</summary>
    public async Task<IReadOnlyList<ProfileFact>> GetProfileAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await cache.GetProfileAsync(userId).ConfigureAwait(false) is { } cached)
        {
            return cached;
        }

        var facts = await db.Facts.AsNoTracking()
            .Where(f => f.UserId == userId && f.Status == FactStatuses.Current)
            .OrderByDescending(f => f.ObservedAt)
            .Select(f => new ProfileFact(f.Id, f.Key, f.Value, f.Category, f.Confidence, f.ObservedAt, 1))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        await cache.SetProfileAsync(userId, facts).ConfigureAwait(false);
        return facts;
    }
}
