using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MemoryAspire.ChatApi;

/// <summary>Ready only once MemoryWorker has applied every migration this build knows; checked until it is, then remembered.</summary>
public sealed class SchemaHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    private volatile bool _current;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_current)
        {
            return HealthCheckResult.Healthy();
        }

        // The migration history is the owner's, and the tenant role may not exist before the first migration.
        using var system = TenantScope.AsSystem();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
        // Asked first, so that a database MemoryWorker has not reached yet does not make EF log a failed read of the history.
        if (!await SchemaHistory.ExistsAsync(db, cancellationToken))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Waiting for MemoryWorker to create the schema.");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        _current = pending == 0;
        return _current
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, $"Waiting for MemoryWorker to apply {pending} schema migrations.");
    }
}
