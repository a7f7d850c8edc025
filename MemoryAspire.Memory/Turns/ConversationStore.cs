using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Turns;

/// <summary>A turn's window and how it was found, so that the turn can write the cache back with compare-and-set.</summary>
public sealed record TurnWindow(CachedWindow Window, WindowRead Read, bool FromCache);

/// <summary>Reads windows through the Redis cache, rebuilding them from PostgreSQL when the cached one is missing or behind.</summary>
public sealed class ConversationStore(MemoryDbContext db, TurnStore turns, MemoryCacheStore cache, IOptions<MemoryOptions> options)
{
    /// <summary>The window a turn whose message got <paramref name="nextSequence"/> needs: every earlier message, none after.</summary>
    public async Task<TurnWindow> GetWindowBeforeAsync(Guid userId, Guid sessionId, long nextSequence, CancellationToken cancellationToken)
    {
        var read = await cache.GetWindowAsync(userId, sessionId).ConfigureAwait(false);
        if (read.Window is { } cached && SessionWindow.IsCompleteBefore(cached, nextSequence))
        {
            return new TurnWindow(cached, read, true);
        }

        var loaded = await LoadWindowBeforeAsync(userId, sessionId, nextSequence, cancellationToken).ConfigureAwait(false);
        return new TurnWindow(loaded, read, false);
    }

    /// <summary>The same window from PostgreSQL alone, for a turn that does not write it back to the cache.</summary>
    public Task<CachedWindow> LoadWindowBeforeAsync(Guid userId, Guid sessionId, long nextSequence, CancellationToken cancellationToken) =>
        turns.LoadWindowAsync(userId, sessionId, nextSequence, options.Value.BufferSize, cancellationToken);

    /// <summary>
    /// Writes the window after a turn's messages back, unless another writer got there first or the window read from
    /// PostgreSQL has a gap (a reply still being made by a racing turn): then the cached window is dropped.
    /// </summary>
    public Task SaveAfterTurnAsync(Guid userId, Guid sessionId, TurnWindow window, IReadOnlyList<WindowMessage> added)
    {
        ArgumentNullException.ThrowIfNull(window);
        var buffer = options.Value.BufferSize;
        var next = window.FromCache || SessionWindow.IsGapless(window.Window, buffer) ? SessionWindow.Extend(window.Window, added, buffer) : null;
        return cache.ReplaceWindowAsync(userId, sessionId, window.Read, next);
    }

    /// <summary>Drops the cached window after the session changed in PostgreSQL (a summary, a deletion); the next turn rebuilds it.</summary>
    public Task InvalidateWindowAsync(Guid userId, Guid sessionId) => cache.InvalidateWindowAsync(userId, sessionId);

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
