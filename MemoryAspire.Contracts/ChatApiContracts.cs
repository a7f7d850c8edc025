namespace MemoryAspire.Contracts;

/// <summary>
/// The body of <c>POST /api/v1/chat</c> and <c>/chat/stream</c>; the user is the token's subject, never a field here.
/// <see cref="SessionId"/> is a GUID from an earlier reply, sent as text so that a malformed one is refused naming it.
/// </summary>
public sealed record ChatRequest(string? Message, string? SessionId, string? Strategy);

/// <summary>The first event of a streamed turn (<c>event: context</c>): the memory the prompt is made of, before any text.</summary>
public sealed record TurnContext(Guid SessionId, ContextReport Context, string Provider, string Model)
{
    public Guid UserMessageId { get; init; }
}

/// <summary>What ChatApi says about itself (<c>GET /api/v1/info</c>).</summary>
public sealed record ServiceInfo(string Service, string Version, string Environment);

/// <summary>A current fact as the assembler sees it; <see cref="Relevance"/> comes from the ranker (1 for facts that are always injected).</summary>
public sealed record ProfileFact(Guid Id, string Key, string Value, string Category, double Confidence, DateTimeOffset ObservedAt, double Relevance);

public sealed record RecallHit(Guid MessageId, Guid SessionId, string Role, string Content, DateTimeOffset At, double Score);

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

public sealed record TokenUsage(long InputTokens, long OutputTokens, long TotalTokens);

/// <summary>A chat turn's outcome: the reply, where it is stored, which model made it, what memory it used, and what it cost.</summary>
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
    bool Replayed = false)
{
    /// <summary>The tools the model called (its reply asks the client to run them); null when it called none.</summary>
    public IReadOnlyList<ToolCallInfo>? ToolCalls { get; init; }

    /// <summary>Why the model stopped, in OpenAI's words (<c>stop</c>, <c>length</c>, <c>tool_calls</c>, <c>content_filter</c>); null when it did not say.</summary>
    public string? FinishReason { get; init; }
}

/// <summary>One tool call of a reply: the call's id, the function's name and its arguments as the JSON text the model wrote.</summary>
public sealed record ToolCallInfo(string Id, string Name, string Arguments);

public sealed record SessionInfo(Guid Id, string? Title, string Strategy, DateTimeOffset CreatedAt, DateTimeOffset LastActiveAt, int Messages, int PendingJobs, long SummarizedThrough);

public sealed record MessageInfo(Guid Id, long Sequence, string Role, string Content, DateTimeOffset CreatedAt, string? Model, int? InputTokens, int? OutputTokens, bool Summarized, IReadOnlyList<string> PiiKinds);

public sealed record SummaryInfo(Guid Id, string Content, long ThroughSequence, int CoveredMessages, string Model, string PromptVersion, int Tokens, DateTimeOffset CreatedAt);

public sealed record FactInfo(
    Guid Id, string Key, string Value, string Category, double Confidence, string Status, Guid? SourceMessageId, Guid? SourceSessionId,
    DateTimeOffset ObservedAt, DateTimeOffset RecordedAt, string Extractor, string ExtractorVersion, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo,
    Guid? SupersededById, IReadOnlyList<string> PiiKinds, string? RejectionReason)
{
    public bool IsCurrent => string.Equals(Status, "current", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>extracted</c>, <c>user</c> (the user's own correction) or <c>system</c> (a system of record): who may overrule whom.</summary>
    public string Authority { get; init; } = "extracted";

    /// <summary>Every message that stated this value (most recent last); an extracted fact lives as long as one of them.</summary>
    public IReadOnlyList<Guid> ConfirmedByMessageIds { get; init; } = [];

    /// <summary>When retention deletes it, by the policy for its category (and PII); null when no policy limits it.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Observed longer ago than the deployment's freshness horizon: injected marked as possibly stale.</summary>
    public bool PossiblyStale { get; init; }
}

public sealed record SessionDetail(SessionInfo Session, SummaryInfo? Summary);

/// <summary>A session's calls to one model for one purpose (<c>chat</c>, <c>extract</c>, <c>summarize</c>) and the tokens they used.</summary>
public sealed record ModelUsageInfo(string Purpose, string Provider, string Model, int Calls, long InputTokens, long OutputTokens);

/// <summary>What a session's model calls used: the replies' and the memory jobs' (fact extraction, summaries), in total and by model.</summary>
public sealed record SessionUsage(Guid SessionId, IReadOnlyList<ModelUsageInfo> Models, long InputTokens, long OutputTokens);

/// <summary>One model call a memory job made for a session: the message an extraction read (null for summaries), purpose, model, tokens.</summary>
public sealed record ModelCallInfo(Guid? MessageId, string Purpose, string Provider, string Model, int? InputTokens, int? OutputTokens, DateTimeOffset At);
