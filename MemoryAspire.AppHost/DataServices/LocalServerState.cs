using System.Security.Cryptography;
using System.Text.Json;

namespace MemoryAspire.AppHost.DataServices;

/// <summary>
/// The folder of the local servers' data, and the passwords they were initialised with. A password lives with its data, not in
/// user secrets, so that nothing (a run outside Development, a cleared secret store) can hand a server a password it no longer
/// accepts; it is written once, readable by the owner only.
/// </summary>
internal sealed class LocalServerState(string root)
{
    private const string SecretsFile = "parameters.json";
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly Lock _gate = new();

    public string Root { get; } = Path.GetFullPath(root);

    public string DataFor(string resourceName) => Path.Combine(Root, resourceName);

    public string GetOrCreateSecret(string name, int length)
    {
        lock (_gate)
        {
            Directory.CreateDirectory(Root);
            var path = Path.Combine(Root, SecretsFile);
            var secrets = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? [] : [];
            if (!secrets.TryGetValue(name, out var secret))
            {
                secret = secrets[name] = Generate(length);
                File.WriteAllText(path, JsonSerializer.Serialize(secrets, Indented));
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            return secret;
        }
    }

    /// <summary>Letters and digits only, so the value fits any connection string and config file unquoted.</summary>
    public static string Generate(int length) =>
        RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length);
}
