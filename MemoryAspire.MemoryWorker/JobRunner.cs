namespace MemoryAspire.MemoryWorker;

/// <summary>Hosts the memory engine's durable jobs (extraction, compaction, retention, erasure); the jobs themselves come with the engine.</summary>
public sealed class JobRunner(ILogger<JobRunner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Job runner started");
        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
