using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MemoryAspire.Memory.Caching;

/// <summary>
/// Wakes workers when a job was committed, over Redis pub/sub. A wake-up is only a hint: workers also poll, so a lost one
/// (Redis down, no subscriber yet) delays a job by the poll interval and loses nothing. Keeping it out of PostgreSQL keeps
/// NOTIFY's commit-time queue lock off the chat path.
/// </summary>
public sealed class JobSignal(IConnectionMultiplexer redis, ILogger<JobSignal> logger)
{
    public static RedisChannel Channel { get; } = RedisChannel.Literal("ma:jobs");

    public void Wake(string kind)
    {
        try
        {
            redis.GetSubscriber().Publish(Channel, kind, CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            logger.LogDebug(e, "Could not wake the workers; they find the job when they poll");
        }
    }

    /// <summary>Calls <paramref name="onWake"/> for every wake-up; Redis re-subscribes by itself after a reconnect.</summary>
    public async Task SubscribeAsync(Action onWake)
    {
        ArgumentNullException.ThrowIfNull(onWake);
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, _) => onWake()).ConfigureAwait(false);
    }
}
