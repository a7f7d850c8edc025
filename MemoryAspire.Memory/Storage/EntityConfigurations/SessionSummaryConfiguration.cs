using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class SessionSummaryConfiguration : IEntityTypeConfiguration<SessionSummary>
{
    public void Configure(EntityTypeBuilder<SessionSummary> summary)
    {
        summary.ToTable("summaries");
        summary.HasOne<ChatSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
        summary.HasIndex(s => new { s.SessionId, s.ThroughSequence }).IsUnique();
        summary.HasIndex(s => s.SessionId).IsUnique().HasFilter("is_current").HasDatabaseName("ix_summaries_current");
        summary.HasIndex(s => s.CreatedAt);
        summary.Property(s => s.Model).HasMaxLength(200);
        summary.Property(s => s.PromptVersion).HasMaxLength(64);
    }
}
