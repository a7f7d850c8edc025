using MemoryAspire.Memory.Governance;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MemoryAspire.MemoryWorker;

/// <summary>
/// Runs <see cref="RetentionSweep"/> every <see cref="RetentionOptions.SweepInterval"/>. Every replica sweeps: their batches
/// skip each other's locked rows, so they split the work; a replica killed mid-sweep loses only its open batch.
/// </summary>
public sealed class RetentionSweeper(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, TimeProvider clock, ILogger<RetentionSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval;
        if (interval <= TimeSpan.Zero)
        {
            logger.LogInformation("Retention sweeps are off (Retention:SweepInterval is 0)");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(stoppingToken).ConfigureAwait(false);
                if (result.Total > 0)
                {
                    logger.LogInformation("Retention sweep expired {Rows} rows in {Batches} batches", result.Total, result.Batches);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // What committed stays committed; the next sweep picks up where this one failed.
                logger.LogWarning(e, "Retention sweep failed; retrying at the next interval");
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
