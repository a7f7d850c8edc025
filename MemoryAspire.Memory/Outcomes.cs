using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory;

/// <summary>Why the engine turns a request down, in the domain's words; only an API says it in its protocol (HTTP statuses).</summary>
public abstract record Refusal(string Title, string Detail)
{
    /// <summary>Machine-readable details an API adds to its answer (which field, which character, where).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = new Dictionary<string, object?>();

    /// <summary>How much of a refused input an error message repeats.</summary>
    public const int QuoteLength = 60;

    /// <summary><paramref name="input"/> in quotes for an error message, its first <see cref="QuoteLength"/> characters when longer.</summary>
    public static string Quote(string input) => $"'{TextCut.Shorten(input, QuoteLength + TextCut.Ellipsis.Length)}'";

    /// <summary>What the request names does not exist; another user's data is indistinguishable from that.</summary>
    public sealed record NotFound(string What) : Refusal("Not found", $"{What} does not exist.");

    /// <summary>The request contradicts the state it meets (a fact that is no longer current, an erasure finishing).</summary>
    public sealed record Conflict(string Title, string Detail) : Refusal(Title, Detail);

    /// <summary>The request is larger than the deployment allows.</summary>
    public sealed record TooLarge(string Title, string Detail) : Refusal(Title, Detail);

    /// <summary>An idempotency key sent again with a different request: the key names the first one.</summary>
    public sealed record KeyReused(string Detail) : Refusal("Idempotency key reused", Detail);

    /// <summary>The user sent more requests than the deployment allows in a minute; one sent after <paramref name="RetryAfterSeconds"/> may pass.</summary>
    public sealed record TooMany(string Detail, int RetryAfterSeconds) : Refusal("Too many requests", Detail);

    /// <summary>The model failed or did not answer in time: the user's message is stored, and the same request sent again answers it.</summary>
    public sealed record ModelFailed(bool TimedOut, string Detail)
        : Refusal(TimedOut ? "The model did not answer in time" : "The model provider failed", Detail);

    /// <summary>The request's body is not in a format the API reads.</summary>
    public sealed record UnsupportedContent(string Detail) : Refusal("Unsupported content type", Detail);

    /// <summary>The request cannot be carried out as it was sent.</summary>
    public sealed record Invalid(string Detail) : Refusal("Invalid request", Detail)
    {
        /// <summary>A text field holds a character memory cannot store (see <see cref="StorableText"/>): refused, never silently changed.</summary>
        public static Invalid Unstorable(string field, UnstorableCharacter found)
        {
            ArgumentNullException.ThrowIfNull(found);
            return new($"{found.Describe(field)} (a 0-based UTF-16 index), which cannot be stored: remove it and send again.")
            {
                Title = "Character cannot be stored",
                Extensions = new Dictionary<string, object?> { ["field"] = field, ["character"] = found.CodePoint, ["position"] = found.Position },
            };
        }
    }
}

/// <summary>What a request came to: its value, or the <see cref="Refusal"/> that stopped it.</summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    /// <summary>The result; meaningful only when <see cref="Refusal"/> is null.</summary>
    public T? Value { get; }

    public Refusal? Refusal { get; }

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);
}

public static class Outcome
{
    /// <summary>A value as an outcome, also where the implicit conversion cannot apply (a list typed as an interface).</summary>
    public static Outcome<T> Of<T>(T value) => value;
}
