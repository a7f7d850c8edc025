using System.Collections.Concurrent;
using System.Diagnostics;
using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Jobs;
using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Storage;
using MemoryAspire.Memory.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace MemoryAspire.MemoryWorker;

public sealed class JobRunnerOptions
{
    public const string SectionName = "Worker";

    /// <summary>Jobs processed at the same time by this replica.</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>Jobs one loop claims at once (one statement) and completes at once (another).</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>How long a claimed job stays locked; a crashed worker's jobs are claimable again after it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    public int MaxAttempts { get; set; } = 6;

    /// <summary>Fallback polling when no NOTIFY arrives (jobs whose retry time has come).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a loop lets jobs gather before it claims again when its last claim was not a full batch: each claim, its
    /// messages' read and its completion are a statement each, whatever the batch's size, so under steady traffic a short
    /// wait turns many claims of one or two jobs into a few of many. Zero claims at once.
    /// </summary>
    public TimeSpan GatherDelay { get; set; } = TimeSpan.FromMilliseconds(50);
}

/// <summary>Claims durable jobs in batches with SKIP LOCKED and runs them; woken by <see cref="JobSignal"/>, polling otherwise.</summary>
public sealed class JobRunner(IServiceScopeFactory scopes, JobSignal signal, MemoryModels models, IOptions<JobRunnerOptions> options, TimeProvider clock, ILogger<JobRunner> logger) : BackgroundService
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
                var settings = options.Value;
                var claimed = await RunOneAsync(stoppingToken).ConfigureAwait(false);
                if (claimed == 0)
                {
                    await _wake.WaitAsync(settings.PollInterval, stoppingToken).ConfigureAwait(false);
                }

                if (claimed < Math.Max(1, settings.BatchSize) && settings.GatherDelay > TimeSpan.Zero)
                {
                    await Task.Delay(settings.GatherDelay, clock, stoppingToken).ConfigureAwait(false);
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

    /// <returns>How many jobs were claimed.</returns>
    private async Task<int> RunOneAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // Claiming is across users; each job then runs in its own user's scope.
        using var system = TenantScope.AsSystem();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
        var claimed = await DurableJobs.ClaimAsync(db, _workerId, Math.Max(1, settings.BatchSize), settings.Lease, clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var extracts = claimed.Where(j => j.Kind == JobKinds.Extract && j.MessageId is not null).Select(j => j.MessageId!.Value).ToList();
        var sources = await FactExtraction.LoadSourcesAsync(db, extracts, stoppingToken).ConfigureAwait(false);
        await db.Database.CloseConnectionAsync().ConfigureAwait(false);

        // The batch's jobs run at once: model calls take seconds with a real model, and each job has its own scope. Of
        // several compactions of one session only the newest runs: each folds what is uncovered when it runs.
        var redundant = claimed.Where(j => j.Kind == JobKinds.Summarize).GroupBy(j => j.SessionId).SelectMany(g => g.OrderByDescending(j => j.Id).Skip(1)).ToList();
        var done = new ConcurrentBag<long>(redundant.Select(j => j.Id));
        var calls = new ConcurrentBag<JobModelCall>();
        try
        {
            await Parallel.ForEachAsync(claimed.Except(redundant), new ParallelOptions { MaxDegreeOfParallelism = claimed.Count, CancellationToken = stoppingToken }, async (job, ct) =>
            {
                if (await RunJobAsync(job, sources, calls, ct).ConfigureAwait(false))
                {
                    done.Add(job.Id);
                }
            }).ConfigureAwait(false);
        }
        finally
        {
            // Also on shutdown: finished jobs are marked done; the rest keep their lease and come back after it.
            await DurableJobs.CompleteAsync(db, [.. done], _workerId, clock.GetUtcNow(), CancellationToken.None, [.. calls], [.. sources.Values]).ConfigureAwait(false);
        }

        return claimed.Count;
    }

    /// <param name="calls">Where the model calls the job makes go, whatever becomes of the job.</param>
    /// <returns>Whether the job succeeded; a failure is recorded on the job with its retry time.</returns>
    private async Task<bool> RunJobAsync(MemoryJob job, IReadOnlyDictionary<Guid, SourceMessage> sources, ConcurrentBag<JobModelCall> calls, CancellationToken stoppingToken)
    {
        using var log = ModelCallLog.Begin();
        try
        {
            return await RunJobAsync(job, sources, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var call in log.Calls)
            {
                calls.Add(new JobModelCall(job, models.Provider, call));
            }
        }
    }

    private async Task<bool> RunJobAsync(MemoryJob job, IReadOnlyDictionary<Guid, SourceMessage> sources, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var tenant = TenantScope.ForJob(job);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
        // A trace of its own (it runs long after the request), linked to the request that enqueued it.
        ActivityLink[] links = ActivityContext.TryParse(job.TraceParent, null, out var enqueuedBy) ? [new ActivityLink(enqueuedBy)] : [];
        using var activity = MemoryTelemetry.Source.StartActivity(ActivityKind.Internal, parentContext: default, links: links, name: $"job {job.Kind}");
        activity?.SetTag("memoryaspire.job.id", job.Id);
        activity?.SetTag("memoryaspire.job.kind", job.Kind);
        activity?.SetTag("memoryaspire.job.attempt", job.Attempts);
        try
        {
            // One connection for the whole job instead of one per statement.
            await db.OpenAsync(stoppingToken).ConfigureAwait(false);
            await scope.ServiceProvider.GetRequiredService<JobDispatcher>().RunAsync(job, sources, stoppingToken).ConfigureAwait(false);
            MemoryTelemetry.RecordJob(job.Kind, "done");
            return true;
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
            await DurableJobs.FailAsync(db, job, _workerId, $"{e.GetType().Name}: {TextCut.Prefix(e.Message, DurableJobs.MaxErrorLength)}", settings.MaxAttempts, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            MemoryTelemetry.RecordJob(job.Kind, job.Attempts >= settings.MaxAttempts ? "failed" : "retry");
            return false;
        }
    }

    /// <summary>Wakes idle loops when a job is committed (a hint: without it they still poll every <see cref="JobRunnerOptions.PollInterval"/>).</summary>
    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var loops = Math.Max(1, options.Value.Concurrency);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.SubscribeAsync(() =>
                {
                    if (_wake.CurrentCount < loops)
                    {
                        _wake.Release();
                    }
                }).ConfigureAwait(false);
                return;
            }
            catch (RedisException e)
            {
                logger.LogWarning(e, "Subscribing to job wake-ups failed; polling until it works");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(false);
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
