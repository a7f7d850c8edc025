using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>Aspire's Npgsql EF Core client integration: same name, configuration sections and behaviour.</summary>
public static class NpgsqlDbContextExtensions
{
    public const string DefaultConfigSectionName = "Aspire:Npgsql:EntityFrameworkCore:PostgreSQL";

    public static void AddNpgsqlDbContext<TContext>(
        this IHostApplicationBuilder builder,
        string connectionName,
        Action<NpgsqlEntityFrameworkCorePostgreSQLSettings>? configureSettings = null,
        Action<DbContextOptionsBuilder>? configureDbContextOptions = null)
        where TContext : DbContext
    {
        string[] sections =
        [
            DefaultConfigSectionName,
            $"{DefaultConfigSectionName}:{connectionName}",
            $"{DefaultConfigSectionName}:{typeof(TContext).Name}",
        ];
        var settings = ConnectionSettingsBinder.Bind(builder.Configuration, connectionName, sections, configureSettings, (s, cs) => s.ConnectionString = cs);
        if (string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            throw ConnectionSettingsBinder.MissingConnectionString(connectionName, sections);
        }

        builder.Services.AddDbContextPool<TContext>(options =>
        {
            options.UseNpgsql(settings.ConnectionString, npgsql =>
            {
                if (!settings.DisableRetry)
                {
                    npgsql.EnableRetryOnFailure();
                }

                if (settings.CommandTimeout is { } seconds)
                {
                    npgsql.CommandTimeout(seconds);
                }
            });
            configureDbContextOptions?.Invoke(options);
        });

        if (!settings.DisableTracing)
        {
            builder.Services.AddOpenTelemetry().WithTracing(t => t.AddSource("Npgsql"));
        }

        if (!settings.DisableMetrics)
        {
            builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddMeter("Npgsql"));
        }

        if (!settings.DisableHealthChecks)
        {
            builder.Services.AddHealthChecks().AddCheck<DbContextHealthCheck<TContext>>(typeof(TContext).Name);
        }
    }
}

internal sealed class DbContextHealthCheck<TContext>(IServiceScopeFactory scopes) : IHealthCheck where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, $"{typeof(TContext).Name} cannot connect to its database.");
    }
}
