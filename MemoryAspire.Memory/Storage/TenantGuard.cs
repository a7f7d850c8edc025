using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace MemoryAspire.Memory.Storage;

/// <summary>
/// Whose rows the database lets the current code see. Set per request (ChatApi) or per job (MemoryWorker) and flowing with
/// the async call; without one, a connection sees no user's rows at all.
/// </summary>
public static class TenantScope
{
    private static readonly AsyncLocal<TenantContext?> Current = new();

    internal static TenantContext? Value => Current.Value;

    /// <summary>Only <paramref name="userId"/>'s rows, enforced by PostgreSQL row-level security.</summary>
    public static IDisposable ForUser(Guid userId) => Enter(new TenantContext(userId, false));

    /// <summary>
    /// The table owner's view, across users: schema migrations and the worker's sweeps (retention, erasure, claiming jobs).
    /// Nothing a user's request reaches runs like this.
    /// </summary>
    public static IDisposable AsSystem() => Enter(new TenantContext(null, true));

    /// <summary>The scope a durable job runs in: its user's, or the system's for a job spanning users (<see cref="Guid.Empty"/>).</summary>
    public static IDisposable ForJob(MemoryJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.UserId == Guid.Empty ? AsSystem() : ForUser(job.UserId);
    }

    private static Restore Enter(TenantContext context)
    {
        var previous = Current.Value;
        Current.Value = context;
        return new Restore(previous);
    }

    private sealed class Restore(TenantContext? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

internal sealed record TenantContext(Guid? UserId, bool System);

/// <summary>
/// Puts every connection that EF Core opens into the current <see cref="TenantScope"/> before its first statement: role
/// <c>memory_app</c> (subject to row-level security) and <c>memory.user_id</c>, or the owner's role for system work. Both
/// are set on every open, so no setting outlives the scope that made it, even on a pooled connection that is not reset.
/// A connection can also stay open longer than a scope (a pooled DbContext keeps the connection a hand-written statement
/// opened): before every command, <see cref="Commands"/> (EF's) and <see cref="RawSql.OpenNpgsqlAsync"/> (hand-written
/// ones) compare the tenant the connection was set to with the current one and set it again when they differ, so a
/// statement always runs as the scope it is issued in; <see cref="Transactions"/> does the same before a transaction begins.
/// A hand-written batch run through <see cref="RawSql.RunAsync"/> opens the connection without the separate round trip and
/// carries the setting as its own first statement instead (<see cref="SettingFor"/>).
/// </summary>
public sealed class TenantGuard : DbConnectionInterceptor
{
    public const string TenantRole = "memory_app";

    public static TenantGuard Instance { get; } = new();

    /// <summary>The per-command half of the guard, registered next to <see cref="Instance"/>.</summary>
    public static DbCommandInterceptor Commands { get; } = new CommandGuard();

    /// <summary>Sets the tenant before a transaction begins on a connection that was open already (inside one it cannot change).</summary>
    public static DbTransactionInterceptor Transactions { get; } = new TransactionGuard();

    private const string Sql = "SELECT set_config('role', @role, false), set_config('memory.user_id', @user, false)";

    private static readonly TenantContext Nobody = new(null, false);

    // What each open connection was last set to; connections are never keys for longer than they live.
    private static readonly ConditionalWeakTable<DbConnection, TenantContext> Applied = [];

    // Set only while RawSql.RunAsync opens a connection whose first statement will carry the setting.
    private static readonly AsyncLocal<bool> Deferred = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Deferred.Value)
        {
            Applied.Remove(connection);
            return;
        }

        using var command = Command(connection, Current);
        command.ExecuteNonQuery();
        Applied.AddOrUpdate(connection, Current);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Deferred.Value)
        {
            Applied.Remove(connection);
            return;
        }

