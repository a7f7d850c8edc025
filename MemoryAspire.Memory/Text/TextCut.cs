using System.Globalization;

namespace MemoryAspire.Memory.Text;

/// <summary>
/// Shortens text (session titles, recall excerpts, quoted input in error messages, stored details) without splitting what a
/// reader sees as one character: every cut falls between two text elements (extended grapheme clusters), so never inside a
/// surrogate pair, a combining sequence, a flag or a ZWJ emoji sequence. Lengths are in UTF-16 units, as .NET and the
/// database columns' limits count them.
/// </summary>
public static class TextCut
{
    public const string Ellipsis = "...";

    /// <summary>The longest start of <paramref name="text"/> made of whole text elements and at most <paramref name="maxLength"/> long.</summary>
    public static string Prefix(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        return text.Length <= maxLength ? text : text[..BoundaryAtOrBefore(text, maxLength)];
    }

    /// <summary>
    /// <paramref name="text"/> when it fits in <paramref name="maxLength"/>; otherwise its start of whole text elements followed
    /// by <paramref name="marker"/>, the two together at most <paramref name="maxLength"/> long.
    /// </summary>
    public static string Shorten(string text, int maxLength, string marker = Ellipsis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marker);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (text.Length <= maxLength)
        {
            return text;
        }

        return marker.Length > maxLength
            ? Prefix(text, maxLength)
            : string.Concat(text.AsSpan(0, BoundaryAtOrBefore(text, maxLength - marker.Length)), marker);
    }

    /// <summary>The last text-element boundary of <paramref name="text"/> at or before <paramref name="index"/>.</summary>
    public static int BoundaryAtOrBefore(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var position = 0;
        while (position < text.Length)
        {
            var next = position + StringInfo.GetNextTextElementLength(text[position..]);
            if (next > index)
            {
                break;
            }

            position = next;
        }

        return position;
    }
}
