using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory;

/// <summary>A request the engine refuses; <see cref="Status"/> is the HTTP status an API should answer with.</summary>
public class MemoryRequestException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    /// <summary>Seconds after which a retry may succeed (rate limits, a dependency that is down).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Machine-readable details an API adds to its ProblemDetails (which field, which character, where).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    public static MemoryRequestException NotFound(string what) => new(404, "Not found", $"{what} does not exist.");

    public static MemoryRequestException BadRequest(string detail) => new(400, "Invalid request", detail);

    /// <summary>A text field holds a character memory cannot store (see <see cref="StorableText"/>): refused, never silently changed.</summary>
    public static MemoryRequestException Unstorable(string field, UnstorableCharacter found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new(400, "Character cannot be stored", $"{found.Describe(field)} (a 0-based UTF-16 index), which cannot be stored: remove it and send again.")
        {
            Extensions = new Dictionary<string, object?> { ["field"] = field, ["character"] = found.CodePoint, ["position"] = found.Position },
        };
    }

    /// <summary>How much of a refused input an error message repeats.</summary>
    public const int QuoteLength = 60;

    /// <summary><paramref name="input"/> in quotes for an error message, its first <see cref="QuoteLength"/> characters when longer.</summary>
    public static string Quote(string input) => $"'{TextCut.Shorten(input, QuoteLength + TextCut.Ellipsis.Length)}'";
}

/// <summary>The model provider failed or timed out; the user's message is stored and can be answered by a retry.</summary>
public sealed class ModelUnavailableException(bool timedOut, string detail, Exception? inner = null)
    : MemoryRequestException(timedOut ? 504 : 502, timedOut ? "The model did not answer in time" : "The model provider failed", detail)
{
    public bool TimedOut { get; } = timedOut;

    public Exception? Cause { get; } = inner;
}
