using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
/// </summary>
public sealed class TenantGuard : DbConnectionInterceptor
{
    public const string TenantRole = "memory_app";

    public static TenantGuard Instance { get; } = new();

    private const string Sql = "SELECT set_config('role', @role, false), set_config('memory.user_id', @user, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Command(DbConnection connection)
    {
        var scope = TenantScope.Value;
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        Add(command, "role", scope?.System == true ? "none" : TenantRole);
        Add(command, "user", scope?.UserId?.ToString() ?? "");
        return command;
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
