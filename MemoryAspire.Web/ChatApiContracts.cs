namespace MemoryAspire.Web;

// Web-only shapes; the records ChatApi answers with come from MemoryAspire.Contracts, shared with the engine.

public sealed record BackendInfo(string Service, string Version, string Environment);

public sealed record ChatRequest(string Message, Guid? SessionId, string? Strategy);

/// <summary>The first event of a streamed turn: the memory the prompt is made of, before any text.</summary>
public sealed record TurnContext(Guid SessionId, ContextReport Context, string Provider, string Model);

/// <summary>The planned answer of <c>POST /api/v1/memory/forget</c> and <c>GET /api/v1/memory/forget/{id}</c> (governance issue).</summary>
public sealed record ErasureProgress(Guid Id, string Status, int? Done, int? Total, DateTimeOffset? CompletedAt)
{
    public bool Finished => Status is "completed" or "failed";
}

public sealed record FactCorrection(string Value);
