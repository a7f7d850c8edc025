using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> record)
    {
        record.ToTable("idempotency_records");
        record.HasKey(r => new { r.UserId, r.Key });
        record.HasOne<UserAccount>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        record.Property(r => r.Key).HasMaxLength(200);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.Property(r => r.ResponseJson).HasColumnType("jsonb");
    }
}
