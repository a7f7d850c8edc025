using NpgsqlTypes;

namespace MemoryAspire.Memory.Storage;

/// <summary>A person whose memory is kept; <see cref="Subject"/> is the token's subject, <see cref="Id"/> is what every other row and cache key uses.</summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }

    public required string Subject { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class ChatSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string Strategy { get; set; }

    public string? Title { get; set; }

    /// <summary>The sequence number the next message gets; bumped under the session's row lock.</summary>
    public long NextSequence { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastActiveAt { get; set; }
}

public static class MessageRoles
{
    public const string User = "user";
    public const string Assistant = "assistant";
}

public sealed class StoredMessage
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid UserId { get; set; }

    public long Sequence { get; set; }

    public required string Role { get; set; }

    public required string Content { get; set; }

    /// <summary>o200k tokens of <see cref="Content"/>, counted once when stored.</summary>
    public int Tokens { get; set; }

    public string[] PiiKinds { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>On assistant messages: the model call that produced it.</summary>
    public string? Model { get; set; }

    public string? Provider { get; set; }

    public int? InputTokens { get; set; }

    public int? OutputTokens { get; set; }
}

/// <summary>
/// One term of one user message in the recall index, written by MemoryWorker when it takes the message's extraction job.
/// Read by (user, term) in weight order, so a term's best messages come first and the chat path reads a bounded few.
/// Holds a hash of the term, never the word; goes with its message.
/// </summary>
public sealed class RecallPosting
{
    public Guid MessageId { get; set; }

    /// <summary><see cref="Context.RecallText.Key"/> of the term's stem.</summary>
    public long Term { get; set; }

    public Guid UserId { get; set; }

    /// <summary>The term's BM25 weight in the message at the reference length (<see cref="Context.Bm25.Postings"/>).</summary>
    public float Weight { get; set; }
}

/// <summary>In how many of a user's indexed messages a term occurs (its document frequency), kept up by the indexing worker.</summary>
public sealed class RecallTermStatistic
{
    public Guid UserId { get; set; }

    public long Term { get; set; }

    public int Documents { get; set; }
}

/// <summary>A user's indexed messages and their total length in terms: the corpus size and average length BM25 needs.</summary>
public sealed class RecallStatistic
{
    public Guid UserId { get; set; }

    public long Documents { get; set; }

    public long Terms { get; set; }
}

/// <summary>
/// A user message's all-MiniLM-L6-v2 vector (<see cref="Context.SentenceEmbedder"/>), computed by MemoryWorker once the message's
/// session is no longer the user's newest (recall searches other sessions only). Filed under its nearest centroid
/// (<see cref="Cell"/>), so the chat path reads a few cells' newest rows, not the user's every vector; goes with its message.
/// </summary>
public sealed class RecallVector
{
    public Guid MessageId { get; set; }

    public Guid UserId { get; set; }

    public int Cell { get; set; }

    /// <summary>When the message was stored: a cell is read newest first.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The unit vector in signed bytes (<see cref="Context.VectorRecall.Quantize"/>): 384 bytes.</summary>
    public byte[] Vector { get; set; } = [];
}

/// <summary>The centre of one cell of the vector index, the same for every user (made from the model's vocabulary, no user's text).</summary>
public sealed class RecallCentroid
{
    public int Cell { get; set; }

    public float[] Centroid { get; set; } = [];
}

/// <summary>A user whose earlier sessions have messages without a vector: queued when the user opens a new session.</summary>
public sealed class RecallVectorBacklog
{
    public Guid UserId { get; set; }

    public DateTimeOffset Since { get; set; }
}

/// <summary>
/// One version of a session's running summary. It covers every message of the session up to <see cref="ThroughSequence"/>;
/// a newer one replaces it (<see cref="IsCurrent"/>) and the old one stays as history until retention removes it.
/// </summary>
public sealed class SessionSummary
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid UserId { get; set; }

    public required string Content { get; set; }

    public long ThroughSequence { get; set; }

    public Guid[] CoveredMessageIds { get; set; } = [];

    public required string Model { get; set; }

    public required string PromptVersion { get; set; }

    public int Tokens { get; set; }

    public bool IsCurrent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

public static class FactStatuses
{
    public const string Current = "current";
    public const string Superseded = "superseded";
    public const string Deleted = "deleted";

    /// <summary>Never injected: instruction-like text, or PII that policy keeps out of facts. Shown to the user with the reason.</summary>
    public const string Rejected = "rejected";
}

/// <summary>
/// Who may overrule whom: a trusted system of record over the user's own correction over an extracted fact, whatever
/// the timestamps. Stored on each fact so that precedence holds in SQL as well as in code.
/// </summary>
public static class FactAuthority
{
    public const short Extracted = 1;
    public const short User = 2;
    public const short SystemOfRecord = 3;

    /// <summary>The extractor a user's own edit records.</summary>
    public const string UserExtractor = "user";

    /// <summary>Systems of record record <c>system:&lt;name&gt;</c>.</summary>
    public const string SystemPrefix = "system:";

    public static short Of(string extractor) =>
        extractor == UserExtractor ? User : extractor.StartsWith(SystemPrefix, StringComparison.Ordinal) ? SystemOfRecord : Extracted;

    public static string Describe(short authority) => authority switch
    {
        SystemOfRecord => "a system of record",
        User => "your own correction",
        _ => "an extracted fact",
    };
}

/// <summary>A fact about the user with its provenance and validity interval.</summary>
public sealed class MemoryFact
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }

    public required string Category { get; set; }

    public double Confidence { get; set; }

    /// <summary>The message the value was first found in (null for a user's edit or a system of record).</summary>
    public Guid? SourceMessageId { get; set; }

    public Guid? SourceSessionId { get; set; }

    /// <summary>
    /// Every message that stated this value (the most recent <see cref="MaxConfirmations"/>). An extracted fact lives only as
    /// long as one of them does: deleting them all deletes the fact.
    /// </summary>
    public Guid[] ConfirmedByMessageIds { get; set; } = [];

    public const int MaxConfirmations = 32;

    /// <summary><see cref="FactAuthority"/> of <see cref="Extractor"/>.</summary>
    public short Authority { get; set; } = FactAuthority.Extracted;

    public DateTimeOffset ObservedAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string Extractor { get; set; }

    public required string ExtractorVersion { get; set; }

    public DateTimeOffset ValidFrom { get; set; }

    public DateTimeOffset? ValidTo { get; set; }

    public Guid? SupersededById { get; set; }

    public required string Status { get; set; }

    public string[] PiiKinds { get; set; } = [];

    /// <summary>
    /// Why the fact was rejected (status <see cref="FactStatuses.Rejected"/>), or why it never became current (outranked by a
    /// fact of higher authority).
    /// </summary>
    public string? RejectionReason { get; set; }

    /// <summary>Generated by PostgreSQL from key, value and category for relevance ranking.</summary>
    public NpgsqlTsVector SearchVector { get; set; } = null!;
}

