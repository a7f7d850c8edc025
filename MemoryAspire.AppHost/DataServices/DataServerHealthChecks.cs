using Microsoft.Extensions.DependencyInjection;

namespace MemoryAspire.AppHost.DataServices;

public enum DataServerProbe
{
    Redis,
    PostgreSql,
}

internal static class DataServerHealthChecks
{
    /// <summary>
    /// The resource is healthy once its server answers on its connection string (Redis: PING; PostgreSQL: a query), as
    /// Aspire's own Redis and PostgreSQL resources check; <c>WaitFor</c> on it waits for that.
    /// </summary>
    /// <param name="known">The connection string when it is known before the start (a server named by configuration).</param>
    public static IResourceBuilder<T> WithDataServerHealthCheck<T>(this IResourceBuilder<T> builder, DataServerProbe probe, string? known = null)
        where T : IResourceWithConnectionString
    {
        var connectionString = known;
        builder.OnConnectionStringAvailable(async (resource, _, cancellationToken) =>
            connectionString = await resource.ConnectionStringExpression.GetValueAsync(cancellationToken).ConfigureAwait(false));
        var key = $"{builder.Resource.Name}_check";
        var name = builder.Resource.Name;
        string ConnectionString(IServiceProvider _) =>
            connectionString ?? throw new InvalidOperationException($"The connection string of {name} is not known yet.");
        var checks = builder.ApplicationBuilder.Services.AddHealthChecks();
        _ = probe switch
        {
            DataServerProbe.Redis => checks.AddRedis(ConnectionString, key),
            // A server-level connection string names no database, and Npgsql would take the user's name for one. No pooled
            // connection is kept: PostgreSQL's shutdown waits for its clients to leave.
            _ => checks.AddNpgSql(ConnectionString, name: key, configure: connection =>
            {
                var settings = new Npgsql.NpgsqlConnectionStringBuilder(connection.ConnectionString) { Pooling = false };
                settings.Database ??= "postgres";
                connection.ConnectionString = settings.ConnectionString;
            }),
        };
        return builder.WithHealthCheck(key);
    }
}
