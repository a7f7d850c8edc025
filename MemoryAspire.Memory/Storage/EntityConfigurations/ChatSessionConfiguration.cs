using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class ChatSessionConfiguration : IEntityTypeConfiguration<ChatSession>
{
    public void Configure(EntityTypeBuilder<ChatSession> session)
    {
        session.ToTable("sessions");
        session.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        // Not (user_id, last_active_at): every turn touches last_active_at, and an indexed column would make each of those
        // updates write index entries instead of a heap-only (HOT) update. A user's sessions are few; they sort in memory.
        session.HasIndex(s => s.UserId);
        session.Property(s => s.Strategy).HasMaxLength(32);
        session.Property(s => s.Title).HasMaxLength(200);
    }
}
