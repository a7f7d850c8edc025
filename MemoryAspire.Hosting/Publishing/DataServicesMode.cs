namespace MemoryAspire.Hosting.Publishing;

/// <summary>How the manifest deploys Redis and PostgreSQL: <c>AppHost:DataServices</c> in the AppHost's configuration.</summary>
public enum DataServicesMode
{
    /// <summary>Managed Azure services (backups, restarts keep the data) for the servers that declare a Bicep module.</summary>
    Azure,

    /// <summary>Plain containers in the Container Apps environment: for throwaway environments, their data is not durable.</summary>
    Containers,
}
