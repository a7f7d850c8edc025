using MemoryAspire.Memory.Context;

namespace MemoryAspire.Memory.Caching;

/// <summary>
/// A session's window as cached: the current summary and the messages a turn may need verbatim, up to and including
/// <see cref="LastSequence"/>.
/// </summary>
public sealed record CachedWindow(SummarySnapshot? Summary, IReadOnlyList<WindowMessage> Messages, long LastSequence);

/// <summary>The rules that keep a cached window exact: it is used only when it holds every message up to the new one.</summary>
public static class SessionWindow
{
    /// <summary>
    /// Whether <paramref name="window"/> can serve a turn whose message got <paramref name="nextSequence"/>: it must end right
    /// before it. Every writer keeps a cached window equal to what PostgreSQL holds up to its last sequence (turns extend it
    /// only with the messages that directly follow, and whatever else changes a session deletes it), so a window that ends
    /// there holds every message the turn needs; one that ends earlier misses a message (say, one whose reply failed).
    /// </summary>
    public static bool IsCompleteBefore(CachedWindow window, long nextSequence)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.LastSequence == nextSequence - 1;
    }

    /// <summary>
    /// Whether <paramref name="window"/> holds every sequence it covers (those after the summary, or at least the last
    /// <paramref name="bufferSize"/>, up to its last sequence). A window loaded from PostgreSQL may not: a turn reserves the
    /// sequence after its message for the reply, and while that turn waits for its model another turn's load finds the gap.
    /// Such a window serves its own turn (the reply is not there yet) but must not be cached as complete, or later turns would
    /// miss the reply for good. A gap that stays (a failed reply, a deleted message) only means a few turns read PostgreSQL.
    /// </summary>
    public static bool IsGapless(CachedWindow window, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(window);
        var from = Math.Max(0, Math.Min(window.Summary?.ThroughSequence ?? 0, window.LastSequence - bufferSize));
        var expected = from + 1;
        foreach (var message in window.Messages.Where(m => m.Sequence > from).OrderBy(m => m.Sequence))
        {
            if (message.Sequence != expected)
            {
                return false;
            }

            expected++;
        }

        return expected == window.LastSequence + 1;
    }

    /// <summary>
    /// The window after <paramref name="added"/> messages (consecutive, right after the window's last), keeping what
    /// loading from PostgreSQL keeps: every message the summary does not cover and at least the last <paramref name="bufferSize"/>.
    /// Null when the messages do not follow on, so the caller drops the cached window instead of storing one with a gap.
    /// </summary>
    public static CachedWindow? Extend(CachedWindow window, IReadOnlyList<WindowMessage> added, int bufferSize)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(added);
        var last = window.LastSequence;
        foreach (var message in added)
        {
            if (message.Sequence != last + 1)
            {
                return null;
            }

            last = message.Sequence;
        }

        var from = Math.Min(window.Summary?.ThroughSequence ?? 0, last - bufferSize);
        return new CachedWindow(window.Summary, [.. window.Messages.Concat(added).Where(m => m.Sequence > from)], last);
    }
}
