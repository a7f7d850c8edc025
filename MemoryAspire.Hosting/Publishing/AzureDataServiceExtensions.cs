using MemoryAspire.Hosting.ApplicationModel;
using MemoryAspire.Hosting.Publishing;

namespace MemoryAspire.Hosting;

/// <summary>
/// Aspire's <c>AddAzurePostgresFlexibleServer</c> and <c>AddAzureManagedRedis</c>, kept as a publish-mode choice: the server
/// still runs locally in run mode, and the manifest deploys it as the Bicep module unless <c>AppHost:DataServices=Containers</c>.
/// </summary>
public static class AzureDataServiceExtensions
{
    /// <summary>Deploys the server as an Azure Database for PostgreSQL flexible server; the module creates every database declared on it.</summary>
    public static IResourceBuilder<PostgresServerResource> PublishAsAzurePostgresFlexibleServer(
        this IResourceBuilder<PostgresServerResource> builder, string modulePath = "infra/postgres-flexible-server.bicep")
    {
        ArgumentNullException.ThrowIfNull(builder);
        var server = builder.Resource;
        return builder.WithAnnotation(new AzureBicepModuleAnnotation(ModulePath(builder, modulePath), () => new Dictionary<string, object>
        {
            ["administratorLoginPassword"] = server.PasswordParameter,
            // Databases are declared after this call in a topology; read them when the manifest is written.
            ["databaseNames"] = string.Join(',', server.Databases.Select(d => d.DatabaseName)),
            [AzureBicepModuleAnnotation.KeyVaultNameParameter] = "",
        }));
    }

    /// <summary>Deploys the server as Azure Managed Redis with access-key authentication over TLS.</summary>
    public static IResourceBuilder<RedisResource> PublishAsAzureManagedRedis(
        this IResourceBuilder<RedisResource> builder, string modulePath = "infra/managed-redis.bicep")
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithAnnotation(new AzureBicepModuleAnnotation(ModulePath(builder, modulePath), () => new Dictionary<string, object>
        {
            [AzureBicepModuleAnnotation.KeyVaultNameParameter] = "",
        }));
    }

    private static string ModulePath<T>(IResourceBuilder<T> builder, string modulePath) where T : IResource =>
        Path.GetFullPath(modulePath, builder.ApplicationBuilder.AppHostDirectory);
}
