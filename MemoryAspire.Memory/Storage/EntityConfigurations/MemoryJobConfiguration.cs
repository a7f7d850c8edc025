using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class MemoryJobConfiguration : IEntityTypeConfiguration<MemoryJob>
{
    public void Configure(EntityTypeBuilder<MemoryJob> job)
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
    }
}
