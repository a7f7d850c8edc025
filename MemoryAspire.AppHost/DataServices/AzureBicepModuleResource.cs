using Aspire.Hosting.Publishing;

namespace MemoryAspire.AppHost.DataServices;

/// <summary>
/// A data server deployed by one of the repository's Bicep modules (<c>azure.bicep.v0</c>), as Aspire.Hosting.Azure would write it
/// (those packages are not served here). Its connection string is the module's secret output <c>connectionString</c>, which the
/// module writes to the Key Vault azd creates for it (an empty <c>keyVaultName</c> parameter asks azd for one).
/// </summary>
public sealed class AzureBicepModuleResource(string name, string modulePath) : Resource(name), IResourceWithConnectionString
{
    public const string ConnectionStringOutput = "connectionString";
    public const string KeyVaultNameParameter = "keyVaultName";

    public string ModulePath { get; } = modulePath;

    /// <summary>The module's parameters: text, a parameter resource, or a function read when the manifest is written.</summary>
    public Dictionary<string, object> Parameters { get; } = new(StringComparer.Ordinal) { [KeyVaultNameParameter] = "" };

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{new SecretOutput(this, ConnectionStringOutput)}");

    internal void WriteManifest(ManifestPublishingContext context)
    {
        if (!File.Exists(ModulePath))
        {
            throw new DistributedApplicationException($"The Bicep module of '{Name}' does not exist: {ModulePath}.");
        }

        context.Writer.WriteString("type", "azure.bicep.v0");
        context.WriteConnectionString(this);
        context.Writer.WriteString("path", context.GetManifestRelativePath(ModulePath));
        context.Writer.WriteStartObject("params");
        foreach (var (key, value) in Parameters)
        {
            switch (value)
            {
                case ParameterResource parameter:
                    context.Writer.WriteString(key, parameter.ValueExpression);
                    context.TryAddDependentResources(parameter);
                    break;
                case Func<string> later:
                    context.Writer.WriteString(key, later());
                    break;
                default:
                    context.Writer.WriteString(key, value.ToString());
                    break;
            }
        }

        context.Writer.WriteEndObject();
    }

    /// <summary>A secret output of the module, known only to the deployment: an expression in the manifest, no value here.</summary>
    private sealed class SecretOutput(AzureBicepModuleResource module, string output) : IManifestExpressionProvider, IValueProvider
    {
        public string ValueExpression => $"{{{module.Name}.secretOutputs.{output}}}";

        public ValueTask<string?> GetValueAsync(CancellationToken cancellationToken = default) =>
            throw new DistributedApplicationException($"{ValueExpression} has a value only once azd has deployed {module.Name}.");
    }
}

internal static class AzureBicepModuleBuilderExtensions
{
    public static IResourceBuilder<AzureBicepModuleResource> AddAzureBicepModule(this IDistributedApplicationBuilder builder, string name, string modulePath)
    {
        var module = new AzureBicepModuleResource(name, Path.GetFullPath(modulePath, builder.AppHostDirectory));
        return builder.AddResource(module).WithManifestPublishingCallback(module.WriteManifest);
    }
}
