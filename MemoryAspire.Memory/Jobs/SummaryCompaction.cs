using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Summaries;
using MemoryAspire.Memory.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemoryAspire.Memory.Jobs;

/// <summary>
/// Folds the oldest half of a session's uncovered messages into its running summary. The new summary row records what it
/// covers and which model and prompt made it; messages leave the window only because that row is committed. A summary that
/// carries an instruction from the transcript is refused (<see cref="SummaryAdmission"/>) and rebuilt without it, and the
/// refusal is audited.
/// </summary>
public sealed class SummaryCompaction(MemoryDbContext db, IConversationSummarizer summarizer, ConversationStore store, AuditLog audit, IOptions<MemoryOptions> options, TimeProvider clock, ILogger<SummaryCompaction> logger)
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

        TranscriptLine Line(StoredMessage m) => new(m.Role, PiiDetector.Redact(m.Content, [.. options.Value.PiiRedactBeforeModels]));
        // A fold may begin with the assistant's reply to the last line of the previous one: an echo of what was withheld there is withheld too.
        var answered = fold[0].Role == MessageRoles.User ? null : await db.Messages.AsNoTracking()
            .Where(m => m.SessionId == sessionId && m.Sequence < fold[0].Sequence)
            .OrderByDescending(m => m.Sequence).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var transcript = SummaryAdmission.Transcript([.. fold.Select(Line)], answered is { Role: MessageRoles.User } ? Line(answered) : null);
        var request = new SummaryRequest(previous?.Content, transcript.Lines);
        // Nothing left for a model to read when every line was withheld.
        var written = transcript.Lines.Count > 0 ? await summarizer.SummarizeAsync(request, cancellationToken).ConfigureAwait(false) : null;
        if (written is not null && string.IsNullOrWhiteSpace(written.Text))
        {
            // What was withheld may have been all there was to summarize; otherwise an empty summary is the summarizer's failure.
            written = transcript.Withheld > 0 ? null : throw new InvalidOperationException($"The summarizer {written.Model} returned an empty summary.");
        }

        var (result, screening) = written is null ? Unchanged(previous?.Content) : await AdmittedAsync(written, request, previous?.Content, cancellationToken).ConfigureAwait(false);
        var writer = AuditLog.SummarizerActor(written?.Model ?? result.Model);
        if (transcript.Withheld > 0)
        {
            MemoryTelemetry.RecordRefused("transcript_sentence", transcript.Withheld);
            logger.LogInformation("{Withheld} sentences of session {SessionId} were withheld from the summarizer ({Reason})", transcript.Withheld, sessionId, transcript.Reason);
            result = result.PromptVersion.EndsWith(SummaryAdmission.ScreenedSuffix, StringComparison.Ordinal) ? result : result with { PromptVersion = result.PromptVersion + SummaryAdmission.ScreenedSuffix };
        }

        if (screening.Refused)
        {
            MemoryTelemetry.RecordRefused("summary_sentence", screening.Dropped);
            logger.LogWarning("The summary of session {SessionId} by {Model} carried {Dropped} instruction-like sentences ({Reason}); it was rebuilt without them",
                sessionId, written?.Model, screening.Dropped, screening.Reason);
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

            var summaryId = Guid.CreateVersion7();
            db.Summaries.Add(new SessionSummary
            {
                Id = summaryId, SessionId = sessionId, UserId = userId, Content = result.Text.Trim(),
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

            // Content-free: how many sentences went and the rule they broke, never the sentences.
            List<AuditRecord> refusals = [];
            if (transcript.Withheld > 0)
            {
                refusals.Add(new AuditRecord(userId, writer, AuditActions.Reject, AuditTargets.Summary, [summaryId],
                    $"{transcript.Withheld} sentence(s) of the transcript withheld from the summarizer: {transcript.Reason}"));
            }

            if (screening.Refused)
            {
                refusals.Add(new AuditRecord(userId, writer, AuditActions.Reject, AuditTargets.Summary, [summaryId],
                    $"{screening.Dropped} sentence(s) dropped: {screening.Reason}"));
            }

            if (refusals.Count > 0)
            {
                await audit.AppendAsync(refusals, ct).ConfigureAwait(false);
            }

            await transaction.CommitAsync(ct).ConfigureAwait(false);
            committed = true;
        }, cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();

        await store.InvalidateWindowAsync(userId, sessionId).ConfigureAwait(false);
        return committed ? fold.Count : 0;
    }

    /// <summary>When every line of the fold was withheld, or nothing but them was worth a summary: the previous summary (screened), or a line saying nothing could be kept.</summary>
    private static (SummaryResult Result, SummaryScreening Screening) Unchanged(string? previous)
    {
        var text = SummaryAdmission.Screen(previous).Text;
        return (new SummaryResult(text.Length > 0 ? text : SummaryAdmission.NothingKept, ExtractiveSummarizer.ModelName, ExtractiveSummarizer.PromptVersion + SummaryAdmission.ScreenedSuffix),
            new SummaryScreening(text, 0, null));
    }

    /// <summary>
    /// The summary to store: the summarizer's own when it carries no instruction; otherwise the sentences of it that may be
    /// kept, or, when none may, the extractive summarizer's summary of the same messages (screened too), or the previous
    /// summary, or a line saying nothing could be kept.
    /// </summary>
    private static async Task<(SummaryResult Result, SummaryScreening Screening)> AdmittedAsync(SummaryResult written, SummaryRequest request, string? previous, CancellationToken cancellationToken)
    {
        var screening = SummaryAdmission.Screen(written.Text);
        if (!screening.Refused)
        {
            return (written, screening);
        }

        if (screening.Text.Length > 0)
        {
            return (written with { Text = screening.Text, PromptVersion = written.PromptVersion + SummaryAdmission.ScreenedSuffix }, screening);
        }

        var rebuilt = await new ExtractiveSummarizer().SummarizeAsync(request, cancellationToken).ConfigureAwait(false);
        var text = new[] { SummaryAdmission.Screen(rebuilt.Text).Text, SummaryAdmission.Screen(previous).Text }.FirstOrDefault(t => t.Length > 0) ?? SummaryAdmission.NothingKept;
        return (rebuilt with { Text = text, PromptVersion = rebuilt.PromptVersion + SummaryAdmission.ScreenedSuffix }, screening);
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
