namespace MemoryAspire.Memory.Context;

/// <summary>Relevance of facts and earlier messages to a new message; one interface so a vector ranker can be added later.</summary>
public interface IMemoryRanker
{
    /// <summary>Current facts relevant to the message, most relevant first; identity facts always count as relevant.</summary>
    Task<IReadOnlyList<ProfileFact>> RankFactsAsync(Guid userId, string message, int max, CancellationToken cancellationToken);

    /// <summary>The user's messages from other sessions that match the message, best first.</summary>
    Task<IReadOnlyList<RecallHit>> RecallAsync(Guid userId, Guid currentSessionId, string message, int max, CancellationToken cancellationToken);
}
