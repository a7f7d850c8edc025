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

    public static MemoryRequestException BadRequest(string detail) => new(400, "Invalid request", detail);

    /// <summary>A text field holds a character memory cannot store (see <see cref="StorableText"/>): refused, never silently changed.</summary>
    public static MemoryRequestException Unstorable(string field, UnstorableCharacter found) => Refused(400, Refusal.Invalid.Unstorable(field, found));

    /// <summary>A <paramref name="refusal"/> raised where a value cannot be returned (a turn's stream, a body being read).</summary>
    public static MemoryRequestException Refused(int status, Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new(status, refusal.Title, refusal.Detail) { Extensions = refusal.Extensions };
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

/// <summary>
/// A service the request needs cannot be reached (PostgreSQL, Redis): answered 503 with Retry-After and a title naming it, so
/// a client can tell an outage of ours from a refusal of its request or a failing model (502).
/// </summary>
public sealed class DependencyUnavailableException(string dependency, string detail, Exception cause)
    : MemoryRequestException(503, $"{dependency} is unavailable", detail)
{
    public const string PostgreSql = "PostgreSQL";
    public const string Redis = "Redis";

    /// <summary>What a client is told to wait: about as long as a restart or a failover of either server takes.</summary>
    public const int RetryAfter = 5;

    public string Dependency { get; } = dependency;

    public Exception Cause { get; } = cause;

    /// <summary>
    /// The outage behind <paramref name="exception"/> (searched through its causes), or null when it is something else. A
    /// PostgreSQL error is an outage only when it is about the connection or the server's state (SQLSTATE class 08, 53,
    /// 57P01 to 57P03); any other Npgsql failure is on the way to the server (refused, reset, timed out, pool exhausted).
    /// </summary>
    public static DependencyUnavailableException? From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var causes = Causes(exception).ToList();
        if (causes.OfType<Npgsql.PostgresException>().ToList() is { Count: > 0 } answers)
        {
            return answers.All(a => IsOutage(a.SqlState)) ? Create(PostgreSql, "where memory is stored", causes) : null;
        }

        return causes.Any(c => c is Npgsql.NpgsqlException) ? Create(PostgreSql, "where memory is stored", causes)
            : causes.Any(c => c is StackExchange.Redis.RedisConnectionException or StackExchange.Redis.RedisTimeoutException) ? Create(Redis, "the cache", causes)
            : null;
    }

    private static bool IsOutage(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("53", StringComparison.Ordinal) || sqlState is "57P01" or "57P02" or "57P03";

    private static DependencyUnavailableException Create(string dependency, string role, List<Exception> causes)
    {
        var reason = TextCut.Shorten(causes[^1].Message, 120);
        return new(dependency, $"{dependency}, {role}, cannot be reached ({reason}). Try again in {RetryAfter} s; a chat turn sent again with the same "
            + "Idempotency-Key is not stored twice.", causes[0])
        {
            RetryAfterSeconds = RetryAfter,
        };
    }

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            yield return cause;
            if (cause is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                {
                    yield return inner;
                }

                yield break;
            }
        }
    }
}
