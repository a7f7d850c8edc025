using System.Net.Sockets;
using MemoryAspire.Memory;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using StackExchange.Redis;

namespace MemoryAspire.UnitTests.Memory;

public sealed class DependencyOutageTests
{
    public static TheoryData<string, Exception> Outages() => new()
    {
        { "PostgreSQL", new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)) },
        { "PostgreSQL", new NpgsqlException("Exception while reading from stream", new IOException("Connection reset by peer")) },
        { "PostgreSQL", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()) },
        { "PostgreSQL", new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01") },
        { "PostgreSQL", new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03") },
        { "PostgreSQL", new PostgresException("sorry, too many clients already", "FATAL", "FATAL", "53300") },
        { "PostgreSQL", new PostgresException("connection failure", "FATAL", "FATAL", "08006") },
        { "PostgreSQL", new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("refused", new SocketException())) },
        { "PostgreSQL", new RetryLimitExceededException("The maximum number of retries (3) was exceeded.", new NpgsqlException("refused", new SocketException())) },
        { "Redis", new RedisConnectionException(ConnectionFailureType.UnableToConnect, "No connection is available") },
        { "Redis", new RedisTimeoutException("Timeout awaiting response", CommandStatus.WaitingToBeSent) },
    };

    [Theory]
    [MemberData(nameof(Outages), DisableDiscoveryEnumeration = true)]
    public void An_unreachable_dependency_is_a_503_that_names_it_with_retry_after(string dependency, Exception exception)
    {
        var outage = DependencyUnavailableException.From(exception);

        Assert.NotNull(outage);
        Assert.Equal(dependency, outage.Dependency);
        var problem = MemoryAspire.ChatApi.ErrorHandling.OutageProblem(exception);
        Assert.Equal((503, $"{dependency} is unavailable"), (problem?.Status, problem?.Title));
        Assert.StartsWith(dependency, problem!.Detail, StringComparison.Ordinal);
    }

    public static TheoryData<Exception> NotOutages() => new()
    {
        new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505"),
        new PostgresException("invalid byte sequence for encoding \"UTF8\": 0x00", "ERROR", "ERROR", "22021"),
        new NpgsqlException("Multiple exceptions occurred when consuming the result set", new AggregateException(
            new PostgresException("invalid byte sequence", "ERROR", "ERROR", "22021"), new PostgresException("invalid byte sequence", "ERROR", "ERROR", "22021"))),
        new TimeoutException("a model call"),
        new InvalidOperationException("a bug"),
    };

    [Theory]
    [MemberData(nameof(NotOutages), DisableDiscoveryEnumeration = true)]
    public void A_database_error_about_the_request_or_a_bug_is_not_an_outage(Exception exception) =>
        Assert.Null(DependencyUnavailableException.From(exception));
}
