using HealthChecks.NpgSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
    /// <param name="accepting">
    /// For a server we start: whether it says it accepts connections yet. Until it does the check fails without connecting,
    /// since PostgreSQL logs a FATAL line for every connection tried while it starts up.
    /// </param>
    public static IResourceBuilder<T> WithDataServerHealthCheck<T>(this IResourceBuilder<T> builder, DataServerProbe probe, string? known = null,
        Func<bool>? accepting = null)
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
            _ => checks.Add(new HealthCheckRegistration(key, services =>
            {
                var settings = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString(services)) { Pooling = false };
                settings.Database ??= "postgres";
                return new StartedServerCheck(accepting, new NpgSqlHealthCheck(new NpgSqlHealthCheckOptions(settings.ConnectionString)));
            }, failureStatus: null, tags: null)),
        };
        return builder.WithHealthCheck(key);
    }

    private sealed class StartedServerCheck(Func<bool>? accepting, IHealthCheck probe) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            accepting is null || accepting()
                ? probe.CheckHealthAsync(context, cancellationToken)
                : Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "Starting up."));
    }
}
