using System.Diagnostics;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MemoryAspire.MemoryWorker;

public sealed class JobRunnerOptions
{
    public const string SectionName = "Worker";

    /// <summary>Jobs processed at the same time by this replica.</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>How long a claimed job stays locked; a crashed worker's jobs are claimable again after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    public int MaxAttempts { get; set; } = 6;

    /// <summary>Fallback polling when no NOTIFY arrives (jobs whose retry time has come).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>Claims durable jobs with SKIP LOCKED and runs them; woken by NOTIFY on <see cref="DurableJobs.Channel"/>.</summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IOptions<JobRunnerOptions> options, TimeProvider clock, ILogger<JobRunner> logger) : BackgroundService
{
    private readonly string _workerId = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Job runner {WorkerId} started", _workerId);
        var listener = ListenAsync(stoppingToken);
        var loops = Enumerable.Range(0, Math.Max(1, options.Value.Concurrency)).Select(_ => RunLoopAsync(stoppingToken)).ToList();
        await Task.WhenAll([listener, .. loops]).ConfigureAwait(false);
    }

    private async Task RunLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await RunOneAsync(stoppingToken).ConfigureAwait(false))
                {
                    await _wake.WaitAsync(options.Value.PollInterval, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or DbUpdateException or InvalidOperationException or TimeoutException)
            {
                // PostgreSQL blipped: claimed jobs keep their lease and come back; wait and go on.
                logger.LogWarning(e, "Claiming jobs failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <returns>Whether a job was found.</returns>
    private async Task<bool> RunOneAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
        var claimed = await DurableJobs.ClaimAsync(db, _workerId, 1, settings.Lease, clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            return false;
        }

        var job = claimed[0];
        using var activity = MemoryTelemetry.Source.StartActivity($"job {job.Kind}", ActivityKind.Internal);
        activity?.SetTag("memoryaspire.job.id", job.Id);
        activity?.SetTag("memoryaspire.job.kind", job.Kind);
        activity?.SetTag("memoryaspire.job.attempt", job.Attempts);
        try
        {
            await scope.ServiceProvider.GetRequiredService<JobDispatcher>().RunAsync(job, stoppingToken).ConfigureAwait(false);
            await DurableJobs.CompleteAsync(db, job.Id, _workerId, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            MemoryTelemetry.RecordJob(job.Kind, "done");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the lease expires and another worker (or this one, restarted) takes the job.
            throw;
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            logger.LogWarning(e, "Job {JobId} ({Kind}) failed on attempt {Attempt}", job.Id, job.Kind, job.Attempts);
            await DurableJobs.FailAsync(db, job, _workerId, $"{e.GetType().Name}: {Truncate(e.Message)}", settings.MaxAttempts, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            MemoryTelemetry.RecordJob(job.Kind, job.Attempts >= settings.MaxAttempts ? "failed" : "retry");
        }

        return true;
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                string connectionString;
                await using (var scope = scopes.CreateAsyncScope())
                {
                    connectionString = scope.ServiceProvider.GetRequiredService<MemoryDbContext>().Database.GetConnectionString()!;
                }

                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, _) => _wake.Release(Math.Max(1, options.Value.Concurrency));
                await using (var listen = new NpgsqlCommand($"LISTEN {DurableJobs.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                logger.LogWarning(e, "Listening for job notifications failed; polling until it is back");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
