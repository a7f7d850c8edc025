using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.ChatApi;

/// <summary>
/// Holds ChatApi's start (so it neither listens nor answers /health) until MemoryWorker has applied every migration this
/// build knows. ChatApi can then start beside the worker instead of after it, and still never serves an old schema. A wait
/// rather than a failing health check: a first start logs no failed check.
/// </summary>
public sealed class SchemaGate(IServiceScopeFactory scopes, TimeProvider time, ILogger<SchemaGate> logger) : IHostedService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The migration history is the owner's, and the tenant role may not exist before the first migration.
        using var system = TenantScope.AsSystem();
        var waiting = false;
        while (await PendingAsync(cancellationToken) is var pending and not 0)
        {
            if (!waiting)
            {
                logger.LogInformation("Waiting for MemoryWorker to apply the schema ({Pending} migrations pending)", pending < 0 ? "all" : pending);
                waiting = true;
            }

            await Task.Delay(Poll, time, cancellationToken);
        }

        logger.LogInformation("Schema is current");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <returns>The migrations still to apply; -1 while the history table does not exist.</returns>
    private async Task<int> PendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
        // Asked first, so that a database MemoryWorker has not reached yet does not make EF log a failed read of the history.
        if (!await SchemaHistory.ExistsAsync(db, cancellationToken))
        {
            return -1;
        }

        return (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
    }
}
