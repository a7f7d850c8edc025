using System.Text.Json;
using MemoryAspire.Memory.Context;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MemoryAspire.Memory.Caching;

/// <summary>A cached window as read, with the stored value it came from (what a compare-and-set expects to find).</summary>
public sealed record WindowRead(CachedWindow? Window, string? Stored);

/// <summary>
/// Redis cache of session windows and user profiles, keys namespaced per user (<c>ma:u:{userId}:...</c>) with a TTL.
/// Everything here is rebuilt from PostgreSQL on a miss, and a Redis failure (down, timing out) is a miss, never a failed turn.
/// </summary>
public sealed class MemoryCacheStore(IConnectionMultiplexer redis, IOptions<MemoryOptions> options, ILogger<MemoryCacheStore> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The database, or a connection failure at once while Redis is down: each command would otherwise wait out its timeout in
    /// the multiplexer's backlog, and a turn would take seconds per cache call instead of reading PostgreSQL.
    /// </summary>
    private IDatabase Database() => redis.IsConnected
        ? redis.GetDatabase()
        : throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis is not connected; serving from PostgreSQL");

    /// <summary>A Redis error or timeout (a timeout is not a <see cref="RedisException"/>): for a cache, a miss or a skipped write.</summary>
    public static bool IsRedisFailure(Exception exception) => exception is RedisException or RedisTimeoutException;

    public static string UserPrefix(Guid userId) => $"ma:u:{userId:N}:";

    public static string WindowKey(Guid userId, Guid sessionId) => $"{UserPrefix(userId)}s:{sessionId:N}:window";

    public static string ProfileKey(Guid userId) => $"{UserPrefix(userId)}profile";

    public static string RateKey(Guid userId, long minute) => $"{UserPrefix(userId)}rate:{minute}";

    /// <summary>Replaces the stored window only if it is still <paramref name="expected"/> (null: still absent); otherwise drops it.</summary>
    private const string CompareAndSetScript = """
        local current = redis.call('GET', KEYS[1])
        if (ARGV[1] == '' and not current) or current == ARGV[1] then
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1
        end
        redis.call('DEL', KEYS[1])
        return 0
        """;

    public async Task<WindowRead> GetWindowAsync(Guid userId, Guid sessionId)
    {
        try
        {
            var value = await Database().StringGetAsync(WindowKey(userId, sessionId)).ConfigureAwait(false);
            if (!value.HasValue)
            {
                return new WindowRead(null, null);
            }

            var stored = (string)value!;
            return new WindowRead(JsonSerializer.Deserialize<CachedWindow>(stored, Json), stored);
        }
        catch (Exception e) when (IsRedisFailure(e) || e is JsonException)
        {
            logger.LogWarning(e, "Redis read failed; rebuilding from PostgreSQL");
            return new WindowRead(null, null);
        }
    }

    /// <summary>
    /// Writes <paramref name="next"/> if the key still holds what <paramref name="read"/> found; if anything else wrote or
    /// deleted it meanwhile, drops the key so that the next turn rebuilds it from PostgreSQL. Two turns racing in one session
    /// therefore never leave a window that misses a message.
    /// </summary>
    public async Task<bool> ReplaceWindowAsync(Guid userId, Guid sessionId, WindowRead read, CachedWindow? next)
    {
        ArgumentNullException.ThrowIfNull(read);
        var key = WindowKey(userId, sessionId);
        try
        {
            if (next is null)
            {
                await Database().KeyDeleteAsync(key).ConfigureAwait(false);
                return false;
            }

            var ttl = (long)options.Value.CacheTtl.TotalMilliseconds;
            var result = await Database().ScriptEvaluateAsync(CompareAndSetScript, [key],
                [read.Stored ?? "", JsonSerializer.Serialize(next, Json), ttl]).ConfigureAwait(false);
            return (int)result == 1;
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            logger.LogWarning(e, "Redis write failed; the next read rebuilds from PostgreSQL");
            return false;
        }
    }

    public Task<IReadOnlyList<ProfileFact>?> GetProfileAsync(Guid userId) => GetAsync<IReadOnlyList<ProfileFact>>(ProfileKey(userId));

    public Task SetProfileAsync(Guid userId, IReadOnlyList<ProfileFact> facts) => SetAsync(ProfileKey(userId), facts);

    public Task InvalidateWindowAsync(Guid userId, Guid sessionId) => DeleteAsync(WindowKey(userId, sessionId));

    public Task InvalidateProfileAsync(Guid userId) => DeleteAsync(ProfileKey(userId));

    /// <summary>Counts a request in the user's current one-minute window; null when Redis cannot be reached (the limit then fails open).</summary>
    public async Task<long?> CountRequestAsync(Guid userId, long minute)
    {
        try
        {
            var key = RateKey(userId, minute);
            var database = Database();
            var count = await database.StringIncrementAsync(key).ConfigureAwait(false);
            if (count == 1)
            {
                await database.KeyExpireAsync(key, TimeSpan.FromMinutes(2)).ConfigureAwait(false);
            }

            return count;
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            logger.LogWarning(e, "Redis is unavailable: the rate limit is not enforced for this request");
            return null;
        }
    }

    private async Task<T?> GetAsync<T>(string key) where T : class
    {
        try
        {
            var value = await Database().StringGetAsync(key).ConfigureAwait(false);
            return value.HasValue ? JsonSerializer.Deserialize<T>((string)value!, Json) : null;
        }
        catch (Exception e) when (IsRedisFailure(e) || e is JsonException)
        {
            logger.LogWarning(e, "Redis read failed; rebuilding from PostgreSQL");
            return null;
        }
    }

    private async Task SetAsync<T>(string key, T value)
    {
        try
        {
            await Database().StringSetAsync(key, JsonSerializer.Serialize(value, Json), options.Value.CacheTtl).ConfigureAwait(false);
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            logger.LogWarning(e, "Redis write failed; the next read rebuilds from PostgreSQL");
        }
    }

    private async Task DeleteAsync(string key)
    {
        try
        {
            await Database().KeyDeleteAsync(key).ConfigureAwait(false);
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            logger.LogWarning(e, "Redis delete failed; the key expires with its TTL");
        }
    }
}
