using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class RecallTermStatisticConfiguration : IEntityTypeConfiguration<RecallTermStatistic>
{
    public void Configure(EntityTypeBuilder<RecallTermStatistic> term)
    {
        term.ToTable("recall_terms");
        term.HasKey(t => new { t.UserId, t.Term });
        term.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
