using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace MemoryAspire.Memory.Storage;

/// <summary>Hand-written statements on the context's own connection, so that its interceptors (the tenant guard) and pooling apply.</summary>
public static class RawSql
{
    public static async Task<NpgsqlConnection> OpenNpgsqlAsync(this MemoryDbContext db, CancellationToken cancellationToken)
    {
        await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // Just opened (its tenant unknown), or opened earlier, perhaps in another tenant scope (a pooled context keeps its
        // connection open): set when it is not the current one.
        await TenantGuard.EnsureAsync(connection, db.Database.CurrentTransaction is not null, cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>
    /// Opens the context's connection for a run of statements (a worker's job) without a round trip of its own: the first
    /// statement sets the tenant, as part of its batch when it goes through <see cref="RunAsync"/>.
    /// </summary>
    public static async Task OpenAsync(this MemoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.GetDbConnection().State != ConnectionState.Open)
        {
            await TenantGuard.OpenDeferredAsync(db.Database.OpenConnectionAsync, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs a hand-written batch on the context's connection (in its transaction, if one is open) and reads its results with
    /// <paramref name="read"/>. A connection that is closed is opened here, and one not yet set to the current tenant scope gets
    /// the setting as the batch's first statement, so a statement on a fresh connection is one round trip instead of two.
    /// </summary>
    public static async Task<T> RunAsync<T>(this MemoryDbContext db, NpgsqlBatch batch, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(read);
        await db.OpenAsync(cancellationToken).ConfigureAwait(false);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        batch.Connection = connection;
        batch.Transaction = transaction;
        var setting = TenantGuard.SettingFor(connection, transaction is not null, out var tenant);
        if (setting is not null)
        {
            batch.BatchCommands.Insert(0, setting);
        }

        T result;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (setting is not null)
            {
                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }

            result = await read(reader, cancellationToken).ConfigureAwait(false);
            // To the end: a failing later statement would roll back the setting with the batch's implicit transaction.
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
            {
            }
        }

        if (setting is not null)
        {
            TenantGuard.Confirm(connection, tenant);
        }

        return result;
    }

    /// <summary>
    /// Runs one statement under the context's retry policy. A transient failure may hide a commit that happened: before a
    /// retry, <paramref name="stored"/> checks whether the first attempt's row exists (ids are made by the caller, so it can tell).
    /// </summary>
    public static Task<T> RetryingAsync<T>(
        this MemoryDbContext db, Func<CancellationToken, Task<T>> statement, Func<CancellationToken, Task<(bool Found, T Value)>> stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            0,
            async (_, _, ct) => await statement(ct).ConfigureAwait(false),
            async (_, _, ct) =>
            {
                var (found, value) = await stored(ct).ConfigureAwait(false);
                return new ExecutionResult<T>(found, value);
            },
            cancellationToken);
    }

    /// <summary>A batch of one statement, for <see cref="RunAsync"/>.</summary>
    public static NpgsqlBatch Batch(string sql, Action<NpgsqlBatchCommand> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var command = new NpgsqlBatchCommand(sql);
        parameters(command);
        var batch = new NpgsqlBatch();
        batch.BatchCommands.Add(command);
        return batch;
    }

    public static NpgsqlBatchCommand With<T>(this NpgsqlBatchCommand command, string name, T value)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter<T>(name, value));
        return command;
    }
}
