using System.Linq.Expressions;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Governance;

/// <summary>A fact as the API shows it, read in SQL.</summary>
public static class FactViews
{
    public static Expression<Func<MemoryFact, FactInfo>> Info { get; } = f => new FactInfo(
        f.Id, f.Key, f.Value, f.Category, f.Confidence, f.Status, f.SourceMessageId, f.SourceSessionId, f.ObservedAt,
        f.RecordedAt, f.Extractor, f.ExtractorVersion, f.ValidFrom, f.ValidTo, f.SupersededById, f.PiiKinds, f.RejectionReason)
    {
        Authority = f.Authority == FactAuthority.SystemOfRecord ? "system" : f.Authority == FactAuthority.User ? "user" : "extracted",
        ConfirmedByMessageIds = f.ConfirmedByMessageIds,
    };
}

/// <summary>
/// The user's own edits of what is remembered: a correction is a new version recorded through <see cref="FactRecorder"/>
/// (extractor <c>user</c>, the old one superseded); a deletion ends the fact at once, so it is no longer injected.
/// Another user's fact is indistinguishable from one that does not exist.
/// </summary>
public sealed class FactEditor(MemoryDbContext db, FactRecorder recorder, AuditLog audit, MemoryCacheStore cache, IOptions<MemoryOptions> options, TimeProvider clock)
{
    public const string UserEditVersion = "user-edit-1";

    /// <summary>Records <paramref name="value"/> as the fact's new version; only the current version can be corrected (409 otherwise).</summary>
    public async Task<Outcome<FactInfo>> CorrectAsync(MemoryUser user, Guid factId, string? value, CancellationToken cancellationToken)
    {
        if (await FindAsync(user, factId, cancellationToken).ConfigureAwait(false) is not { } fact)
        {
            return Missing(factId);
        }

        var userId = user.Id;
        if (fact.Status != FactStatuses.Current)
        {
            return new Refusal.Conflict("Fact is not current",
                $"Fact {factId} is {fact.Status}; only the current value of a key can be corrected{(fact.SupersededById is { } next ? $" (its successor is {next})" : "")}.");
        }

        if (fact.Authority > FactAuthority.User)
        {
            return new Refusal.Conflict("Fact is authoritative",
                $"Fact {factId} comes from {FactAuthority.Describe(fact.Authority)}, which outranks a correction; ask for it to be changed there.");
        }

        if (FactValueRules.Malformed(fact.Key, value) is { } malformed)
        {
            return new Refusal.Invalid($"The correction cannot be stored: {malformed}.");
        }

        var trimmed = value!.Trim();
        if (FactAdmission.Judge(new FactStatement(fact.Key, trimmed, fact.Category), options.Value).Refusal is { } refusal)
        {
            return new Refusal.Invalid($"The correction cannot become a fact: {refusal}.");
        }

        var candidate = new FactCandidate(fact.Key, trimmed, fact.Category, 1.0, clock.GetUtcNow(), FactAuthority.UserExtractor, UserEditVersion)
        {
            PiiKinds = PiiDetector.Kinds(trimmed),
        };
        var outcomes = await recorder.RecordAsync(userId, [candidate], AuditLog.UserActor, cancellationToken).ConfigureAwait(false);
        var id = outcomes is [{ FactId: { } recorded }, ..] ? recorded : fact.Id;
        return await db.Facts.AsNoTracking().Where(f => f.Id == id).Select(FactViews.Info).FirstAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the fact deleted (it stays in history, without being injected again) and drops the cached profile.</summary>
    /// <returns>Null when deleted (or deleted already); why not otherwise.</returns>
    public async Task<Refusal?> DeleteAsync(MemoryUser user, Guid factId, CancellationToken cancellationToken)
    {
        if (await FindAsync(user, factId, cancellationToken).ConfigureAwait(false) is not { } fact)
        {
            return Missing(factId);
        }

        if (fact.Status == FactStatuses.Deleted)
        {
            return null;
        }

        var userId = user.Id;
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var changed = await db.Facts.Where(f => f.Id == factId && f.UserId == userId && f.Status != FactStatuses.Deleted)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, FactStatuses.Deleted).SetProperty(f => f.ValidTo, f => f.ValidTo ?? now), ct).ConfigureAwait(false);
            if (changed > 0)
            {
                await audit.AppendAsync([new AuditRecord(userId, AuditLog.UserActor, AuditActions.Delete, AuditTargets.Fact, [factId], null)], ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        await cache.InvalidateProfileAsync(userId).ConfigureAwait(false);
        return null;
    }

    private async Task<MemoryFact?> FindAsync(MemoryUser user, Guid factId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await db.Facts.AsNoTracking().FirstOrDefaultAsync(f => f.Id == factId && f.UserId == user.Id, cancellationToken).ConfigureAwait(false);
    }

    private static Refusal.NotFound Missing(Guid factId) => new($"Fact {factId}");
}
