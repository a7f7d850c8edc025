using System.Diagnostics.Metrics;
using MemoryAspire.Memory.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MemoryAspire.MemoryWorker;

public sealed class JobQueueHealthOptions
{
    public const string SectionName = "Worker:QueueHealth";

    /// <summary>How often the queue is read for the gauges and the health check (one cheap query on the pending-jobs index).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A due job waiting longer than this makes the worker Degraded.</summary>
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A due job waiting longer than this makes the worker Unhealthy: the queue is stuck.</summary>
    public TimeSpan UnhealthyAfter { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>The job queue as last read: pending jobs, and how long the oldest one that is due has waited.</summary>
public sealed record JobQueueSnapshot(long Pending, TimeSpan OldestDueAge, DateTimeOffset ReadAt);

/// <summary>
/// Reads the job queue's depth and the age of its oldest due job from PostgreSQL every few seconds, for the
/// <c>memoryaspire.jobs.queue.depth</c> and <c>memoryaspire.jobs.queue.oldest_age</c> gauges and the stuck-queue health check.
/// </summary>
public sealed class JobQueueMonitor : BackgroundService
{
    public const string MeterName = "MemoryAspire.MemoryWorker";

    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<JobQueueHealthOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<JobQueueMonitor> _logger;
    private readonly Meter _meter = new(MeterName);

    public JobQueueMonitor(IServiceScopeFactory scopes, IOptions<JobQueueHealthOptions> options, TimeProvider clock, ILogger<JobQueueMonitor> logger)
    {
        _scopes = scopes;
        _options = options;
        _clock = clock;
        _logger = logger;
        _meter.CreateObservableGauge("memoryaspire.jobs.queue.depth", () => Current?.Pending ?? 0, "{job}", "Pending memory jobs (due or waiting for a retry).");
        _meter.CreateObservableGauge("memoryaspire.jobs.queue.oldest_age", () => Current?.OldestDueAge.TotalSeconds ?? 0, "s", "How long the oldest due pending job has waited.");
    }

    public JobQueueSnapshot? Current { get; private set; }

    public async Task<JobQueueSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT count(*), coalesce(extract(epoch FROM @now - min(run_after) FILTER (WHERE run_after <= @now)), 0)::float8
            FROM jobs WHERE status = 'pending'
            """;
        using var system = TenantScope.AsSystem();
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        var now = _clock.GetUtcNow();
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now.ToUniversalTime()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = new JobQueueSnapshot(reader.GetInt64(0), TimeSpan.FromSeconds(Math.Max(0, reader.GetDouble(1))), now);
        Current = snapshot;
        return snapshot;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReadAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                _logger.LogWarning(e, "Reading the job queue failed");
            }

            try
            {
                await Task.Delay(_options.Value.RefreshInterval, _clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        _meter.Dispose();
        base.Dispose();
    }
}

/// <summary>Degraded, then Unhealthy, when the oldest due job has waited too long: jobs are failing or nothing claims them.</summary>
public sealed class JobQueueHealthCheck(JobQueueMonitor monitor, IOptions<JobQueueHealthOptions> options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        JobQueueSnapshot queue;
        try
        {
            // Health is probed often: a reading from the last refresh will do.
            queue = monitor.Current is { } last && last.ReadAt > clock.GetUtcNow() - settings.RefreshInterval
                ? last
                : await monitor.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The job queue cannot be read.", e);
        }

        var data = new Dictionary<string, object> { ["pending"] = queue.Pending, ["oldestDueAgeSeconds"] = Math.Round(queue.OldestDueAge.TotalSeconds, 1) };
        var description = $"{queue.Pending} pending jobs; the oldest due one has waited {queue.OldestDueAge.TotalSeconds:0} s.";
        return queue.OldestDueAge > settings.UnhealthyAfter ? HealthCheckResult.Unhealthy($"Stuck queue: {description}", data: data)
            : queue.OldestDueAge > settings.DegradedAfter ? HealthCheckResult.Degraded($"Slow queue: {description}", data: data)
            : HealthCheckResult.Healthy(description, data);
    }
}
