using MemoryAspire.Memory.Storage;
using Npgsql;

namespace MemoryAspire.Memory.Governance;

/// <summary>One audit entry to append: who did what to which of a user's items, never what the items said.</summary>
public sealed record AuditRecord(Guid UserId, string Actor, string Action, string TargetType, IReadOnlyList<Guid> TargetIds, string? Detail);

/// <summary>Appends audit entries in the caller's transaction (so an entry exists exactly when its change does), many in one statement.</summary>
public sealed class AuditLog(MemoryDbContext db, TimeProvider clock)
{
    public const string UserActor = "user";
    public const string RetentionActor = "retention";
    public const string ErasureActor = "erasure";

    /// <summary>The length of the detail column.</summary>
    public const int MaxDetailLength = 200;

    public static string ExtractorActor(string extractor) => $"extractor:{extractor}";

    public static string SummarizerActor(string model) => $"summarizer:{model}";

    public static string AdminActor(string subject) => $"admin:{subject}";

    public async Task AppendAsync(IEnumerable<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var entries = records.ToList();
        if (entries.Count == 0)
        {
            return;
        }

        const string Sql = """
            INSERT INTO audit_entries (at, user_id, actor, action, target_type, target_ids, detail)
            SELECT @at, e.user_id, e.actor, e.action, e.target_type, coalesce(ids.value, '{}'), e.detail
            FROM unnest(@users, @actors, @actions, @types, @details) WITH ORDINALITY AS e(user_id, actor, action, target_type, detail, n)
            LEFT JOIN LATERAL (SELECT array_agg(t::uuid) AS value FROM unnest(string_to_array(@targets[e.n], ',')) t WHERE t <> '') ids ON true
            """;
        var connection = await db.OpenNpgsqlAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("at", clock.GetUtcNow().ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("users", [.. entries.Select(e => e.UserId)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("actors", [.. entries.Select(e => e.Actor)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("actions", [.. entries.Select(e => e.Action)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("types", [.. entries.Select(e => e.TargetType)]));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("details", [.. entries.Select(e => e.Detail)]));
        // Arrays of arrays of different lengths do not exist in PostgreSQL: each entry's targets travel as one string.
        command.Parameters.Add(new NpgsqlParameter<string[]>("targets", [.. entries.Select(e => string.Join(',', e.TargetIds))]));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
