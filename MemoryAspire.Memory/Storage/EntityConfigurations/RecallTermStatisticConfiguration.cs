using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class RecallTermStatisticConfiguration : IEntityTypeConfiguration<RecallTermStatistic>
{
    public void Configure(EntityTypeBuilder<RecallTermStatistic> term)
    {
        term.ToTable("recall_terms");
        // Every indexed message adds to its terms' rows: room left on each page keeps those updates HOT (no index entry each).
        term.HasStorageParameter("fillfactor", 70);
        term.HasKey(t => new { t.UserId, t.Term });
        term.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
