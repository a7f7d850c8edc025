using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class RecallPostingConfiguration : IEntityTypeConfiguration<RecallPosting>
{
    public void Configure(EntityTypeBuilder<RecallPosting> posting)
    {
        posting.ToTable("recall_postings");
        // The key serves indexing twice (ON CONFLICT) and the deletion with a message. No foreign key: its check would lock
        // the message row once per term on every insert; a statement trigger on messages deletes the postings instead.
        posting.HasKey(p => new { p.MessageId, p.Term });
        // The chat path's only way in: one user's term, best weight first, newest first among equals.
        posting.HasIndex(p => new { p.UserId, p.Term, p.Weight, p.MessageId }).IsDescending(false, false, true, true).HasDatabaseName("ix_recall_postings_rank");
    }
}
