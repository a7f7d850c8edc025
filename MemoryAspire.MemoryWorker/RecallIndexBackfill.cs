using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Storage;

namespace MemoryAspire.MemoryWorker;

/// <summary>Once at start, after the migrations: indexes for recall the user messages that are not yet indexed (see <see cref="RecallBackfill"/>).</summary>
public sealed partial class RecallIndexBackfill(IServiceScopeFactory scopes, ILogger<RecallIndexBackfill> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            using var system = TenantScope.AsSystem();
            await using var scope = scopes.CreateAsyncScope();
            var indexed = await scope.ServiceProvider.GetRequiredService<RecallBackfill>().RunAsync(1000, stoppingToken).ConfigureAwait(false);
            if (indexed > 0)
            {
                LogIndexed(logger, indexed);
            }
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // Messages left unindexed are found again at the next start.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recall index backfill read {Messages} messages")]
    private static partial void LogIndexed(ILogger logger, int messages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recall index backfill failed; it runs again at the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
