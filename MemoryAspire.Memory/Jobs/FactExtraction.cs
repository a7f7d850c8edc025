using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MemoryAspire.Memory.Jobs;

/// <summary>
/// Extracts facts from one user message and records them with provenance. A new value for a key supersedes the current
/// one (which keeps its history and a link to its successor); running the same job twice records nothing new.
/// </summary>
public sealed class FactExtraction(MemoryDbContext db, IFactExtractor extractor, MemoryCacheStore cache, IOptions<MemoryOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(Guid messageId, CancellationToken cancellationToken)
    {
        var messages = await LoadSourcesAsync(db, [messageId], cancellationToken).ConfigureAwait(false);
        return messages.TryGetValue(messageId, out var message) ? await RunAsync(message, cancellationToken).ConfigureAwait(false) : 0;
    }

    /// <summary>The user messages among <paramref name="messageIds"/>, in one read (a worker loads a claimed batch's at once).</summary>
    public static async Task<IReadOnlyDictionary<Guid, SourceMessage>> LoadSourcesAsync(MemoryDbContext db, IReadOnlyCollection<Guid> messageIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var sources = new Dictionary<Guid, SourceMessage>();
        if (messageIds.Count == 0)
        {
            return sources;
        }

        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT id, user_id, session_id, content, created_at FROM messages WHERE id = ANY(@ids) AND role = 'user'", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", [.. messageIds]));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var source = new SourceMessage(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4));
            sources[source.Id] = source;
        }

        return sources;
    }

    public async Task<int> RunAsync(SourceMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var settings = options.Value;
        // Memory is data: a message that tries to instruct the model yields no facts, only a visible rejection.
        var messageRejection = InstructionGuard.Check(message.Content);
        var input = PiiDetector.Redact(message.Content, [.. settings.PiiRedactBeforeModels]);
        var found = Keep(await extractor.ExtractAsync(input, cancellationToken).ConfigureAwait(false), settings.MinFactConfidence);
        if (found.Count == 0 || !await AnythingNewAsync(message, found, messageRejection, cancellationToken).ConfigureAwait(false))
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

    /// <summary>
    /// Most messages restate what is already known: one read tells whether any found fact is new (not yet recorded from this
    /// message, and a changed value or a rejection), so that the common case needs no transaction and no lock.
    /// </summary>
    private async Task<bool> AnythingNewAsync(SourceMessage message, IReadOnlyList<ExtractedFact> found, string? messageRejection, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT key, value, status, source_message_id FROM facts
            WHERE user_id = @user AND key = ANY(@keys) AND (status = 'current' OR source_message_id = @message)
            """;
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("user", message.UserId));
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", [.. found.Select(f => f.Key)]));
        command.Parameters.Add(new NpgsqlParameter<Guid>("message", message.Id));
        List<(string Key, string Value, string Status, Guid? SourceMessageId)> known = [];
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                known.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetGuid(3)));
            }
        }
        return found.Any(fact =>
            !known.Any(k => k.SourceMessageId == message.Id && k.Key == fact.Key)
            && (messageRejection is not null
                || !known.Any(k => k.Status == FactStatuses.Current && k.Key == fact.Key && string.Equals(k.Value, fact.Value, StringComparison.OrdinalIgnoreCase))));
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

/// <summary>A user message as fact extraction needs it: its words and where they came from.</summary>
public sealed record SourceMessage(Guid Id, Guid UserId, Guid SessionId, string Content, DateTimeOffset CreatedAt);
