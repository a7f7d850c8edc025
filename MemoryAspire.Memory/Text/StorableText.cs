using System.Text;

namespace MemoryAspire.Memory.Text;

/// <summary>A character that stored text cannot hold: its UTF-16 unit and where it is (a 0-based UTF-16 index).</summary>
public sealed record UnstorableCharacter(char Value, int Position)
{
    public string CodePoint => $"U+{(int)Value:X4}";

    public string Description => Value == '\0' ? "NUL" : char.IsHighSurrogate(Value) ? "a high surrogate without its low half" : "a low surrogate without its high half";

    /// <summary>"message holds U+0000 (NUL) at position 12": what a refusal says.</summary>
    public string Describe(string field) => $"{field} holds {CodePoint} ({Description}) at position {Position}";
}

/// <summary>
/// What memory can store. PostgreSQL's text holds every Unicode scalar value except U+0000 (NUL), and UTF-8 (the database's
/// and the wire's encoding) has no form for a lone surrogate; everything else (control characters, RTL marks, ZWJ,
/// noncharacters, private use, unassigned code points) is stored and read back byte for byte, and the o200k tokenizer counts it.
/// </summary>
public static class StorableText
{
    /// <summary>The first character of <paramref name="text"/> that cannot be stored, or null.</summary>
    public static UnstorableCharacter? FindUnstorable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return new(c, i);
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return new(c, i);
            }
        }

        return null;
    }

    /// <summary>
    /// Text nobody can be asked to fix (a model's reply, summary or extracted fact) made storable: NUL removed, a lone
    /// surrogate replaced by U+FFFD.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FindUnstorable(text) is null)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (c != '\0')
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
