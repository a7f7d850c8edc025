using MemoryAspire.Memory.Storage;
using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.MemoryWorker;

/// <summary>
/// Applies the EF Core migrations once, before the job runner starts; ChatApi starts listening only when the schema is current (SchemaGate).
/// EF Core takes a database lock while migrating, so several worker replicas starting together are safe.
/// </summary>
public sealed class SchemaMigrator(IServiceScopeFactory scopes, ILogger<SchemaMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var system = TenantScope.AsSystem();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MemoryDbContext>();
        await SchemaHistory.CreateAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} schema migrations", pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }

        logger.LogInformation("Schema is current");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
