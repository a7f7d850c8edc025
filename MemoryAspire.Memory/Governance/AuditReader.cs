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
    public async Task<Outcome<Page<AuditEntryInfo>>> ListAcrossUsersAsync(string? subject, DateTimeOffset? before, int limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return new Refusal.Invalid($"limit must be between 1 and {MaxLimit}.");
        }

        // An administrator's read spans users: it runs with the owner's view, outside any one user's row-level scope.
        using var system = TenantScope.AsSystem();
        Guid? userId = null;
        if (subject is not null)
        {
            if (await users.FindAsync(subject, cancellationToken).ConfigureAwait(false) is not { } id)
            {
                return new Page<AuditEntryInfo>([], null);
            }

            userId = id;
        }

        // PostgreSQL's timestamptz takes UTC only; "2026-11-01T00:00:00+02:00" is a fine way to ask.
        var until = before?.ToUniversalTime();
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(e => (userId == null || e.UserId == userId) && (until == null || e.At < until))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(limit + 1)
            .Select(AuditReader.Info)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // The cursor is the last entry's time, as before= has always taken it.
        return rows.Count > limit
            ? new Page<AuditEntryInfo>([.. rows.Take(limit)], rows[limit - 1].At.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            : new Page<AuditEntryInfo>(rows, null);
    }
}
