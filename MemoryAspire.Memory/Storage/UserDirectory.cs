using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.Memory.Storage;

/// <summary>Maps a token's subject to the internal user id that every row and cache key uses.</summary>
public sealed class UserDirectory(MemoryDbContext db, TimeProvider clock)
{
    public async Task<Guid?> FindAsync(string subject, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Subject == subject).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

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
