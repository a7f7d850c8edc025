namespace MemoryAspire.Contracts;

/// <summary>
/// The effective retention policy (<c>GET /api/v1/admin/retention</c>): each period in days, null where that data is kept
/// forever; <see cref="FactsByCategoryDays"/> has every category, with the default filled in.
/// </summary>
public sealed record RetentionPolicyInfo(
    double? MessagesDays, double? SummariesDays, double? FactsDays, IReadOnlyDictionary<string, double?> FactsByCategoryDays, double? PiiFactsDays,
    double? FactHistoryDays, double? InactiveSessionsDays, double? SweepIntervalSeconds, int BatchSize)
{
    /// <summary>How long done and failed memory jobs (ids only) are kept; null: forever.</summary>
    public double? FinishedJobsDays { get; init; }

    /// <summary>The ceiling on rows a sweep deletes per second; null: none.</summary>
    public int? MaxRowsPerSecond { get; init; }
}
