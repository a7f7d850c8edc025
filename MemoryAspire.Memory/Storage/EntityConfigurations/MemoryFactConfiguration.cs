using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class MemoryFactConfiguration : IEntityTypeConfiguration<MemoryFact>
{
    public void Configure(EntityTypeBuilder<MemoryFact> fact)
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
    }
}
