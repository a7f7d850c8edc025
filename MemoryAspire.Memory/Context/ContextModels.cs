namespace MemoryAspire.Memory.Context;

/// <summary>A current fact as the assembler sees it; <see cref="Relevance"/> comes from the ranker (1 for facts that are always injected).</summary>
public sealed record ProfileFact(Guid Id, string Key, string Value, string Category, double Confidence, DateTimeOffset ObservedAt, double Relevance);

public sealed record WindowMessage(Guid Id, long Sequence, string Role, string Content, int Tokens);

public sealed record SummarySnapshot(Guid Id, string Content, long ThroughSequence, string Model, string PromptVersion, int Tokens);

public sealed record RecallHit(Guid MessageId, Guid SessionId, string Role, string Content, DateTimeOffset At, double Score);

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
    int MaxTokens);

public static class ContextSections
{
    public const string System = "system";
    public const string Profile = "profile";
    public const string Summary = "summary";
    public const string Recall = "recall";
    public const string Buffer = "buffer";
    public const string Message = "message";
}

/// <summary>One part of the prompt: what went in, its tokens, and why it is there (or not).</summary>
public sealed record ContextSection(string Name, bool Included, int Tokens, string Reason, IReadOnlyList<string> ItemIds);

/// <summary>What a turn's prompt was made of; returned with every reply.</summary>
public sealed record ContextReport(
    string Strategy,
    string EffectiveStrategy,
    int TotalTokens,
    int BudgetTokens,
    bool OverBudget,
    IReadOnlyList<ContextSection> Sections,
    IReadOnlyList<ProfileFact> Facts,
    string? Summary,
    IReadOnlyList<RecallHit> Recall,
    int BufferMessages);

public sealed record AssembledContext(IReadOnlyList<Microsoft.Extensions.AI.ChatMessage> Messages, ContextReport Report);
