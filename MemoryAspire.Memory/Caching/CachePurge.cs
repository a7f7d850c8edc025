using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MemoryAspire.Memory.Caching;

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
        catch (RedisException e)
        {
            logger.LogWarning(e, "Purging cached memory failed; the purge job retries it");
        }
    }
}
