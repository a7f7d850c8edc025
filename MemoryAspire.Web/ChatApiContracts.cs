namespace MemoryAspire.Web;

// Web-only shapes; the records ChatApi answers with come from MemoryAspire.Contracts, shared with the engine.

public sealed record BackendInfo(string Service, string Version, string Environment);

public sealed record ChatRequest(string Message, Guid? SessionId, string? Strategy);

/// <summary>The first event of a streamed turn: the memory the prompt is made of, before any text.</summary>
public sealed record TurnContext(Guid SessionId, ContextReport Context, string Provider, string Model);
