using Npgsql;

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

    /// <summary>
    /// The same ranking as statements that can travel in another batch on the context's connection (the turn's store
    /// statement), saving its round trip; null for a ranker that cannot (it is then asked through <see cref="RankAsync"/>).
    /// </summary>
    BatchedRanking? Batched(RankRequest request) => null;
}

/// <summary>A ranking's statements for another batch, and how to read their results once the reader has reached the first of them.</summary>
public sealed record BatchedRanking(RankRequest Request, IReadOnlyList<NpgsqlBatchCommand> Commands, Func<NpgsqlDataReader, CancellationToken, Task<RankedMemory>> ReadAsync);

/// <summary>A ranking that came back with the turn's store statement, for the request it answers.</summary>
public sealed record PrefetchedRanking(RankRequest Request, RankedMemory Result);
