using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MemoryAspire.Memory.Jobs;

/// <summary>
/// Extracts facts from one user message and records them through <see cref="FactRecorder"/>: with provenance, superseding
/// or confirming the current fact by the precedence rules; running the same job twice records nothing new.
/// </summary>
public sealed class FactExtraction(MemoryDbContext db, IFactExtractor extractor, FactRecorder recorder, IOptions<MemoryOptions> options)
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

    /// <returns>How many facts became current (new, or a new value).</returns>
    public async Task<int> RunAsync(SourceMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var input = PiiDetector.Redact(message.Content, [.. settings.PiiRedactBeforeModels]);
        var found = Keep(await extractor.ExtractAsync(input, cancellationToken).ConfigureAwait(false), settings.MinFactConfidence);
        if (found.Count == 0)
        {
            return 0;
        }

        var candidates = Candidates(message, found, extractor, settings);
        MemoryTelemetry.RecordRefused("fact", candidates.Count(c => c.Rejection is not null));
        var outcomes = await recorder.RecordAsync(message.UserId, candidates, AuditLog.ExtractorActor(extractor.Name), cancellationToken).ConfigureAwait(false);
        return outcomes.Count(o => o.ChangesProfile);
    }

    /// <summary>
    /// What the found facts may become. Memory is data: a message addressed to the assistant or the system (an order, a
    /// claim of authority, a credential, markup) yields no facts, only visible rejections; every other fact is judged by
    /// <see cref="FactAdmission"/> against the message it was read from, whichever extractor found it.
    /// </summary>
    public static IReadOnlyList<FactCandidate> Candidates(SourceMessage message, IReadOnlyList<ExtractedFact> found, IFactExtractor extractor, MemoryOptions settings)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(settings);
        var messageRejection = InstructionGuard.Check(message.Content);
        return [.. found.Select(fact =>
        {
            var verdict = FactAdmission.Judge(new FactStatement(fact.Key, fact.Value, fact.Category) { Source = message.Content }, settings);
            var rejection = messageRejection is { } why ? $"the message {why}" : verdict.Refusal;
            return new FactCandidate(fact.Key, verdict.StoredValue, fact.Category, fact.Confidence, message.CreatedAt, extractor.Name, extractor.Version)
            {
                SourceMessageId = message.Id, SourceSessionId = message.SessionId, PiiKinds = [.. PiiDetector.Kinds(fact.Value)], Rejection = rejection,
            };
        })];
    }

    /// <summary>The facts worth recording: above the confidence floor, one per key (the most confident).</summary>
    public static IReadOnlyList<ExtractedFact> Keep(IEnumerable<ExtractedFact> extracted, double minConfidence) =>
        [.. extracted.Where(f => f.Confidence > minConfidence)
            .GroupBy(f => f.Key.Trim().ToLowerInvariant())
            .Select(g => g.OrderByDescending(f => f.Confidence).First() with { Key = g.Key })];
}

/// <summary>A user message as fact extraction needs it: its words and where they came from.</summary>
public sealed record SourceMessage(Guid Id, Guid UserId, Guid SessionId, string Content, DateTimeOffset CreatedAt);
