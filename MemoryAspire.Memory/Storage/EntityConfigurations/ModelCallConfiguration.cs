using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class ModelCallConfiguration : IEntityTypeConfiguration<ModelCall>
{
    public void Configure(EntityTypeBuilder<ModelCall> call)
    {
        call.ToTable("model_calls");
        // Goes with its session, whoever deletes it (the user, retention, an erasure).
        call.HasOne<ChatSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        call.HasIndex(c => c.SessionId);
        call.Property(c => c.Purpose).HasMaxLength(16);
        call.Property(c => c.Provider).HasMaxLength(32);
        call.Property(c => c.Model).HasMaxLength(200);
    }
}
