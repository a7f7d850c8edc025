namespace MemoryAspire.Dashboard.Insights;

/// <summary>Percentiles estimated from explicit-bucket histograms, as Prometheus' histogram_quantile does.</summary>
public static class HistogramPercentile
{
    /// <summary>
    /// The value below which a fraction <paramref name="quantile"/> of observations fall, interpolating linearly inside the
    /// bucket that holds that rank; null when there are no observations.
    /// </summary>
    /// <param name="bounds">Upper bounds of every bucket but the last, ascending (OTLP explicit_bounds).</param>
    /// <param name="counts">Observations per bucket; one more than <paramref name="bounds"/>.</param>
    public static double? Estimate(IReadOnlyList<double> bounds, IReadOnlyList<long> counts, double quantile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        var total = counts.Sum();
        if (total == 0)
        {
            return null;
        }

        var rank = quantile * total;
        long below = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] == 0 || below + counts[i] < rank)
            {
                below += counts[i];
                continue;
            }

            // The overflow bucket has no upper bound: its lower bound is the best estimate there is.
            if (i >= bounds.Count)
            {
                return bounds.Count == 0 ? null : bounds[^1];
            }

            var lower = i == 0 ? Math.Min(0, bounds[0]) : bounds[i - 1];
            var upper = bounds[i];
            return lower + (upper - lower) * ((rank - below) / counts[i]);
        }

        return bounds.Count == 0 ? null : bounds[^1];
    }

    /// <summary>Adds histograms that share bucket bounds; others are skipped (their buckets cannot be compared).</summary>
    public static (IReadOnlyList<double> Bounds, long[] Counts) Merge(IEnumerable<(IReadOnlyList<double> Bounds, IReadOnlyList<long> Counts)> histograms)
    {
        IReadOnlyList<double>? bounds = null;
        long[] counts = [];
        foreach (var (b, c) in histograms)
        {
            if (bounds is null)
            {
                bounds = b;
                counts = new long[c.Count];
            }

            if (!b.SequenceEqual(bounds) || c.Count != counts.Length)
            {
                continue;
            }

            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] += c[i];
            }
        }

        return (bounds ?? [], counts);
    }
}
