using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.Memory.Storage;

/// <summary>
/// Subject-to-id mappings already read. A user's row is never deleted (forgetting a user erases their content, not the
/// account's id), so a mapping once read stays true and a turn needs no query to know who it serves.
/// </summary>
public sealed class UserIdCache
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, Guid> _ids = new(StringComparer.Ordinal);

    public bool TryGet(string subject, out Guid id) => _ids.TryGetValue(subject, out id);

    public void Add(string subject, Guid id)
    {
        if (_ids.Count >= MaxEntries)
        {
            _ids.Clear();
        }

        _ids[subject] = id;
    }
}

/// <summary>Maps a token's subject to the internal user id that every row and cache key uses.</summary>
public sealed class UserDirectory(MemoryDbContext db, UserIdCache known, TimeProvider clock)
{
    public async Task<Guid?> FindAsync(string subject, CancellationToken cancellationToken)
    {
        if (known.TryGet(subject, out var cached))
        {
            return cached;
        }

        var id = await db.Users.Where(u => u.Subject == subject).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (id is { } found)
        {
            known.Add(subject, found);
        }

        return id;
    }

    public async Task<Guid> ResolveAsync(string subject, CancellationToken cancellationToken)
    {
        if (await FindAsync(subject, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO users (id, subject, created_at) VALUES ({id}, {subject}, {now}) ON CONFLICT (subject) DO NOTHING",
            cancellationToken).ConfigureAwait(false);
        return await FindAsync(subject, cancellationToken).ConfigureAwait(false) ?? id;
    }
}
