using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.Memory.Governance;

/// <summary>Reads the audit log newest first: one user's entries (by token subject) or everyone's, for administrators.</summary>
public sealed class AuditReader(MemoryDbContext db, UserDirectory users)
{
    public const int MaxLimit = 1000;

    /// <summary>An audit entry as the API and the export show it, read in SQL.</summary>
    public static System.Linq.Expressions.Expression<Func<AuditEntry, AuditEntryInfo>> Info { get; } =
        e => new AuditEntryInfo(e.Id, e.At, e.UserId, e.Actor, e.Action, e.TargetType, e.TargetIds, e.Detail);

    /// <param name="subject">Whose entries; null for every user's.</param>
    /// <param name="before">Only entries older than this (the <c>at</c> of the last entry of the previous page).</param>
    public async Task<IReadOnlyList<AuditEntryInfo>> ListAcrossUsersAsync(string? subject, DateTimeOffset? before, int limit, CancellationToken cancellationToken)
    {
        // An administrator's read spans users: it runs with the owner's view, outside any one user's row-level scope.
        using var system = TenantScope.AsSystem();
        Guid? userId = null;
        if (subject is not null)
        {
            if (await users.FindAsync(subject, cancellationToken).ConfigureAwait(false) is not { } id)
            {
                return [];
            }

            userId = id;
        }

        var take = Math.Clamp(limit, 1, MaxLimit);
        // PostgreSQL's timestamptz takes UTC only; "2026-11-01T00:00:00+02:00" is a fine way to ask.
        var until = before?.ToUniversalTime();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => (userId == null || e.UserId == userId) && (until == null || e.At < until))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(take)
            .Select(AuditReader.Info)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
