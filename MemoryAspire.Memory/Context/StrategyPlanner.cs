namespace MemoryAspire.Memory.Context;

/// <summary>Turns a session's strategy into the sections it uses; <c>auto</c> follows the decision tree.</summary>
public static class StrategyPlanner
{
    public static StrategyPlan Plan(string strategy, long sessionMessages, int userSessions, MemoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return strategy switch
        {
            MemoryStrategies.Buffer => new(strategy, strategy, false, false, false, options.BufferSize, $"the last {options.BufferSize} messages verbatim"),
            MemoryStrategies.Summary => new(strategy, strategy, false, true, false, null, "running summary plus the messages it does not cover yet"),
            MemoryStrategies.Entity => new(strategy, strategy, true, false, false, options.BufferSize, "relevant profile facts plus the recent messages"),
            MemoryStrategies.Recall => new(strategy, strategy, false, false, true, options.BufferSize, "matching messages from earlier sessions plus the recent messages"),
            MemoryStrategies.Hybrid => new(strategy, strategy, true, true, true, null, "profile facts, running summary, recall from earlier sessions and the recent messages"),
            MemoryStrategies.Auto => Auto(sessionMessages, userSessions, options),
            _ => throw new ArgumentException($"Unknown memory strategy '{strategy}'.", nameof(strategy)),
        };
    }

    private static StrategyPlan Auto(long sessionMessages, int userSessions, MemoryOptions options)
    {
        if (userSessions > 1)
        {
            return new(MemoryStrategies.Auto, "entity+summary", true, true, false, null, $"the user has {userSessions} sessions: entity and summary memory for continuity");
        }

        return sessionMessages < options.AutoShortSessionMessages
            ? new(MemoryStrategies.Auto, MemoryStrategies.Buffer, false, false, false, options.BufferSize, $"short session ({sessionMessages} messages): buffer memory")
            : new(MemoryStrategies.Auto, MemoryStrategies.Summary, false, true, false, null, $"long session ({sessionMessages} messages): summary memory");
    }
}
