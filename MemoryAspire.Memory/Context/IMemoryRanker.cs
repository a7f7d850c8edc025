namespace MemoryAspire.Memory.Context;

/// <summary>What a turn asks the ranker for: up to <see cref="MaxFacts"/> facts (0: none), and whether recall candidates are wanted.</summary>
public sealed record RankRequest(Guid UserId, Guid CurrentSessionId, string Message, int MaxFacts, bool Recall)
{
    /// <summary>The message's vector, when its user may have earlier sessions: recall then also reads the vector index.</summary>
    public QuestionVector? Vector { get; init; }
}

/// <param name="Recall">Candidates from the user's other sessions with the statistics to score them; <see cref="RecallSelection"/> picks the hits.</param>
public sealed record RankedMemory(IReadOnlyList<ProfileFact> Facts, RecallCandidates Recall)
{
    public static RankedMemory None { get; } = new([], RecallCandidates.None);
}

/// <summary>Relevance of facts and earlier messages to a new message; one interface so a vector ranker can be added later.</summary>
public interface IMemoryRanker
{
    /// <summary>
    /// Current facts relevant to the message, most relevant first (identity facts always count as relevant), and a bounded set
    /// of the user's messages from other sessions that match it, with the user's term statistics.
    /// </summary>
    Task<RankedMemory> RankAsync(RankRequest request, CancellationToken cancellationToken);
}