public static class JobKinds
{
    public const string Extract = "extract";
    public const string Summarize = "summarize";

    /// <summary>Summarize a session whose summaries were dropped because messages they covered were deleted.</summary>
    public const string RebuildSummary = "rebuild-summary";

    /// <summary>
    /// Delete cached memory: the windows and profiles listed in the job's <see cref="MemoryJob.Payload"/> (a
    /// <see cref="Caching.CacheTargets"/>, any number of users, one job per deletion), or, for a job without one, one
    /// session's window or all of the user's keys when the job has no session either.
    /// </summary>
    public const string PurgeCache = "purge-cache";

    /// <summary>Erase everything held about a user (<see cref="ErasureRequest"/>).</summary>
    public const string Erase = "erase";
}

public static class JobStatuses
{
    public const string Pending = "pending";
    public const string Done = "done";
    public const string Failed = "failed";
}

/// <summary>Durable background work, enqueued in the transaction that makes it necessary and claimed with SKIP LOCKED.</summary>
public sealed class MemoryJob
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    /// <summary>Enqueueing the same work twice is a no-op: the key is unique.</summary>
    public required string DedupKey { get; set; }

    public Guid UserId { get; set; }

    public Guid? SessionId { get; set; }

    public Guid? MessageId { get; set; }

    /// <summary>
    /// What a job about many targets works on, as JSON (ids only, never content). Such a job may span users: its
    /// <see cref="UserId"/> is then <see cref="Guid.Empty"/> and it runs in the system scope.
    /// </summary>
    public string? Payload { get; set; }

    public required string Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset RunAfter { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public string? LockedBy { get; set; }

    public string? LastError { get; set; }

    /// <summary>The W3C <c>traceparent</c> of the request that enqueued the job: its span links to that trace.</summary>
    public string? TraceParent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>
/// A model call a memory job made for a session (fact extraction, summarization) with the tokens the provider reported: the
/// part of a turn's cost spent after the reply. The reply's own call is recorded on its assistant message. Holds no content.
/// </summary>
public sealed class ModelCall
{
    public long Id { get; set; }

    public Guid UserId { get; set; }

    public Guid SessionId { get; set; }

    /// <summary>The user message an extraction read; null for summaries.</summary>
    public Guid? MessageId { get; set; }

    /// <summary>The job that made the call (jobs are swept after a while; this id then names nothing).</summary>
    public long JobId { get; set; }

    /// <summary>A <c>ModelPurposes</c> value: <c>extract</c> or <c>summarize</c>.</summary>
    public required string Purpose { get; set; }

    public required string Provider { get; set; }

    public required string Model { get; set; }

    public int? InputTokens { get; set; }

    public int? OutputTokens { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>The first answer to a chat request with an Idempotency-Key, returned again on a retry.</summary>
public sealed class IdempotencyRecord
{
    public Guid UserId { get; set; }

    public required string Key { get; set; }

    public required string RequestHash { get; set; }

    /// <summary>Set once the user's message is stored, so a retry after a model failure does not store it twice.</summary>
    public Guid? UserMessageId { get; set; }

    public Guid? SessionId { get; set; }

    public string? ResponseJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// What was done to a user's memory, by whom and when, and to which items; never what the items said. Appended, never
/// changed: the application's database role may insert and read these rows, not update or delete them.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Whose memory it concerns.</summary>
    public Guid UserId { get; set; }

    /// <summary><c>user</c>, <c>extractor:&lt;name&gt;</c>, <c>system:&lt;name&gt;</c>, <c>retention</c>, <c>erasure</c>, <c>admin:&lt;subject&gt;</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary><c>fact</c>, <c>message</c>, <c>summary</c>, <c>session</c>, <c>user</c>.</summary>
    public required string TargetType { get; set; }

    public Guid[] TargetIds { get; set; } = [];

    /// <summary>A content-free note: a reason code, a data class, a count.</summary>
    public string? Detail { get; set; }
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Supersede = "supersede";
    public const string Delete = "delete";
    public const string Expire = "expire";
    public const string Erase = "erase";
    public const string Export = "export";
    public const string Reject = "reject";

    public static IReadOnlyList<string> All { get; } = [Create, Update, Supersede, Delete, Expire, Erase, Export, Reject];
}

public static class AuditTargets
{
    public const string Fact = "fact";
    public const string Message = "message";
    public const string Summary = "summary";
    public const string Session = "session";
    public const string User = "user";
}

public static class ErasureStatuses
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
}

/// <summary>
/// A user's "forget me": accepted at once (their memory stops being used and shown), carried out by MemoryWorker in
/// batches, and kept, without content, so that its status can be read afterwards.
/// </summary>
public sealed class ErasureRequest
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string Status { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Rows to delete, counted when the worker starts; <see cref="Done"/> of them are gone.</summary>
    public long? Total { get; set; }

    public long Done { get; set; }

    public string? Error { get; set; }
}
