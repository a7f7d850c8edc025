using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// What a key and value must be to be stored at all, whoever states them; whether they may become a current fact is
/// <see cref="FactAdmission"/>'s judgement, the same for extraction, the user's corrections and systems of record.
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
}
