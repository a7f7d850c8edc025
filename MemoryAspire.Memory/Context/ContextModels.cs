namespace MemoryAspire.Memory.Context;

public sealed record WindowMessage(Guid Id, long Sequence, string Role, string Content, int Tokens);

public sealed record SummarySnapshot(Guid Id, string Content, long ThroughSequence, string Model, string PromptVersion, int Tokens);

/// <summary>The sections a strategy uses for one turn.</summary>
public sealed record StrategyPlan(string Strategy, string Effective, bool Profile, bool Summary, bool Recall, int? BufferLimit, string Why);

/// <summary>Everything the assembler needs for one turn; loading it is the engine's job, assembling it is pure.</summary>
public sealed record ContextInput(
    string SystemPrompt,
    StrategyPlan Plan,
    IReadOnlyList<ProfileFact> Facts,
    SummarySnapshot? Summary,
    IReadOnlyList<RecallHit> Recall,
    IReadOnlyList<WindowMessage> Window,
    string NewMessage,
    int MaxTokens)
{
    /// <summary>The turn's time: facts observed longer than <see cref="StaleAfter"/> before it are marked possibly stale.</summary>
    public DateTimeOffset? Now { get; init; }

    public TimeSpan? StaleAfter { get; init; }
}

public static class ContextSections
{
    public const string System = "system";
    public const string Profile = "profile";
    public const string Summary = "summary";
    public const string Recall = "recall";
    public const string Buffer = "buffer";
    public const string Message = "message";
}

public sealed record AssembledContext(IReadOnlyList<Microsoft.Extensions.AI.ChatMessage> Messages, ContextReport Report);
