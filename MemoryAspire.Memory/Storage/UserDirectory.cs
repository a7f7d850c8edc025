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

/// <summary>
/// Maps a token's subject to the internal user id that every row and cache key uses. The lookup goes through the database
/// function <c>memory_resolve_user</c>, the one place allowed to read the users table before the request's user is known.
/// </summary>
public sealed class UserDirectory(MemoryDbContext db, UserIdCache known, TimeProvider clock)
{
    public Task<Guid?> FindAsync(string subject, CancellationToken cancellationToken) => LookUpAsync(subject, create: false, cancellationToken);

    public async Task<Guid> ResolveAsync(string subject, CancellationToken cancellationToken) =>
        await LookUpAsync(subject, create: true, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"The user could not be added.");

    private async Task<Guid?> LookUpAsync(string subject, bool create, CancellationToken cancellationToken)
    {
        if (known.TryGet(subject, out var cached))
        {
            return cached;
        }

        Guid? newId = create ? Guid.CreateVersion7() : null;
        DateTimeOffset? now = create ? clock.GetUtcNow() : null;
        var ids = await db.Database.SqlQuery<Guid?>($"SELECT memory_resolve_user({subject}, {newId}, {now}) AS \"Value\"")
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (ids is [{ } id])
        {
            known.Add(subject, id);
            return id;
        }

        return null;
    }
}
