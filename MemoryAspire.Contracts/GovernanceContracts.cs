namespace MemoryAspire.Contracts;

/// <summary>Body of <c>PUT /api/v1/memory/facts/{id}</c>: the value the user says is right.</summary>
public sealed record FactCorrection(string Value);

/// <summary>
/// A "forget me" request as <c>POST /api/v1/memory/forget</c> and <c>GET /api/v1/memory/forget/{id}</c> answer it:
/// <see cref="Status"/> is pending, running, completed or failed; <see cref="Done"/> of <see cref="Total"/> rows are gone.
/// </summary>
public sealed record ErasureProgress(Guid Id, string Status, long? Done, long? Total, DateTimeOffset? CompletedAt)
{
    public DateTimeOffset RequestedAt { get; init; }

    public string? Error { get; init; }

    public bool Finished => Status is "completed" or "failed";
}

/// <summary>One audit entry: who did what to which items, when; never what the items said.</summary>
public sealed record AuditEntryInfo(long Id, DateTimeOffset At, Guid UserId, string Actor, string Action, string TargetType, IReadOnlyList<Guid> TargetIds, string? Detail);

/// <summary>One session in an export: the session, every message, every summary version, the model calls its memory jobs made.</summary>
public sealed record ExportedSession(SessionInfo Session, IReadOnlyList<MessageInfo> Messages, IReadOnlyList<SummaryInfo> Summaries, IReadOnlyList<ModelCallInfo> ModelCalls);

/// <summary>
/// Everything held about the signed-in user, as <c>GET /api/v1/memory/export</c> returns it: sessions with their messages
/// and summaries, facts with history, rejections and provenance, audit entries and erasure requests.
/// </summary>
public sealed record MemoryExport(
    string Subject,
    Guid UserId,
    DateTimeOffset ExportedAt,
    IReadOnlyList<ExportedSession> Sessions,
    IReadOnlyList<FactInfo> Facts,
    IReadOnlyList<AuditEntryInfo> Audit,
    IReadOnlyList<ErasureProgress> Erasures);

/// <summary>One fact a trusted system of record asserts about a user (<c>PUT /api/v1/system/users/{subject}/facts</c>).</summary>
public sealed record SystemFact(string Key, string Value, string? Category, DateTimeOffset? ObservedAt);

public sealed record SystemFactsRequest(IReadOnlyList<SystemFact> Facts);

/// <summary>What became of one asserted fact: created, superseded (the old one), confirmed, outranked or rejected, and its id.</summary>
public sealed record SystemFactOutcome(string Key, string Outcome, Guid? FactId);
