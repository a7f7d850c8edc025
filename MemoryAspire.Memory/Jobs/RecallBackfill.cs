using MemoryAspire.Memory.Storage;

namespace MemoryAspire.Memory.Jobs;

/// <summary>
/// Indexes the user messages that are not in the recall index: those stored before it existed, and any whose batch completion
/// was lost. Pages through messages in id order as the system (every user), each page written by the statement that indexes
/// a job batch's messages (<see cref="DurableJobs.CompleteAsync"/>), so a message is never counted twice.
/// </summary>
public sealed class RecallBackfill(MemoryDbContext db, TimeProvider clock)
{
    /// <returns>How many messages were read for indexing.</returns>
    public async Task<int> RunAsync(int pageSize, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT m.id, m.user_id, m.session_id, m.content, m.created_at FROM messages m
            WHERE m.id > @after AND m.role = 'user' AND NOT EXISTS (SELECT 1 FROM recall_postings p WHERE p.message_id = m.id)
            ORDER BY m.id
            LIMIT @page
            """;
        var after = Guid.Empty;
        var total = 0;
        while (true)
        {
            List<SourceMessage> page;
            await using (var batch = RawSql.Batch(Sql, command => command.With("after", after).With("page", pageSize)))
            {
                page = await db.RunAsync(batch, async (reader, ct) =>
                {
                    var read = new List<SourceMessage>();
                    while (await reader.ReadAsync(ct).ConfigureAwait(false))
                    {
                        read.Add(new SourceMessage(reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
                    }

                    return read;
                }, cancellationToken).ConfigureAwait(false);
            }

            if (page.Count == 0)
            {
                return total;
            }

            await DurableJobs.CompleteAsync(db, [], nameof(RecallBackfill), clock.GetUtcNow(), cancellationToken, indexed: page).ConfigureAwait(false);
            total += page.Count;
            after = page[^1].Id;
        }
    }
}
