using MemoryAspire.Memory.Storage;

namespace MemoryAspire.Memory.Jobs;

/// <summary>Runs one claimed job by its kind.</summary>
public sealed class JobDispatcher(FactExtraction extraction, SummaryCompaction compaction)
{
    public Task RunAsync(MemoryJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Kind switch
        {
            JobKinds.Extract when job.MessageId is { } messageId => extraction.RunAsync(messageId, cancellationToken),
            JobKinds.Summarize when job.SessionId is { } sessionId => compaction.RunAsync(job.UserId, sessionId, cancellationToken),
            _ => throw new InvalidOperationException($"Job {job.Id} of kind '{job.Kind}' cannot be run: unknown kind or missing target."),
        };
    }
}
