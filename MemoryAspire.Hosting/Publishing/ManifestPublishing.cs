using MemoryAspire.Hosting.Orchestration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MemoryAspire.Hosting.Publishing;

/// <summary>Publish mode (<c>--publisher manifest --output-path &lt;file&gt;</c>, as azd runs the AppHost): write the manifest, start nothing.</summary>
internal static class ManifestPublishing
{
    public const string ManifestPublisherName = "manifest";
    public const string DefaultFileName = "aspire-manifest.json";

    public static async Task PublishAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var publisher = configuration["Publishing:Publisher"];
        if (!string.Equals(publisher, ManifestPublisherName, StringComparison.OrdinalIgnoreCase))
        {
            throw new DistributedApplicationException($"Unknown publisher '{publisher}': the only publisher is '{ManifestPublisherName}' (--publisher manifest --output-path <file>).");
        }

        var outputPath = configuration["Publishing:OutputPath"] is { Length: > 0 } configured
            ? ManifestPath(configured)
            : throw new DistributedApplicationException("The manifest publisher needs --output-path <file>.");
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("MemoryAspire.Hosting.Publishing");
        var manifest = new ManifestPublisher(services.GetRequiredService<DistributedApplicationModel>(), DataServices(configuration), logger);
        await manifest.WriteAsync(outputPath, cancellationToken).ConfigureAwait(false);
    }

    private static DataServicesMode DataServices(IConfiguration configuration)
    {
        var key = $"{AppHostOptions.SectionName}:DataServices";
        return configuration[key] switch
        {
            null or "" => DataServicesMode.Azure,
            var text when Enum.TryParse<DataServicesMode>(text, ignoreCase: true, out var mode) && Enum.IsDefined(mode) => mode,
            var text => throw new DistributedApplicationException($"{key} is '{text}': use {string.Join(" or ", Enum.GetNames<DataServicesMode>())}."),
        };
    }

    /// <summary>Relative to the current directory, as a command-line path is; a folder gets Aspire's default file name.</summary>
    internal static string ManifestPath(string outputPath)
    {
        var full = Path.GetFullPath(outputPath);
        return Directory.Exists(full) || outputPath.EndsWith('/') ? Path.Combine(full, DefaultFileName) : full;
    }
}
