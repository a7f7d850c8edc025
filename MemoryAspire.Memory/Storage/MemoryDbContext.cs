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

    public DbSet<RecallVector> RecallVectors => Set<RecallVector>();

    public DbSet<RecallCentroid> RecallCentroids => Set<RecallCentroid>();

    public DbSet<RecallVectorBacklog> RecallVectorBacklog => Set<RecallVectorBacklog>();

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
        modelBuilder.ApplyConfiguration(new UserAccountConfiguration());
        modelBuilder.ApplyConfiguration(new ChatSessionConfiguration());
        modelBuilder.ApplyConfiguration(new StoredMessageConfiguration());
        modelBuilder.ApplyConfiguration(new RecallPostingConfiguration());
        modelBuilder.ApplyConfiguration(new RecallTermStatisticConfiguration());
        modelBuilder.ApplyConfiguration(new RecallStatisticConfiguration());
        modelBuilder.ApplyConfiguration<RecallVector>(new RecallVectorConfiguration());
        modelBuilder.ApplyConfiguration<RecallCentroid>(new RecallVectorConfiguration());
        modelBuilder.ApplyConfiguration<RecallVectorBacklog>(new RecallVectorConfiguration());
        modelBuilder.ApplyConfiguration(new SessionSummaryConfiguration());
        modelBuilder.ApplyConfiguration(new MemoryFactConfiguration());
        modelBuilder.ApplyConfiguration(new MemoryJobConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new ErasureRequestConfiguration());
        modelBuilder.ApplyConfiguration(new ModelCallConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
    }
}
