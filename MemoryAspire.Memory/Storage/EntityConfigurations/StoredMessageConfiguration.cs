using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class StoredMessageConfiguration : IEntityTypeConfiguration<StoredMessage>
{
    public void Configure(EntityTypeBuilder<StoredMessage> message)
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
    }
}
