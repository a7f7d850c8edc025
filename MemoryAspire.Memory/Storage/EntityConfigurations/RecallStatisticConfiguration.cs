using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MemoryAspire.Memory.Storage;

internal sealed class RecallStatisticConfiguration : IEntityTypeConfiguration<RecallStatistic>
{
    public void Configure(EntityTypeBuilder<RecallStatistic> statistic)
    {
        statistic.ToTable("recall_statistics");
        statistic.HasStorageParameter("fillfactor", 50);
        statistic.HasKey(s => s.UserId);
        statistic.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
