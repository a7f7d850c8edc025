using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory;

/// <summary>A request the engine refuses; <see cref="Status"/> is the HTTP status an API should answer with.</summary>
public class MemoryRequestException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    /// <summary>Seconds after which a retry may succeed (rate limits).</summary>
    public int? RetryAfterSeconds { get; init; }

    public static MemoryRequestException NotFound(string what) => new(404, "Not found", $"{what} does not exist.");

    public static MemoryRequestException BadRequest(string detail) => new(400, "Invalid request", detail);

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
