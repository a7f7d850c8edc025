using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasIndex(e => new { e.UserId, e.At });
        entry.HasIndex(e => e.At);
        entry.Property(e => e.Actor).HasMaxLength(200);
        entry.Property(e => e.Action).HasMaxLength(16);
        entry.Property(e => e.TargetType).HasMaxLength(16);
        entry.Property(e => e.Detail).HasMaxLength(200);
    }
}
