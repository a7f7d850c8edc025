using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Jobs;

/// <summary>
/// Extracts facts from one user message and records them with provenance. A new value for a key supersedes the current
/// one (which keeps its history and a link to its successor); running the same job twice records nothing new.
/// </summary>
public sealed class FactExtraction(MemoryDbContext db, IFactExtractor extractor, MemoryCacheStore cache, IOptions<MemoryOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var message = await db.Messages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken).ConfigureAwait(false);
        if (message is null || message.Role != MessageRoles.User)
        {
            return 0;
        }

        var settings = options.Value;
        // Memory is data: a message that tries to instruct the model yields no facts, only a visible rejection.
        var messageRejection = InstructionGuard.Check(message.Content);
        var input = PiiDetector.Redact(message.Content, [.. settings.PiiRedactBeforeModels]);
        var found = Keep(await extractor.ExtractAsync(input, cancellationToken).ConfigureAwait(false), settings.MinFactConfidence);
        if (found.Count == 0)
        {
            return 0;
        }

        var recorded = 0;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            recorded = 0;
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            // One writer of a user's facts at a time, so "one current fact per key" holds without retries.
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM users WHERE id = {message.UserId} FOR UPDATE", ct).ConfigureAwait(false);
            foreach (var fact in found)
            {
                if (await db.Facts.AnyAsync(f => f.SourceMessageId == message.Id && f.Key == fact.Key, ct).ConfigureAwait(false))
                {
                    continue;
                }

                var piiKinds = PiiDetector.Kinds(fact.Value);
                var rejection = messageRejection is { } why ? $"the message {why}"
                    : InstructionGuard.Check(fact.Value) is { } valueWhy ? $"the value {valueWhy}"
                    : piiKinds.FirstOrDefault(settings.PiiNeverAsFact.Contains) is { } kind ? $"holds {kind.Replace('_', ' ')} data, which policy never stores as a fact"
                    : null;
                if (rejection is not null)
                {
                    db.Facts.Add(new MemoryFact
                    {
                        Id = Guid.CreateVersion7(), UserId = message.UserId, Key = fact.Key, Value = Redacted(fact.Value, piiKinds, settings), Category = fact.Category,
                        Confidence = fact.Confidence, SourceMessageId = message.Id, SourceSessionId = message.SessionId, ObservedAt = message.CreatedAt,
                        RecordedAt = now, Extractor = extractor.Name, ExtractorVersion = extractor.Version, ValidFrom = message.CreatedAt, ValidTo = message.CreatedAt,
                        Status = FactStatuses.Rejected, RejectionReason = rejection, PiiKinds = [.. piiKinds],
                    });
                    await db.SaveChangesAsync(ct).ConfigureAwait(false);
                    continue;
                }

                var current = await db.Facts.FirstOrDefaultAsync(f => f.UserId == message.UserId && f.Key == fact.Key && f.Status == FactStatuses.Current, ct).ConfigureAwait(false);
                if (current is not null && string.Equals(current.Value, fact.Value, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var successor = new MemoryFact
                {
                    Id = Guid.CreateVersion7(), UserId = message.UserId, Key = fact.Key, Value = fact.Value, Category = fact.Category,
                    Confidence = fact.Confidence, SourceMessageId = message.Id, SourceSessionId = message.SessionId,
                    ObservedAt = message.CreatedAt, RecordedAt = now, Extractor = extractor.Name, ExtractorVersion = extractor.Version,
                    ValidFrom = message.CreatedAt, Status = FactStatuses.Current, PiiKinds = [.. piiKinds],
                };
                if (current is not null)
                {
                    current.Status = FactStatuses.Superseded;
                    current.ValidTo = message.CreatedAt;
                    current.SupersededById = successor.Id;
                    await db.SaveChangesAsync(ct).ConfigureAwait(false);
                }

                db.Facts.Add(successor);
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                recorded++;
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();

        if (recorded > 0)
        {
            await cache.InvalidateProfileAsync(message.UserId).ConfigureAwait(false);
        }

        return recorded;
    }

    /// <summary>The facts worth recording: above the confidence floor, one per key (the most confident).</summary>
    public static IReadOnlyList<ExtractedFact> Keep(IEnumerable<ExtractedFact> extracted, double minConfidence) =>
        [.. extracted.Where(f => f.Confidence > minConfidence)
            .GroupBy(f => f.Key.Trim().ToLowerInvariant())
            .Select(g => g.OrderByDescending(f => f.Confidence).First() with { Key = g.Key })];

    /// <summary>A rejected value is kept only in redacted form, so policy-barred PII is not stored by the back door.</summary>
    private static string Redacted(string value, IReadOnlyList<string> kinds, MemoryOptions settings) =>
        kinds.Any(settings.PiiNeverAsFact.Contains) ? PiiDetector.Redact(value, [.. settings.PiiNeverAsFact]) : value;
}
