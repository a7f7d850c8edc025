using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

/// <summary>The vector index: vectors by (user, cell, newest first), the cells' centroids, and the users waiting for vectors.</summary>
internal sealed class RecallVectorConfiguration : IEntityTypeConfiguration<RecallVector>, IEntityTypeConfiguration<RecallCentroid>, IEntityTypeConfiguration<RecallVectorBacklog>
{
    public void Configure(EntityTypeBuilder<RecallVector> vector)
    {
        vector.ToTable("recall_vectors");
        // No foreign key, as with postings: the statement trigger on messages deletes a message's vector with it.
        vector.HasKey(v => v.MessageId);
        // The chat path's only way in: one user's cell, newest first, a bounded number of rows.
        vector.HasIndex(v => new { v.UserId, v.Cell, v.CreatedAt }).IsDescending(false, false, true).HasDatabaseName("ix_recall_vectors_cell");
    }

    public void Configure(EntityTypeBuilder<RecallCentroid> centroid)
    {
        centroid.ToTable("recall_centroids");
        centroid.HasKey(c => c.Cell);
        centroid.Property(c => c.Cell).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<RecallVectorBacklog> backlog)
    {
        backlog.ToTable("recall_vector_backlog");
        backlog.HasKey(b => b.UserId);
        backlog.HasOne<UserAccount>().WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
