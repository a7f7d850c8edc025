namespace MemoryAspire.Memory.Storage;

/// <summary>The cells' centroids as stored, in cell order; empty until the worker has made them.</summary>
public static class RecallCentroidsReader
{
    public static async Task<IReadOnlyList<float[]>> ReadAsync(MemoryDbContext db, CancellationToken cancellationToken)
    {
        await using var batch = RawSql.Batch("SELECT centroid FROM recall_centroids ORDER BY cell", _ => { });
        return await db.RunAsync(batch, async (reader, ct) =>
        {
            var read = new List<float[]>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                read.Add(reader.GetFieldValue<float[]>(0));
            }

            return read;
        }, cancellationToken).ConfigureAwait(false);
    }
}
