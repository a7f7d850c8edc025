using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.Memory.Storage;

/// <summary>The source of truth for every user's memory.</summary>
public sealed class MemoryDbContext(DbContextOptions<MemoryDbContext> options) : DbContext(options)
{
    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<ChatSession> Sessions => Set<ChatSession>();

    public DbSet<StoredMessage> Messages => Set<StoredMessage>();

    public DbSet<SessionSummary> Summaries => Set<SessionSummary>();

    public DbSet<MemoryFact> Facts => Set<MemoryFact>();

    public DbSet<MemoryJob> Jobs => Set<MemoryJob>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ErasureRequest> ErasureRequests => Set<ErasureRequest>();

    public DbSet<ModelCall> ModelCalls => Set<ModelCall>();

    public DbSet<RecallPosting> RecallPostings => Set<RecallPosting>();

    public DbSet<RecallTermStatistic> RecallTerms => Set<RecallTermStatistic>();

    public DbSet<RecallStatistic> RecallStatistics => Set<RecallStatistic>();

    /// <summary>Options every host of this context must apply (pooled contexts cannot set them in OnConfiguring).</summary>
    public static void ConfigureOptions(DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention().AddInterceptors(TenantGuard.Instance, TenantGuard.Commands, TenantGuard.Transactions);

    /// <summary>
    /// The services run the same few statements all the time: Npgsql prepares them after their second use, so PostgreSQL
    /// stops parsing and planning them on every call. Settings already in the connection string win.
    /// </summary>
    public static string? TuneConnectionString(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 100;
            builder.AutoPrepareMinUsages = 2;
        }

        // Resetting a pooled connection costs a round of statements on every reuse; nothing needs it, because TenantGuard
        // sets the role and the user on every open and the services keep no other session state.
        builder.NoResetOnClose = true;

        return builder.ConnectionString;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasPostgresExtension("pg_trgm");

        modelBuilder.Entity<UserAccount>(user =>
        {
            user.ToTable("users");
            user.HasIndex(u => u.Subject).IsUnique();
            user.Property(u => u.Subject).HasMaxLength(256);
        });

        modelBuilder.Entity<ChatSession>(session =>
        {
            session.ToTable("sessions");
            session.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
            // Not (user_id, last_active_at): every turn touches last_active_at, and an indexed column would make each of those
            // updates write index entries instead of a heap-only (HOT) update. A user's sessions are few; they sort in memory.
            session.HasIndex(s => s.UserId);
            session.Property(s => s.Strategy).HasMaxLength(32);
            session.Property(s => s.Title).HasMaxLength(200);
        });

        modelBuilder.Entity<StoredMessage>(message =>
        {
            message.ToTable("messages");
            message.HasOne<ChatSession>().WithMany().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
            message.HasIndex(m => new { m.SessionId, m.Sequence }).IsUnique();
            message.HasIndex(m => m.UserId);
            // Retention finds expired messages by age; messages are never updated, so this costs one index entry per insert.
            message.HasIndex(m => m.CreatedAt);
            message.Property(m => m.Role).HasMaxLength(16);
            message.Property(m => m.Model).HasMaxLength(200);
            message.Property(m => m.Provider).HasMaxLength(64);
            // No full-text column: recall has its own index (recall_postings), written by the worker, so an insert on the chat
            // path computes no lexemes.
        });

        modelBuilder.Entity<RecallPosting>(posting =>
        {
            posting.ToTable("recall_postings");
            // The key serves indexing twice (ON CONFLICT) and the deletion with a message. No foreign key: its check would lock
            // the message row once per term on every insert; a statement trigger on messages deletes the postings instead.
            posting.HasKey(p => new { p.MessageId, p.Term });
            // The chat path's only way in: one user's term, best weight first, newest first among equals.
            posting.HasIndex(p => new { p.UserId, p.Term, p.Weight, p.MessageId }).IsDescending(false, false, true, true).HasDatabaseName("ix_recall_postings_rank");
        });

        modelBuilder.Entity<RecallTermStatistic>(term =>
        {
            term.ToTable("recall_terms");
            // Every indexed message adds to its terms' rows: room left on each page keeps those updates HOT (no index entry each).
            term.HasStorageParameter("fillfactor", 70);
            term.HasKey(t => new { t.UserId, t.Term });
            term.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RecallStatistic>(statistic =>
        {
            statistic.ToTable("recall_statistics");
            statistic.HasStorageParameter("fillfactor", 50);
            statistic.HasKey(s => s.UserId);
            statistic.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SessionSummary>(summary =>
        {
            summary.ToTable("summaries");
            summary.HasOne<ChatSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
            summary.HasIndex(s => new { s.SessionId, s.ThroughSequence }).IsUnique();
            summary.HasIndex(s => s.SessionId).IsUnique().HasFilter("is_current").HasDatabaseName("ix_summaries_current");
            summary.HasIndex(s => s.CreatedAt);
            summary.Property(s => s.Model).HasMaxLength(200);
            summary.Property(s => s.PromptVersion).HasMaxLength(64);
        });

        modelBuilder.Entity<MemoryFact>(fact =>
        {
            fact.ToTable("facts");
            fact.HasOne<UserAccount>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
            fact.HasIndex(f => new { f.UserId, f.Status });
            fact.HasIndex(f => new { f.UserId, f.Key }).IsUnique().HasFilter("status = 'current'").HasDatabaseName("ix_facts_one_current_per_key");
            fact.HasIndex(f => new { f.SourceMessageId, f.Key }).IsUnique().HasFilter("source_message_id IS NOT NULL");
            // Retention: facts by category and age, and facts holding PII by age (the history index is in the RetentionIndexes migration).
            fact.HasIndex(f => new { f.Category, f.ObservedAt });
            fact.HasIndex(f => f.ObservedAt).HasFilter("cardinality(pii_kinds) > 0").HasDatabaseName("ix_facts_pii_observed_at");
            fact.Property(f => f.Key).HasMaxLength(100);
            fact.Property(f => f.Value).HasMaxLength(1000);
            fact.Property(f => f.Category).HasMaxLength(32);
            fact.Property(f => f.Status).HasMaxLength(16);
            fact.Property(f => f.RejectionReason).HasMaxLength(300);
            fact.Property(f => f.Extractor).HasMaxLength(200);
            fact.Property(f => f.ExtractorVersion).HasMaxLength(64);
            fact.Property(f => f.Authority).HasDefaultValue(FactAuthority.Extracted);
            fact.HasGeneratedTsVectorColumn(f => f.SearchVector, "english", f => new { f.Key, f.Value, f.Category });
        });

        modelBuilder.Entity<MemoryJob>(job =>
        {
            job.ToTable("jobs");
            job.HasIndex(j => j.DedupKey).IsUnique();
            job.HasIndex(j => new { j.Status, j.RunAfter });
            // The queue: claiming walks pending jobs in id order without sorting the whole backlog.
            job.HasIndex(j => j.Id).HasFilter("status = 'pending'").HasDatabaseName("ix_jobs_pending");
            job.HasIndex(j => j.SessionId);
            job.Property(j => j.Kind).HasMaxLength(32);
            job.Property(j => j.Status).HasMaxLength(16);
            job.Property(j => j.DedupKey).HasMaxLength(200);
            job.Property(j => j.LockedBy).HasMaxLength(200);
            job.Property(j => j.Payload).HasColumnType("jsonb");
            job.Property(j => j.TraceParent).HasMaxLength(64);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_entries");
            entry.HasIndex(e => new { e.UserId, e.At });
            entry.HasIndex(e => e.At);
            entry.Property(e => e.Actor).HasMaxLength(200);
            entry.Property(e => e.Action).HasMaxLength(16);
            entry.Property(e => e.TargetType).HasMaxLength(16);
            entry.Property(e => e.Detail).HasMaxLength(200);
        });

        modelBuilder.Entity<ErasureRequest>(request =>
        {
            request.ToTable("erasure_requests");
            request.HasIndex(r => r.UserId);
            // At most one erasure in progress per user.
            request.HasIndex(r => r.UserId, "one_active").IsUnique().HasFilter("status IN ('pending', 'running')").HasDatabaseName("ix_erasure_requests_one_active");
            request.Property(r => r.Status).HasMaxLength(16);
            request.Property(r => r.Error).HasMaxLength(500);
        });

        modelBuilder.Entity<ModelCall>(call =>
        {
            call.ToTable("model_calls");
            // Goes with its session, whoever deletes it (the user, retention, an erasure).
            call.HasOne<ChatSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
            call.HasIndex(c => c.SessionId);
            call.Property(c => c.Purpose).HasMaxLength(16);
            call.Property(c => c.Provider).HasMaxLength(32);
            call.Property(c => c.Model).HasMaxLength(200);
        });

        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_records");
            record.HasKey(r => new { r.UserId, r.Key });
            record.HasOne<UserAccount>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            record.Property(r => r.Key).HasMaxLength(200);
            record.Property(r => r.RequestHash).HasMaxLength(64);
            record.Property(r => r.ResponseJson).HasColumnType("jsonb");
        });
    }
}
