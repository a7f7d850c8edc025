using Microsoft.Extensions.Configuration;

namespace MemoryAspire.AppHost.DataServices;

/// <summary>Where the data services come from when the app is published.</summary>
public enum DataServicesMode
{
    /// <summary>Azure Database for PostgreSQL flexible server and Azure Managed Redis, deployed by the Bicep modules in <c>infra/</c>.</summary>
    Azure,

    /// <summary>Aspire's Redis and PostgreSQL container resources: quick to deploy, not durable.</summary>
    Containers,
}

/// <summary>The <c>AppHost</c> configuration section: what Aspire has no setting for.</summary>
public sealed record AppHostSettings
{
    public const string SectionName = "AppHost";

    /// <summary>Local server data and the passwords the servers were initialised with.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>Throwaway local data (tests, benchmarks): the servers skip the disk flushes that only protect against a power cut.</summary>
    public bool ThrowawayData { get; init; }

    public DataServicesMode DataServices { get; init; } = DataServicesMode.Azure;

    public static AppHostSettings From(IConfiguration configuration, string appHostDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var mode = section[nameof(DataServices)];
        return new AppHostSettings
        {
            StateDirectory = Path.GetFullPath(section[nameof(StateDirectory)] is { Length: > 0 } configured ? configured : ".state", appHostDirectory),
            ThrowawayData = section.GetValue<bool>(nameof(ThrowawayData)),
            DataServices = mode is null or ""
                ? DataServicesMode.Azure
                : Enum.TryParse<DataServicesMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : throw new DistributedApplicationException(
                        $"AppHost:DataServices is '{mode}'; it must be one of: {string.Join(", ", Enum.GetNames<DataServicesMode>())}."),
        };
    }
}
