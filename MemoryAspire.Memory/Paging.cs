using System.Buffers.Text;
using System.Text.Json;

namespace MemoryAspire.Memory;

/// <summary>Which page of a list to read: at most <see cref="Limit"/> items (the list's default when null), after the cursor <see cref="Before"/> an earlier page ended with.</summary>
public sealed record PageRequest(int? Limit, string? Before);

/// <summary>A page of a list, and the cursor that reads on from it (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>
/// A list's page sizes and cursors. A cursor is opaque to clients: the position of the last item of a page (base64url of
/// its sort keys), so the next page starts right after it whatever was added or deleted meanwhile.
/// </summary>
public sealed record PageRule(int DefaultLimit, int MaxLimit)
{
    public static PageRule Sessions { get; } = new(50, 200);

    public static PageRule Messages { get; } = new(200, 1000);

    public static PageRule Facts { get; } = new(200, 1000);

    /// <summary>The page asked for as a limit and the cursor's sort keys (null for the first page), or why it cannot be read.</summary>
    public Outcome<(int Limit, string[]? After)> Read(PageRequest request, int keys)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Limit is < 1 || request.Limit > MaxLimit)
        {
            return new Refusal.Invalid($"limit must be between 1 and {MaxLimit} (default {DefaultLimit}).");
        }

        var limit = request.Limit ?? DefaultLimit;
        if (string.IsNullOrEmpty(request.Before))
        {
            return (limit, null);
        }

        return Decode(request.Before) is { } after && after.Length == keys
            ? (limit, after)
            : new Refusal.Invalid($"before {Refusal.Quote(request.Before)} is not a cursor of this list: use the next cursor an earlier page gave.");
    }

    /// <summary>The page of <paramref name="rows"/> (read with one row more than the limit, to know whether more follow).</summary>
    public static Page<T> Of<T>(IReadOnlyList<T> rows, int limit, Func<T, string[]> keysOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keysOf);
        return rows.Count > limit ? new Page<T>([.. rows.Take(limit)], Encode(keysOf(rows[limit - 1]))) : new Page<T>(rows, null);
    }

    public static string Encode(params string[] keys) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(keys));

    private static string[]? Decode(string cursor)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}
