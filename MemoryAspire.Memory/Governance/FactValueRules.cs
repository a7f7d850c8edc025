using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// What a value must be to become a fact, whoever states it: extraction, the user's correction and systems of record apply
/// the same rules, so a correction cannot store what extraction would reject.
/// </summary>
public static class FactValueRules
{
    public const int MaxKeyLength = 100;
    public const int MaxValueLength = 1000;

    /// <summary>Why the key or value cannot be stored at all (empty, too long, a character text cannot hold), or null.</summary>
    public static string? Malformed(string? key, string? value) =>
        string.IsNullOrWhiteSpace(key) ? "the key is empty"
        : key.Trim().Length > MaxKeyLength ? $"the key is longer than {MaxKeyLength} characters"
        : StorableText.FindUnstorable(key) is { } inKey ? inKey.Describe("the key")
        : string.IsNullOrWhiteSpace(value) ? "the value is empty"
        : value.Trim().Length > MaxValueLength ? $"the value is longer than {MaxValueLength} characters"
        : StorableText.FindUnstorable(value) is { } inValue ? inValue.Describe("the value")
        : null;

    /// <summary>
    /// Why the value may not become a current fact (instruction-like, PII that policy never stores as a fact, an excluded
    /// category), or null; <paramref name="stored"/> is the value to keep, redacted when it holds barred PII.
    /// </summary>
    public static string? Rejection(string value, string category, MemoryOptions settings, out string stored)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(settings);
        var barred = PiiDetector.Kinds(value).FirstOrDefault(settings.PiiNeverAsFact.Contains);
        // A rejected value is kept only in redacted form, so policy-barred PII is not stored by the back door.
        stored = barred is not null ? PiiDetector.Redact(value, [.. settings.PiiNeverAsFact]) : value;
        return InstructionGuard.Check(value) is { } why ? $"the value {why}"
            : barred is not null ? $"holds {barred.Replace('_', ' ')} data, which policy never stores as a fact"
            : settings.ExcludedFactCategories.Contains(category, StringComparer.OrdinalIgnoreCase) ? $"the category '{category}' is not one this deployment keeps"
            : null;
    }
}
