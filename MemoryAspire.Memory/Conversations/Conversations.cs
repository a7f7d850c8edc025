using MemoryAspire.Memory.Context;

namespace MemoryAspire.Memory.Conversations;

/// <summary>What a streaming turn emits: the context first, then text deltas, then the stored result (or the model's failure).</summary>
public abstract record TurnEvent;

public sealed record TurnContextEvent(Guid SessionId, ContextReport Context, string Provider, string Model) : TurnEvent
{
    public Guid UserMessageId { get; init; }
}

public sealed record TurnDeltaEvent(string Text) : TurnEvent;

public sealed record TurnCompletedEvent(TurnResult Result) : TurnEvent;

/// <summary>The model failed once the turn's events had begun: the stream's last event (the user's message stays stored).</summary>
public sealed record TurnFailedEvent(Refusal.ModelFailed Refusal) : TurnEvent;
