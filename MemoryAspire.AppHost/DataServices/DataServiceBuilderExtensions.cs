using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace MemoryAspire.AppHost.DataServices;

/// <summary>
/// Redis and PostgreSQL for the topology, wherever they come from: in run mode a server named by <c>ConnectionStrings:&lt;name&gt;</c>,
/// else Debian's servers started by the orchestrator; when published, Azure managed services (our Bicep modules) unless
/// <c>AppHost:DataServices=Containers</c> asks for Aspire's container resources. Every choice is a resource with a connection
/// string, so services get <c>ConnectionStrings__&lt;name&gt;</c> from <c>WithReference</c> as from Aspire's own resources.
/// </summary>
public static class DataServiceBuilderExtensions
{
    public static IResourceBuilder<IResourceWithConnectionString> AddRedisServer(this IDistributedApplicationBuilder builder, [ResourceName] string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = AppHostSettings.From(builder.Configuration, builder.AppHostDirectory);
        if (builder.ExecutionContext.IsRunMode)
        {
            return builder.Configuration.GetConnectionString(name) is { Length: > 0 } existing
                ? builder.AddExistingServer(name, existing, DataServerProbe.Redis)
                : builder.AddLocalRedis(name, builder.AddGeneratedSecret($"{name}-password").Resource, settings);
        }

        return settings.DataServices == DataServicesMode.Azure
            ? builder.AddAzureBicepModule(name, "infra/managed-redis.bicep")
            : builder.AddRedis(name).WithDataVolume().WarnNotDurable();
    }

    /// <summary>A PostgreSQL server; <paramref name="serverSettings"/> (<c>name=value</c>) apply where the server is ours to configure.</summary>
    public static PostgresServerDeclaration AddPostgresServer(this IDistributedApplicationBuilder builder, [ResourceName] string name, params string[] serverSettings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return new PostgresServerDeclaration(builder, name, serverSettings);
    }

    /// <summary>
    /// A generated secret: in run mode kept in the state folder (with the data it protects) unless configured as
    /// <c>Parameters:&lt;name&gt;</c>; when published, a <c>parameter.v0</c> that azd generates.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddGeneratedSecret(this IDistributedApplicationBuilder builder, [ResourceName] string name, int minLength = 22)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var key = $"Parameters:{name}";
        if (builder.ExecutionContext.IsRunMode && string.IsNullOrEmpty(builder.Configuration[key]))
        {
            var state = new LocalServerState(AppHostSettings.From(builder.Configuration, builder.AppHostDirectory).StateDirectory);
            builder.Configuration[key] = state.GetOrCreateSecret(name, minLength);
        }

        return builder.AddParameter(name, new GenerateParameterDefault { MinLength = minLength, Special = false }, secret: true);
    }

    internal static IResourceBuilder<IResourceWithConnectionString> AddExistingServer(
        this IDistributedApplicationBuilder builder, string name, string connectionString, DataServerProbe probe)
    {
        if (ExistingServerProblem(connectionString, probe) is { } problem)
        {
            builder.FailAtStart($"ConnectionStrings:{name} ({MaskPassword(connectionString)}) {problem}");
        }

        var server = builder.AddConnectionString(name).WithDataServerHealthCheck(probe, connectionString);
        // Nothing runs for it, so nothing else would say it is there: running from the start, healthy once it answers.
        builder.Eventing.Subscribe<BeforeStartEvent>(async (@event, _) =>
            await @event.Services.GetRequiredService<ResourceNotificationService>()
                .PublishUpdateAsync(server.Resource, s => s with { State = KnownResourceStates.Running, StartTimeStamp = DateTime.UtcNow })
                .ConfigureAwait(false));
        return server;
    }

    /// <summary>What is wrong with a connection string given for an existing server, or null.</summary>
    internal static string? ExistingServerProblem(string connectionString, DataServerProbe probe)
    {
        try
        {
            if (probe == DataServerProbe.Redis)
            {
                _ = StackExchange.Redis.ConfigurationOptions.Parse(connectionString);
            }
            else if (string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(connectionString).Host))
            {
                return "names no Host.";
            }

            return null;
        }
        catch (ArgumentException e)
        {
            return $"is not a {(probe == DataServerProbe.Redis ? "Redis" : "PostgreSQL")} connection string: {e.Message}";
        }
    }

    internal static string MaskPassword(string connectionString) =>
        System.Text.RegularExpressions.Regex.Replace(connectionString, "(?i)(password\\s*=\\s*)[^;,]*", "$1***");

    internal static IResourceBuilder<T> WarnNotDurable<T>(this IResourceBuilder<T> builder) where T : IResource
    {
        var name = builder.Resource.Name;
        builder.ApplicationBuilder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            @event.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MemoryAspire.AppHost.DataServices").LogWarning(
                "{Resource} is published as a container (AppHost:DataServices=Containers): its data is not durable", name);
            return Task.CompletedTask;
        });
        return builder;
    }
}

/// <summary>A PostgreSQL server whose form is chosen once its database is declared (a database given by a connection string needs no server).</summary>
public sealed class PostgresServerDeclaration(IDistributedApplicationBuilder builder, string name, IReadOnlyList<string> serverSettings)
{
    public IResourceBuilder<IResourceWithConnectionString> AddDatabase([ResourceName] string databaseName)
    {
        var settings = AppHostSettings.From(builder.Configuration, builder.AppHostDirectory);
        if (builder.ExecutionContext.IsRunMode)
        {
            if (builder.Configuration.GetConnectionString(databaseName) is { Length: > 0 } existing)
            {
                return builder.AddExistingServer(databaseName, existing, DataServerProbe.PostgreSql);
            }

            return builder.AddLocalPostgres(name, builder.AddGeneratedSecret($"{name}-password").Resource, settings, serverSettings)
                .AddLocalDatabase(databaseName);
        }

        if (settings.DataServices == DataServicesMode.Containers)
        {
            var container = builder.AddPostgres(name).WithDataVolume().WarnNotDurable();
            foreach (var setting in serverSettings)
            {
                container.WithArgs("-c", setting);
            }

            return container.AddDatabase(databaseName);
        }

        var password = builder.AddGeneratedSecret($"{name}-password");
        var module = builder.AddAzureBicepModule(name, "infra/postgres-flexible-server.bicep");
        module.Resource.Parameters["administratorLoginPassword"] = password.Resource;
        module.Resource.Parameters["databaseNames"] = databaseName;
        var database = new PostgresDatabase(databaseName, databaseName, module.Resource);
        return builder.AddResource(database).WithManifestPublishingCallback(context =>
        {
            context.Writer.WriteString("type", "value.v0");
            context.WriteConnectionString(database);
        });
    }
}
