using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MemoryAspire.Memory.Governance;

/// <summary>A statement of one fact about a user, from a message, the user's own edit or a system of record.</summary>
public sealed record FactCandidate(string Key, string Value, string Category, double Confidence, DateTimeOffset ObservedAt, string Extractor, string ExtractorVersion)
{
    public Guid? SourceMessageId { get; init; }

    public Guid? SourceSessionId { get; init; }

    public IReadOnlyList<string> PiiKinds { get; init; } = [];

    /// <summary>Why the statement may not become a fact (instruction-like, barred PII, category); it is recorded as rejected.</summary>
    public string? Rejection { get; init; }

    public short Authority => FactAuthority.Of(Extractor);
}

/// <summary>What happened to one candidate.</summary>
public sealed record FactOutcome(FactCandidate Candidate, FactChange? Change, Guid? FactId, Guid? ReplacedId)
{
    public bool Rejected => Change is null && FactId is not null;

    /// <summary>True when the user's current profile changed (a new current value).</summary>
    public bool ChangesProfile => Change is FactChange.Create or FactChange.Supersede;
}

/// <summary>
/// The one writer of facts: extraction, the user's corrections and systems of record all record through it, so supersession,
/// precedence, confirmations, rejections and their audit entries follow one rule set (a confirmation changes no value and is
/// not audited). Writes of one user's facts serialize on
/// a transaction-scoped advisory lock, so "one current fact per key" holds without retries.
/// </summary>
public sealed class FactRecorder(MemoryDbContext db, AuditLog audit, MemoryCacheStore cache, TimeProvider clock)
{
    public async Task<IReadOnlyList<FactOutcome>> RecordAsync(Guid userId, IReadOnlyList<FactCandidate> candidates, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        var known = await KnownAsync(userId, candidates, cancellationToken).ConfigureAwait(false);
        var pending = candidates.Where(c => !AlreadyRecorded(known, c)).ToList();
        if (pending.Count == 0)
        {
            return [];
        }

        // Restating known values is the common case: one statement, no transaction.
        if (pending.All(c => c.Rejection is null && c.SourceMessageId is not null && Decide(known, c) == FactChange.Confirm))
        {
            await ConfirmAsync(userId, pending, cancellationToken).ConfigureAwait(false);
            return [.. pending.Select(c => new FactOutcome(c, FactChange.Confirm, known.First(k => k.Current && k.Key == c.Key).Id, null))];
        }

        List<FactOutcome> outcomes = [];
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            outcomes.Clear();
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({userId.ToString()}, 0))", ct).ConfigureAwait(false);
            foreach (var candidate in pending)
            {
                outcomes.Add(await RecordOneAsync(userId, candidate, ct).ConfigureAwait(false));
            }

            await audit.AppendAsync(Entries(userId, actor, outcomes), ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();

        if (outcomes.Any(o => o.ChangesProfile))
        {
            await cache.InvalidateProfileAsync(userId).ConfigureAwait(false);
        }

        return outcomes;
    }

    private async Task<FactOutcome> RecordOneAsync(Guid userId, FactCandidate candidate, CancellationToken cancellationToken)
    {
        if (candidate.SourceMessageId is { } source
            && await db.Facts.AnyAsync(f => f.SourceMessageId == source && f.Key == candidate.Key, cancellationToken).ConfigureAwait(false))
        {
            return new FactOutcome(candidate, null, null, null);
        }

        var now = clock.GetUtcNow();
        if (candidate.Rejection is { } why)
        {
            var rejected = NewFact(userId, candidate, now, FactStatuses.Rejected);
            rejected.ValidTo = candidate.ObservedAt;
            rejected.RejectionReason = why;
            db.Facts.Add(rejected);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return new FactOutcome(candidate, null, rejected.Id, null);
        }

        var current = await db.Facts.FromSql($"SELECT * FROM facts WHERE user_id = {userId} AND key = {candidate.Key} AND status = 'current' FOR UPDATE")
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var change = FactPrecedence.Decide(current?.Authority, current?.Value, candidate.Authority, candidate.Value);
        switch (change)
        {
            case FactChange.Confirm:
                if (candidate.SourceMessageId is { } message && !current!.ConfirmedByMessageIds.Contains(message))
                {
                    current.ConfirmedByMessageIds = [.. current.ConfirmedByMessageIds.TakeLast(MemoryFact.MaxConfirmations - 1), message];
                }

                current!.ObservedAt = candidate.ObservedAt > current.ObservedAt ? candidate.ObservedAt : current.ObservedAt;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return new FactOutcome(candidate, change, current.Id, null);

            case FactChange.Outranked:
                var outranked = NewFact(userId, candidate, now, FactStatuses.Superseded);
                outranked.ValidTo = candidate.ObservedAt;
                outranked.SupersededById = current!.Id;
                outranked.RejectionReason = FactPrecedence.OutrankedReason(current.Authority);
                db.Facts.Add(outranked);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return new FactOutcome(candidate, change, outranked.Id, null);

            default:
                var successor = NewFact(userId, candidate, now, FactStatuses.Current);
                if (current is not null)
                {
                    current.Status = FactStatuses.Superseded;
                    current.ValidTo = now;
                    current.SupersededById = successor.Id;
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }

                db.Facts.Add(successor);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                return new FactOutcome(candidate, change, successor.Id, current?.Id);
        }
    }

