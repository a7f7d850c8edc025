using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Summaries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Jobs;

/// <summary>
/// Folds the oldest half of a session's uncovered messages into its running summary. The new summary row records what it
/// covers and which model and prompt made it; messages leave the window only because that row is committed.
/// </summary>
public sealed class SummaryCompaction(MemoryDbContext db, IConversationSummarizer summarizer, ConversationStore store, IOptions<MemoryOptions> options, TimeProvider clock)
{
    /// <summary>Most messages one summarizer call folds; a rebuild of a long session takes several calls.</summary>
    public const int MaxFoldedPerCall = 50;

    /// <summary>
    /// Summarizes a session from whatever summary it has (none, after messages it covered were deleted) until fewer than the
    /// threshold of messages are uncovered: the session's summary rebuilt without the deleted messages.
    /// </summary>
    public async Task<int> RebuildAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var folded = 0;
        while (await RunAsync(userId, sessionId, cancellationToken).ConfigureAwait(false) is > 0 and var step)
        {
            folded += step;
        }

        return folded;
    }

    /// <returns>The number of messages folded into the summary (0 when there was nothing to do).</returns>
    public async Task<int> RunAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var previous = await db.Summaries.AsNoTracking().FirstOrDefaultAsync(s => s.SessionId == sessionId && s.IsCurrent, cancellationToken).ConfigureAwait(false);
        var through = previous?.ThroughSequence ?? 0;
        var uncovered = await db.Messages.AsNoTracking()
            .Where(m => m.SessionId == sessionId && m.Sequence > through)
            .OrderBy(m => m.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var fold = MessagesToFold(uncovered, options.Value.SummaryThreshold, MaxFoldedPerCall);
        if (fold.Count == 0)
        {
            return 0;
        }

        var result = await summarizer.SummarizeAsync(
            new SummaryRequest(previous?.Content, [.. fold.Select(m => new TranscriptLine(m.Role, PiiDetector.Redact(m.Content, [.. options.Value.PiiRedactBeforeModels])))]), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(result.Text))
        {
            throw new InvalidOperationException($"The summarizer {result.Model} returned an empty summary.");
        }

        var committed = false;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            // Compactions of one session serialize on a lock of their own (not on the session row, which every turn updates),
            // so the second finds the first's summary and stands down; a session's first summary has no row to lock yet. The
            // unique index on the current summary still guards it (a deployment whose workers predate this lock).
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"summary:" + sessionId.ToString()}, 0))", ct).ConfigureAwait(false);
            // Read whole, not composed with a LIMIT (which EF warns about on every call): the unique index allows one row.
            var current = (await db.Summaries.FromSql($"SELECT * FROM summaries WHERE session_id = {sessionId} AND is_current FOR UPDATE")
                .ToListAsync(ct).ConfigureAwait(false)).SingleOrDefault();
            if (current?.Id != previous?.Id)
            {
                // Another worker folded these messages meanwhile; its summary stands.
                committed = false;
                return;
            }

            if (current is not null)
            {
                current.IsCurrent = false;
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }

            db.Summaries.Add(new SessionSummary
            {
                Id = Guid.CreateVersion7(), SessionId = sessionId, UserId = userId, Content = result.Text.Trim(),
                ThroughSequence = fold[^1].Sequence, CoveredMessageIds = [.. previous?.CoveredMessageIds ?? [], .. fold.Select(m => m.Id)],
                Model = result.Model, PromptVersion = result.PromptVersion, Tokens = TokenCounter.Count(result.Text), IsCurrent = true,
                CreatedAt = clock.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
            catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                // Another worker committed this session's first summary meanwhile; its summary stands.
                committed = false;
                return;
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
            committed = true;
        }, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();

        await store.InvalidateWindowAsync(userId, sessionId).ConfigureAwait(false);
        return committed ? fold.Count : 0;
    }

    /// <summary>
    /// The oldest half of the uncovered messages (at most <paramref name="max"/>) once there are at least
    /// <paramref name="threshold"/> of them; otherwise none.
    /// </summary>
    public static IReadOnlyList<T> MessagesToFold<T>(IReadOnlyList<T> uncovered, int threshold, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(uncovered);
        return uncovered.Count < threshold ? [] : [.. uncovered.Take(Math.Min(max, uncovered.Count / 2))];
    }
}
