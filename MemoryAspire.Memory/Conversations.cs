using MemoryAspire.Memory.Context;

namespace MemoryAspire.Memory;

public sealed record TurnRequest(string Subject, string Message, Guid? SessionId, string? Strategy, string? IdempotencyKey);

/// <summary>What a streaming turn emits: the context first, then text deltas, then the stored result.</summary>
public abstract record TurnEvent;

public sealed record TurnContextEvent(Guid SessionId, ContextReport Context, string Provider, string Model) : TurnEvent;

public sealed record TurnDeltaEvent(string Text) : TurnEvent;

public sealed record TurnCompletedEvent(TurnResult Result) : TurnEvent;
