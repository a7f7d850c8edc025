namespace MemoryAspire.Web;

// The shapes ChatApi answers with (MemoryAspire.Memory's records as JSON); Web keeps its own copies so it depends on the HTTP contract, not the engine.

public sealed record BackendInfo(string Service, string Version, string Environment);

public sealed record ChatRequest(string Message, Guid? SessionId, string? Strategy);

public sealed record TokenUsage(long InputTokens, long OutputTokens, long TotalTokens);

public sealed record ProfileFact(Guid Id, string Key, string Value, string Category, double Confidence, DateTimeOffset ObservedAt, double Relevance);

public sealed record RecallHit(Guid MessageId, Guid SessionId, string Role, string Content, DateTimeOffset At, double Score);

public sealed record ContextSection(string Name, bool Included, int Tokens, string Reason, IReadOnlyList<string> ItemIds);

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

public sealed record TurnResult(
    Guid SessionId,
    Guid UserMessageId,
    Guid AssistantMessageId,
    string Reply,
    string Provider,
    string Model,
    bool Offline,
    TokenUsage Usage,
    ContextReport Context,
    bool Replayed = false);

/// <summary>The first event of a streamed turn: the memory the prompt is made of, before any text.</summary>
public sealed record TurnContext(Guid SessionId, ContextReport Context, string Provider, string Model);

public sealed record SessionInfo(Guid Id, string? Title, string Strategy, DateTimeOffset CreatedAt, DateTimeOffset LastActiveAt, int Messages, int PendingJobs, long SummarizedThrough);

public sealed record SummaryInfo(Guid Id, string Content, long ThroughSequence, int CoveredMessages, string Model, string PromptVersion, int Tokens, DateTimeOffset CreatedAt);

public sealed record SessionDetail(SessionInfo Session, SummaryInfo? Summary);

public sealed record MessageInfo(Guid Id, long Sequence, string Role, string Content, DateTimeOffset CreatedAt, string? Model, int? InputTokens, int? OutputTokens, bool Summarized);

public sealed record FactInfo(
    Guid Id, string Key, string Value, string Category, double Confidence, string Status, Guid? SourceMessageId, Guid? SourceSessionId,
    DateTimeOffset ObservedAt, DateTimeOffset RecordedAt, string Extractor, string ExtractorVersion, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo,
    Guid? SupersededById, IReadOnlyList<string> PiiKinds)
{
    public bool IsCurrent => string.Equals(Status, "current", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The planned answer of <c>POST /api/v1/memory/forget</c> and <c>GET /api/v1/memory/forget/{id}</c> (governance issue).</summary>
public sealed record ErasureProgress(Guid Id, string Status, int? Done, int? Total, DateTimeOffset? CompletedAt)
{
    public bool Finished => Status is "completed" or "failed";
}

public sealed record FactCorrection(string Value);
