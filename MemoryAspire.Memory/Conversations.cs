using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory;

public sealed record TurnRequest(string Subject, string Message, Guid? SessionId, string? Strategy, string? IdempotencyKey);

/// <summary>What a streaming turn emits: the context first, then text deltas, then the stored result.</summary>
public abstract record TurnEvent;

public sealed record TurnContextEvent(Guid SessionId, ContextReport Context, string Provider, string Model) : TurnEvent;

public sealed record TurnDeltaEvent(string Text) : TurnEvent;

public sealed record TurnCompletedEvent(TurnResult Result) : TurnEvent;

/// <summary>A new session's title: its first message on one line, cut between two text elements when it is long.</summary>
public static class SessionTitles
{
    public const int MaxLength = 60;

    public static string From(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return TextCut.Shorten(message.Trim().ReplaceLineEndings(" "), MaxLength);
    }
}
