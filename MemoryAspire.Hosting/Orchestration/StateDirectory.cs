using System.Security.Cryptography;
using System.Text.Json;

namespace MemoryAspire.Hosting.Orchestration;

/// <summary>
/// The AppHost's own folder for server data and generated secrets (Aspire keeps these in volumes and user secrets).
/// Generated secrets are written once with owner-only permissions, so that a server initialised with them keeps working.
/// </summary>
internal sealed class StateDirectory
{
    private const string SecretsFile = "parameters.json";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Lock _gate = new();

    public StateDirectory(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string DataFor(string resourceName) => Path.Combine(Root, resourceName);

    public string GetOrCreateSecret(string name, int length)
    {
        lock (_gate)
        {
            var path = Path.Combine(Root, SecretsFile);
            var secrets = File.Exists(path)
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
                : [];
            if (secrets.TryGetValue(name, out var existing))
            {
                return existing;
            }

            secrets[name] = Generate(length);
            File.WriteAllText(path, JsonSerializer.Serialize(secrets, Indented));
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            return secrets[name];
        }
    }

    /// <summary>Letters and digits only, so the value fits any connection string without quoting.</summary>
    public static string Generate(int length) =>
        RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);
}
