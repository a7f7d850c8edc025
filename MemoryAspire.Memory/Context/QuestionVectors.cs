using System.Collections.Concurrent;
using MemoryAspire.Memory.Storage;

namespace MemoryAspire.Memory.Context;

/// <summary>A turn's message as a vector, and the index's cells nearest to it first.</summary>
public sealed record QuestionVector(float[] Vector, int[] Cells);

/// <summary>
/// The chat path's side of vector recall (one per process). A message gets a vector only when its user may have earlier
/// sessions, which is all vector recall searches: when the turn opens a session, or when this process has already seen the
/// user's recall find earlier sessions. A user who keeps one session, as most turns are, costs nothing. The vector is computed
/// on a thread of its own (a long message blocks for tens of milliseconds), and the cells' centroids are read once per
/// process, when first needed (asked again at each such turn until the worker has made them, seconds after its first start).
/// </summary>
public sealed class QuestionVectors(SentenceEmbedder embedder)
{
    /// <summary>Users remembered at most; past it the memory starts again (a forgotten user's next new session teaches it again).</summary>
    private const int MaxRemembered = 100_000;

    private readonly ConcurrentDictionary<Guid, bool> _withEarlierSessions = new();
    private IReadOnlyList<float[]> _centroids = [];

    /// <summary>Whether a turn's message should get a vector.</summary>
    public bool Wanted(Guid userId, bool opensSession) => opensSession || _withEarlierSessions.ContainsKey(userId);

    /// <summary>The user's recall found earlier sessions: their later turns get vectors too.</summary>
    public void Remember(Guid userId)
    {
        if (_withEarlierSessions.Count >= MaxRemembered)
        {
            _withEarlierSessions.Clear();
        }

        _withEarlierSessions[userId] = true;
    }

    /// <summary>The message's vector and cells, or null when it is not wanted or the index has no centroids yet.</summary>
    public async Task<QuestionVector?> ForAsync(Guid userId, bool opensSession, string message, MemoryDbContext db, CancellationToken cancellationToken)
    {
        if (!Wanted(userId, opensSession) || await CentroidsAsync(db, cancellationToken).ConfigureAwait(false) is not { Count: > 0 } centroids)
        {
            return null;
        }

        var vector = await Task.Factory.StartNew(() => embedder.Embed(message), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        return new QuestionVector(vector, VectorRecall.CellsByNearness(vector, centroids));
    }

    private async Task<IReadOnlyList<float[]>> CentroidsAsync(MemoryDbContext db, CancellationToken cancellationToken)
    {
        if (_centroids.Count > 0)
        {
            return _centroids;
        }

        return _centroids = await RecallCentroidsReader.ReadAsync(db, cancellationToken).ConfigureAwait(false);
    }
}
