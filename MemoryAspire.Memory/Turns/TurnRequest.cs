using MemoryAspire.Memory.Text;
using Microsoft.Extensions.AI;

namespace MemoryAspire.Memory.Turns;

public sealed record TurnRequest(string Message, Guid? SessionId, string? Strategy, string? IdempotencyKey)
{
    /// <summary>
    /// <see cref="SessionId"/> is a session the client named (see <c>OpenAiSessions</c>): created on its first turn, joined on
    /// the next ones; otherwise a session id that does not exist answers 404.
    /// </summary>
    public bool CreateSession { get; init; }

    /// <summary>Whether the turn begins a session: none is named, or the named one is created if it does not exist yet.</summary>
    public bool OpensSession => SessionId is null || CreateSession;

    /// <summary>What a client of the OpenAI-compatible endpoint adds to the turn; null for <c>/api/v1/chat</c>.</summary>
    public TurnCall? Call { get; init; }
}

/// <summary>
/// What an OpenAI-style request adds to a turn. The memory is assembled as for any turn; around it go the model the client
/// named, its own system messages (the system prompt's first part), the options the model gets as the client gave them
/// (tools, response format, sampling) and the client's conversation before the new message, which stands in for the window
/// only when the session holds nothing before it (a new session): in a session that holds messages, the session's memory
/// stands for them and they are neither stored again nor sent twice.
/// </summary>
public sealed record TurnCall
{
    /// <summary>One of <see cref="Models.MemoryModels.Names"/>; null: the chat model.</summary>
    public string? Model { get; init; }

    public string? Instructions { get; init; }

    public ChatOptions? Options { get; init; }

    public IReadOnlyList<ChatMessage> Earlier { get; init; } = [];
}

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
