namespace MemoryAspire.Memory.Context;

/// <summary>What a turn asks the ranker for: up to <see cref="MaxFacts"/> facts and <see cref="MaxRecall"/> earlier messages (0: none).</summary>
public sealed record RankRequest(Guid UserId, Guid CurrentSessionId, string Message, int MaxFacts, int MaxRecall);

public sealed record RankedMemory(IReadOnlyList<ProfileFact> Facts, IReadOnlyList<RecallHit> Recall)
{
    public static RankedMemory None { get; } = new([], []);
}

/// <summary>Relevance of facts and earlier messages to a new message; one interface so a vector ranker can be added later.</summary>
public interface IMemoryRanker
{
    /// <summary>
    /// Current facts relevant to the message, most relevant first (identity facts always count as relevant), and the user's
    /// messages from other sessions that match it, best first.
    /// </summary>
    Task<RankedMemory> RankAsync(RankRequest request, CancellationToken cancellationToken);
}
