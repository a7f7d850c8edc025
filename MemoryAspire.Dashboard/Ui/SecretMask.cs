using System.Text.RegularExpressions;

namespace MemoryAspire.Dashboard.Ui;

/// <summary>Hides secrets in environment values shown on the Resources page.</summary>
public static partial class SecretMask
{
    public const string Masked = "••••••••";

    public static string Mask(string name, string value)
    {
        if (SecretName().IsMatch(name))
        {
            return Masked;
        }

        // Connection strings keep their shape, only their passwords go.
        return PasswordInValue().Replace(value, m => m.Groups[1].Value + Masked);
    }

    [GeneratedRegex("(?i)(key|secret|password|passwd|token|otlp_headers|apikey|credential)")]
    private static partial Regex SecretName();

    [GeneratedRegex("(?i)((?:password|pwd|key)\\s*=\\s*)[^;,]+")]
    private static partial Regex PasswordInValue();
}
