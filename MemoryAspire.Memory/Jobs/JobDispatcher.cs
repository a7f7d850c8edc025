using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;

namespace MemoryAspire.Memory.Jobs;

/// <summary>Runs one claimed job by its kind.</summary>
public sealed class JobDispatcher(FactExtraction extraction, SummaryCompaction compaction, CachePurge purge, UserErasure erasure)
{
    /// <param name="sources">The claimed batch's user messages, read at once; a message not in it is read here.</param>
    public Task RunAsync(MemoryJob job, IReadOnlyDictionary<Guid, SourceMessage>? sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Kind switch
        {
            JobKinds.Extract when job.MessageId is { } messageId => sources?.TryGetValue(messageId, out var source) == true
                ? extraction.RunAsync(source, cancellationToken)
                : extraction.RunAsync(messageId, cancellationToken),
            JobKinds.Summarize when job.SessionId is { } sessionId => compaction.RunAsync(job.UserId, sessionId, cancellationToken),
            JobKinds.RebuildSummary when job.SessionId is { } sessionId => compaction.RebuildAsync(job.UserId, sessionId, cancellationToken),
            JobKinds.PurgeCache when job.Payload is { } payload => purge.PurgeAsync(CacheTargets.FromJson(payload)),
            JobKinds.PurgeCache when job.SessionId is { } sessionId => purge.PurgeSessionAsync(job.UserId, sessionId),
            JobKinds.PurgeCache => purge.PurgeUserAsync(job.UserId),
            JobKinds.Erase => erasure.RunAsync(job.UserId, cancellationToken),
            _ => throw new InvalidOperationException($"Job {job.Id} of kind '{job.Kind}' cannot be run: unknown kind or missing target."),
        };
    }
}
