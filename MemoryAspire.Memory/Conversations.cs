using MemoryAspire.Memory.Context;

namespace MemoryAspire.Memory;

public sealed record TurnRequest(string Subject, string Message, Guid? SessionId, string? Strategy, string? IdempotencyKey);

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
    bool Replayed = false);

/// <summary>What a streaming turn emits: the context first, then text deltas, then the stored result.</summary>
public abstract record TurnEvent;

public sealed record TurnContextEvent(Guid SessionId, ContextReport Context, string Provider, string Model) : TurnEvent;

public sealed record TurnDeltaEvent(string Text) : TurnEvent;

public sealed record TurnCompletedEvent(TurnResult Result) : TurnEvent;
