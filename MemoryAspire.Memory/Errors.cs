using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory;

/// <summary>
/// A service the request needs cannot be reached (PostgreSQL, Redis): answered 503 with Retry-After and a title naming it, so
/// a client can tell an outage of ours from a refusal of its request or a failing model (502).
/// </summary>
public sealed class DependencyUnavailableException(string dependency, string detail, Exception cause) : Exception(detail)
{
    public const string PostgreSql = "PostgreSQL";
    public const string Redis = "Redis";

    /// <summary>What a client is told to wait: about as long as a restart or a failover of either server takes.</summary>
    public const int RetryAfter = 5;

    public string Dependency { get; } = dependency;

    public string Title => $"{Dependency} is unavailable";

    public Exception Cause { get; } = cause;

    /// <summary>
    /// The outage behind <paramref name="exception"/> (searched through its causes), or null when it is something else. A
    /// PostgreSQL error is an outage only when it is about the connection or the server's state (SQLSTATE class 08, 53,
    /// 57P01 to 57P03); any other Npgsql failure is on the way to the server (refused, reset, timed out, pool exhausted).
    /// </summary>
    public static DependencyUnavailableException? From(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is DependencyUnavailableException known)
        {
            return known;
        }

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
            + "Idempotency-Key is not stored twice.", causes[0]);
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
