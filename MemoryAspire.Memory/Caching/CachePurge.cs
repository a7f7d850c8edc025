using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MemoryAspire.Memory.Caching;

/// <summary>One session's cached window.</summary>
public sealed record CacheWindow(Guid User, Guid Session);

/// <summary>
/// Cached copies to delete after one deletion, of any number of users: windows (each also drops its user's profile) and
/// profiles. Carried by one purge job as JSON of ids, so a batch of thousands of sessions is one job, not thousands.
/// </summary>
public sealed record CacheTargets(IReadOnlyList<CacheWindow> Windows, IReadOnlyList<Guid> Profiles)
{
    [JsonIgnore]
    public bool IsEmpty => Windows.Count == 0 && Profiles.Count == 0;

    /// <summary>The one user all targets belong to, or <see cref="Guid.Empty"/> when they span users.</summary>
    [JsonIgnore]
    public Guid SingleUser => Windows.Select(w => w.User).Concat(Profiles).Distinct().Take(2).ToList() is [var only] ? only : Guid.Empty;

    public static CacheTargets ForWindows(IEnumerable<CacheWindow> windows) => new([.. windows.Distinct()], []);

    public IEnumerable<RedisKey> Keys() =>
        Windows.Select(w => (RedisKey)MemoryCacheStore.WindowKey(w.User, w.Session))
            .Concat(Windows.Select(w => w.User).Concat(Profiles).Distinct().Select(u => (RedisKey)MemoryCacheStore.ProfileKey(u)));

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static CacheTargets FromJson(string json) =>
        JsonSerializer.Deserialize<CacheTargets>(json, JsonOptions) ?? throw new InvalidOperationException("A purge job's payload is empty.");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>
/// Removes cached copies of deleted memory: one session's window, or every key under a user's prefix. Run right after a
/// deletion commits and again by a durable job enqueued with it, so a crash between the two cannot leave content in Redis.
/// </summary>
public sealed class CachePurge(IConnectionMultiplexer redis, ILogger<CachePurge> logger)
{
    public async Task PurgeSessionAsync(Guid userId, Guid sessionId)
    {
        var database = redis.GetDatabase();
        await database.KeyDeleteAsync([MemoryCacheStore.WindowKey(userId, sessionId), MemoryCacheStore.ProfileKey(userId)]).ConfigureAwait(false);
    }

    /// <summary>Deletes every listed key, a bounded number per command.</summary>
    public async Task PurgeAsync(CacheTargets targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var database = redis.GetDatabase();
        foreach (var chunk in targets.Keys().Chunk(1000))
        {
            await database.KeyDeleteAsync(chunk).ConfigureAwait(false);
        }
    }

    /// <returns>How many keys were deleted.</returns>
    public async Task<long> PurgeUserAsync(Guid userId)
    {
        var pattern = MemoryCacheStore.UserPrefix(userId) + "*";
        long deleted = 0;
        foreach (var server in redis.GetServers().Where(s => s.IsConnected && !s.IsReplica))
        {
            List<RedisKey> keys = [];
            await foreach (var key in server.KeysAsync(pattern: pattern, pageSize: 500).ConfigureAwait(false))
            {
                keys.Add(key);
            }

            if (keys.Count > 0)
            {
                deleted += await redis.GetDatabase().KeyDeleteAsync([.. keys]).ConfigureAwait(false);
            }
        }

        logger.LogDebug("Purged {Count} cache keys of user {UserId}", deleted, userId);
        return deleted;
    }

    /// <summary>The best-effort purge after a commit: a failure is logged, and the durable job retries it.</summary>
    public async Task TryPurgeAsync(Guid userId, Guid? sessionId)
    {
        try
        {
            if (sessionId is { } session)
            {
                await PurgeSessionAsync(userId, session).ConfigureAwait(false);
            }
            else
            {
                await PurgeUserAsync(userId).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (MemoryCacheStore.IsRedisFailure(e))
        {
            logger.LogWarning(e, "Purging cached memory failed; the purge job retries it");
        }
    }
}
