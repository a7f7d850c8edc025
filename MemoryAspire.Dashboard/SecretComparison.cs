using System.Security.Cryptography;
using System.Text;

namespace MemoryAspire.Dashboard;

internal static class SecretComparison
{
    /// <summary>Compares a presented key or token in constant time, so that timing reveals nothing of the secret.</summary>
    public static bool Matches(string presented, string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(secret));
}
