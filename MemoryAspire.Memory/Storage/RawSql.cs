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

        return (NpgsqlConnection)db.Database.GetDbConnection();
    }

    public static NpgsqlBatchCommand With<T>(this NpgsqlBatchCommand command, string name, T value)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        return command;
    }
}
