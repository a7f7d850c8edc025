using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MemoryAspire.Memory.Storage;

/// <summary>Hand-written statements on the context's own connection, so that its interceptors (the tenant guard) and pooling apply.</summary>
public static class RawSql
{
    public static async Task<NpgsqlConnection> OpenNpgsqlAsync(this MemoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.GetDbConnection().State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // Opened earlier, perhaps in another tenant scope (a pooled context keeps its connection open).
        await TenantGuard.EnsureAsync(connection, db.Database.CurrentTransaction is not null, cancellationToken).ConfigureAwait(false);
        return connection;
    }

    public static NpgsqlBatchCommand With<T>(this NpgsqlBatchCommand command, string name, T value)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        return command;
    }
}
