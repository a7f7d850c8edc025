namespace MemoryAspire.Memory.Context;

/// <summary>
/// The arithmetic of vector recall, pure: vectors stored as signed bytes, cosine of a question against them, the cells of an
/// inverted-file index (each vector filed under its nearest centroid; a question reads the cells nearest to it first) and
/// the k-means that makes the centroids.
/// </summary>
public static class VectorRecall
{
    /// <summary>Cells of the index: with a few hundred vectors per user most cells hold a handful, with 100,000 a few thousand.</summary>
    public const int Cells = 64;

    /// <summary>Rows read from one cell at most (its newest).</summary>
    public const int PerCell = 48;

    /// <summary>Rows read in all at most, from the nearest cells on: what bounds a turn's work whatever the history.</summary>
    public const int Rows = 192;

    /// <summary>Unit-vector components scaled to signed bytes: 384 bytes a vector, cosine within about 0.01 of the float one.</summary>
    public static byte[] Quantize(ReadOnlySpan<float> vector)
    {
        var max = 0f;
        foreach (var v in vector)
        {
            max = Math.Max(max, Math.Abs(v));
        }

        var bytes = new byte[vector.Length];
        for (var i = 0; i < vector.Length; i++)
        {
            bytes[i] = unchecked((byte)(sbyte)Math.Round(max == 0 ? 0 : vector[i] / max * 127));
        }

        return bytes;
    }

    /// <summary>Cosine of a unit question vector with a stored (quantized) one.</summary>
    public static double Cosine(ReadOnlySpan<float> question, ReadOnlySpan<byte> stored)
    {
        double dot = 0, norm = 0;
        for (var i = 0; i < stored.Length; i++)
        {
            var v = (sbyte)stored[i];
            dot += question[i] * v;
            norm += v * v;
        }

        return norm == 0 ? 0 : dot / Math.Sqrt(norm);
    }

    public static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    /// <summary>The cell a vector is filed under: its nearest centroid.</summary>
    public static int Cell(ReadOnlySpan<float> vector, IReadOnlyList<float[]> centroids)
    {
        ArgumentNullException.ThrowIfNull(centroids);
        var best = 0;
        var bestDot = double.MinValue;
        for (var c = 0; c < centroids.Count; c++)
        {
            var dot = Dot(vector, centroids[c]);
            if (dot > bestDot)
            {
                (best, bestDot) = (c, dot);
            }
        }

        return best;
    }

    /// <summary>Every cell, nearest to the question first: the index reads them in this order until it has read enough rows.</summary>
    public static int[] CellsByNearness(float[] question, IReadOnlyList<float[]> centroids)
    {
        ArgumentNullException.ThrowIfNull(centroids);
        return [.. Enumerable.Range(0, centroids.Count).OrderByDescending(c => Dot(question, centroids[c])).ThenBy(c => c)];
    }

    /// <summary>
    /// Spherical k-means (cosine), deterministic: <paramref name="k"/> unit centroids of <paramref name="points"/>, started
    /// from evenly spaced points, <paramref name="iterations"/> rounds of assignment and re-centring.
    /// </summary>
    public static float[][] Centroids(IReadOnlyList<float[]> points, int k, int iterations = 12)
    {
        ArgumentNullException.ThrowIfNull(points);
        k = Math.Min(k, points.Count);
        var centroids = Enumerable.Range(0, k).Select(i => (float[])points[i * points.Count / k].Clone()).ToArray();
        var assigned = new int[points.Count];
        for (var round = 0; round < iterations; round++)
        {
            for (var p = 0; p < points.Count; p++)
            {
                assigned[p] = Cell(points[p], centroids);
            }

            var sums = new double[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new double[points[0].Length];
            }

            for (var p = 0; p < points.Count; p++)
            {
                for (var d = 0; d < points[p].Length; d++)
                {
                    sums[assigned[p]][d] += points[p][d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                var norm = Math.Sqrt(sums[c].Sum(v => v * v));
                // An empty cell keeps its centre.
                if (norm > 0)
                {
                    centroids[c] = [.. sums[c].Select(v => (float)(v / norm))];
                }
            }
        }

        return centroids;
    }
}