    private static MemoryFact NewFact(Guid userId, FactCandidate candidate, DateTimeOffset now, string status) => new()
    {
        Id = Guid.CreateVersion7(), UserId = userId, Key = candidate.Key, Value = candidate.Value, Category = candidate.Category,
        Confidence = candidate.Confidence, SourceMessageId = candidate.SourceMessageId, SourceSessionId = candidate.SourceSessionId,
        ConfirmedByMessageIds = candidate.SourceMessageId is { } source ? [source] : [],
        ObservedAt = candidate.ObservedAt, RecordedAt = now, Extractor = candidate.Extractor, ExtractorVersion = candidate.ExtractorVersion,
        Authority = candidate.Authority, ValidFrom = candidate.ObservedAt, Status = status, PiiKinds = [.. candidate.PiiKinds],
    };

    private static IEnumerable<AuditRecord> Entries(Guid userId, string actor, IEnumerable<FactOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            if (outcome.FactId is not { } id)
            {
                continue;
            }

            if (outcome.Rejected)
            {
                // Rejection reasons are fixed phrases naming a rule, never the rejected words.
                yield return new AuditRecord(userId, actor, AuditActions.Reject, AuditTargets.Fact, [id], outcome.Candidate.Rejection is { } reason ? TextCut.Prefix(reason, AuditLog.MaxDetailLength) : null);
                continue;
            }

            switch (outcome.Change)
            {
                case FactChange.Create:
                    yield return new AuditRecord(userId, actor, AuditActions.Create, AuditTargets.Fact, [id], null);
                    break;
                case FactChange.Supersede when outcome.ReplacedId is { } replaced:
                    // A user's own correction is an update of their memory; anything else supersedes.
                    var action = outcome.Candidate.Authority == FactAuthority.User ? AuditActions.Update : AuditActions.Supersede;
                    yield return new AuditRecord(userId, actor, action, AuditTargets.Fact, [replaced], $"new version {id}");
                    yield return new AuditRecord(userId, actor, AuditActions.Create, AuditTargets.Fact, [id], null);
                    break;
                case FactChange.Supersede:
                    yield return new AuditRecord(userId, actor, AuditActions.Create, AuditTargets.Fact, [id], null);
                    break;
                case FactChange.Outranked:
                    yield return new AuditRecord(userId, actor, AuditActions.Create, AuditTargets.Fact, [id], "outranked");
                    break;
            }
        }
    }

    private sealed record KnownFact(Guid Id, string Key, string Value, short Authority, bool Current, Guid? SourceMessageId);

    private static bool AlreadyRecorded(IReadOnlyList<KnownFact> known, FactCandidate candidate) =>
        candidate.SourceMessageId is { } source && known.Any(k => k.SourceMessageId == source && k.Key == candidate.Key);

    private static FactChange Decide(IReadOnlyList<KnownFact> known, FactCandidate candidate)
    {
        var current = known.FirstOrDefault(k => k.Current && k.Key == candidate.Key);
        return FactPrecedence.Decide(current?.Authority, current?.Value, candidate.Authority, candidate.Value);
    }

    /// <summary>The user's current facts for the candidates' keys, and what the candidates' messages already recorded.</summary>
    private async Task<IReadOnlyList<KnownFact>> KnownAsync(Guid userId, IReadOnlyList<FactCandidate> candidates, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT id, key, value, authority, status = 'current', source_message_id FROM facts
            WHERE user_id = @user AND key = ANY(@keys) AND (status = 'current' OR source_message_id = ANY(@sources))
            """;
        await using var batch = RawSql.Batch(Sql, command => command.With("user", userId)
            .With<string[]>("keys", [.. candidates.Select(c => c.Key).Distinct()])
            .With<Guid[]>("sources", [.. candidates.Where(c => c.SourceMessageId is not null).Select(c => c.SourceMessageId!.Value).Distinct()]));
        return await db.RunAsync(batch, static async (reader, ct) =>
        {
            List<KnownFact> known = [];
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                known.Add(new KnownFact(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt16(3), reader.GetBoolean(4),
                    reader.IsDBNull(5) ? null : reader.GetGuid(5)));
            }

            return known;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the candidates' messages as sources of the current facts they restate and refreshes their observed date.</summary>
    private async Task ConfirmAsync(Guid userId, IReadOnlyList<FactCandidate> confirmations, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE facts f SET
                confirmed_by_message_ids = f.confirmed_by_message_ids[greatest(1, cardinality(f.confirmed_by_message_ids) - @keep + 2):] || c.message,
                observed_at = greatest(f.observed_at, c.observed)
            FROM unnest(@keys, @values, @messages, @observed) AS c(key, value, message, observed)
            WHERE f.user_id = @user AND f.status = 'current' AND f.key = c.key AND lower(btrim(f.value)) = lower(btrim(c.value))
              AND NOT (c.message = ANY(f.confirmed_by_message_ids))
            """;
        await using var batch = RawSql.Batch(Sql, command => command.With("user", userId).With("keep", MemoryFact.MaxConfirmations)
            .With<string[]>("keys", [.. confirmations.Select(c => c.Key)])
            .With<string[]>("values", [.. confirmations.Select(c => c.Value)])
            .With<Guid[]>("messages", [.. confirmations.Select(c => c.SourceMessageId!.Value)])
            .With<DateTimeOffset[]>("observed", [.. confirmations.Select(c => c.ObservedAt.ToUniversalTime())]));
        await db.RunAsync(batch, static (_, _) => Task.FromResult(true), cancellationToken).ConfigureAwait(false);
    }
}
