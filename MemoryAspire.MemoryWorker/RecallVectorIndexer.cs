using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Storage;

namespace MemoryAspire.MemoryWorker;

/// <summary>Gives queued users' earlier messages their recall vectors (see <see cref="RecallVectors"/>), checking the queue every few seconds.</summary>
public sealed partial class RecallVectorIndexer(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RecallVectorIndexer> logger) : BackgroundService
{
    /// <summary>How long the queue is left alone after it was found empty.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);

    /// <summary>Users taken per round.</summary>
    private const int UsersPerRound = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The model's arithmetic blocks its thread for as long as a page takes: a thread of its own, not the pool's. The stop
        // does not wait for a page (or the first start's centroids) to finish: the queue keeps its users, the writes are idempotent.
        var work = Task.Factory.StartNew(() => RunAsync(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        try
        {
            await work.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        await ReportPgvectorAsync(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            var written = 0;
            try
            {
                using var system = TenantScope.AsSystem();
                await using var scope = scopes.CreateAsyncScope();
                written = await scope.ServiceProvider.GetRequiredService<RecallVectors>().RunAsync(UsersPerRound, stoppingToken).ConfigureAwait(false);
                if (written > 0)
                {
                    LogWritten(logger, written);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The queue keeps the users: they are taken again in the next round. Never the host's end: the jobs run beside it.
                LogFailed(logger, e);
            }

            if (written == 0)
            {
                try
                {
                    await Task.Delay(Idle, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Says whether the server could serve the vector read with pgvector's HNSW index instead of the cells (not written yet).</summary>
    private async Task ReportPgvectorAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var system = TenantScope.AsSystem();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
            await using var batch = RawSql.Batch("SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector')", _ => { });
            var available = await db.RunAsync(batch, async (reader, ct) => await reader.ReadAsync(ct).ConfigureAwait(false) && reader.GetBoolean(0), stoppingToken).ConfigureAwait(false);
            LogPgvector(logger, available);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "pgvector available on this server: {Available}; recall reads its vectors by IVF cells (recall_vector_candidates)")]
    private static partial void LogPgvector(ILogger logger, bool available);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recall vectors written: {Vectors}")]
    private static partial void LogWritten(ILogger logger, int vectors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recall vectors failed; the queued users are taken again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