        await using var command = Command(connection, Current);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        Applied.AddOrUpdate(connection, Current);
    }

    /// <summary>Sets the open <paramref name="connection"/> to the current scope's tenant if it was set to another one.</summary>
    /// <param name="inTransaction">Whether the next statement runs in a transaction: changing tenant inside one fails.</param>
    public static async ValueTask EnsureAsync(DbConnection connection, bool inTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (NeedsReset(connection, inTransaction, out var tenant))
        {
            await using var command = Command(connection, tenant);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            Applied.AddOrUpdate(connection, tenant);
        }
    }

    /// <summary>
    /// Opens <paramref name="open"/>'s connection without setting the tenant: its tenant counts as unknown, so the next
    /// statement on it sets it first, whatever path that statement takes (a batch's own first statement, or a round trip).
    /// </summary>
    internal static async Task OpenDeferredAsync(Func<CancellationToken, Task> open, CancellationToken cancellationToken)
    {
        Deferred.Value = true;
        try
        {
            await open(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Deferred.Value = false;
        }
    }

    /// <summary>
    /// The statement that sets the open <paramref name="connection"/> to the current scope, to go first in a batch; null when
    /// it is set already. Until <see cref="Confirm"/> says the whole batch ran (its implicit transaction committed: a later
    /// statement's failure rolls the setting back with it), the connection's tenant counts as unknown.
    /// </summary>
    internal static NpgsqlBatchCommand? SettingFor(DbConnection connection, bool inTransaction, out TenantContext tenant)
    {
        if (!NeedsReset(connection, inTransaction, out tenant))
        {
            return null;
        }

        Applied.Remove(connection);
        var setting = new NpgsqlBatchCommand(Sql);
        setting.Parameters.Add(new NpgsqlParameter<string>("role", tenant.System ? "none" : TenantRole));
        setting.Parameters.Add(new NpgsqlParameter<string>("user", tenant.UserId?.ToString() ?? ""));
        return setting;
    }

    /// <summary>The batch that carried <see cref="SettingFor"/>'s statement ran to its end: the connection is set to <paramref name="tenant"/>.</summary>
    internal static void Confirm(DbConnection connection, TenantContext tenant) => Applied.AddOrUpdate(connection, tenant);

    private static void Ensure(DbConnection connection, bool inTransaction)
    {
        if (NeedsReset(connection, inTransaction, out var tenant))
        {
            using var command = Command(connection, tenant);
            command.ExecuteNonQuery();
            Applied.AddOrUpdate(connection, tenant);
        }
    }

    private static TenantContext Current => TenantScope.Value ?? Nobody;

    private static bool NeedsReset(DbConnection connection, bool inTransaction, out TenantContext tenant)
    {
        tenant = Current;
        if (connection.State != System.Data.ConnectionState.Open || (Applied.TryGetValue(connection, out var applied) && applied == tenant))
        {
            return false;
        }

        // A setting made inside a transaction is undone by its rollback: one transaction never changes tenant.
        if (inTransaction)
        {
            throw new InvalidOperationException("A transaction cannot continue in another tenant scope than the one it began in.");
        }

        return true;
    }

    private static DbCommand Command(DbConnection connection, TenantContext scope)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        Add(command, "role", scope.System ? "none" : TenantRole);
        Add(command, "user", scope.UserId?.ToString() ?? "");
        return command;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private sealed class TransactionGuard : DbTransactionInterceptor
    {
        public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
        {
            Ensure(connection, inTransaction: false);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            await EnsureAsync(connection, inTransaction: false, cancellationToken).ConfigureAwait(false);
            return result;
        }
    }

    private sealed class CommandGuard : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Ensure(command.Connection!, command.Transaction is not null);
            return result;
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await EnsureAsync(command.Connection!, command.Transaction is not null, cancellationToken).ConfigureAwait(false);
            return result;
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Ensure(command.Connection!, command.Transaction is not null);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await EnsureAsync(command.Connection!, command.Transaction is not null, cancellationToken).ConfigureAwait(false);
            return result;
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Ensure(command.Connection!, command.Transaction is not null);
            return result;
        }

        public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            await EnsureAsync(command.Connection!, command.Transaction is not null, cancellationToken).ConfigureAwait(false);
            return result;
        }
    }
}
