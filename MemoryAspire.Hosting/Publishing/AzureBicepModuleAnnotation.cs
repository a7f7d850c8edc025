namespace MemoryAspire.Hosting.Publishing;

/// <summary>
/// The annotated server is deployed by a Bicep module of the repository (<c>azure.bicep.v0</c>); its connection string is the
/// module's secret output <c>connectionString</c>, which the module writes to the Key Vault azd creates for it.
/// </summary>
/// <param name="Path">The module's absolute path; the manifest writes it relative to itself.</param>
/// <param name="Parameters">The module's parameters: text, or a parameter written as its expression; read when the manifest is written.</param>
public sealed record AzureBicepModuleAnnotation(string Path, Func<IReadOnlyDictionary<string, object>> Parameters)
{
    /// <summary>azd creates a Key Vault for a module whose <c>keyVaultName</c> is empty and passes its name in.</summary>
    public const string KeyVaultNameParameter = "keyVaultName";

    public const string ConnectionStringOutput = "connectionString";
}
