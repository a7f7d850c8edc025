using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class ErasureRequestConfiguration : IEntityTypeConfiguration<ErasureRequest>
{
    public void Configure(EntityTypeBuilder<ErasureRequest> request)
    {
        request.ToTable("erasure_requests");
        request.HasIndex(r => r.UserId);
        // At most one erasure in progress per user.
        request.HasIndex(r => r.UserId, "one_active").IsUnique().HasFilter("status IN ('pending', 'running')").HasDatabaseName("ix_erasure_requests_one_active");
        request.Property(r => r.Status).HasMaxLength(16);
        request.Property(r => r.Error).HasMaxLength(500);
    }
}
