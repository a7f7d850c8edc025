using MemoryAspire.Memory.Caching;
using MemoryAspire.Memory.Context;

namespace MemoryAspire.UnitTests.Memory;

public sealed class SessionWindowTests
{
    private static WindowMessage Message(long sequence) =>
        new(Guid.NewGuid(), sequence, sequence % 2 == 1 ? "user" : "assistant", $"message {sequence}", 3);

    private static CachedWindow Window(long from, long to, SummarySnapshot? summary = null) =>
        new(summary, [.. Enumerable.Range((int)from, (int)(to - from + 1)).Select(i => Message(i))], to);

    private static SummarySnapshot SummaryThrough(long sequence) => new(Guid.NewGuid(), "summary", sequence, "model", "v1", 5);

    [Fact]
    public void A_window_that_ends_right_before_the_new_message_is_used()
    {
        Assert.True(SessionWindow.IsCompleteBefore(Window(1, 8), 9));
        Assert.True(SessionWindow.IsCompleteBefore(new CachedWindow(null, [], 0), 1));
    }

    [Fact]
    public void A_window_that_misses_an_unanswered_message_is_rebuilt()
    {
        // Message 9 was stored but its reply failed; the cached window still ends at 8 and the next message is 10.
        Assert.False(SessionWindow.IsCompleteBefore(Window(1, 8), 10));
    }

    [Fact]
    public void A_loaded_window_missing_a_reply_still_being_made_is_not_gapless()
    {
        // Turns racing: message 9's reply (sequence 10) is still at the model when the turn of message 11 loads its window.
        var loaded = new CachedWindow(null, [.. Window(1, 9).Messages], 10);

        Assert.False(SessionWindow.IsGapless(loaded, bufferSize: 6));
        Assert.True(SessionWindow.IsGapless(Window(1, 10), bufferSize: 6));
        Assert.True(SessionWindow.IsGapless(new CachedWindow(null, [], 0), bufferSize: 6));
    }

    [Fact]
    public void Only_the_covered_range_counts_a_gap_inside_the_summary_does_not()
    {
        // No summary: the window covers every message, so 3 missing is a gap.
        Assert.False(SessionWindow.IsGapless(new CachedWindow(null, [.. Window(1, 2).Messages, .. Window(4, 10).Messages], 10), bufferSize: 4));

        // A summary through 5: the window covers 6 to 12 (more than the buffer of 4); 3 missing is inside the summary.
        Assert.True(SessionWindow.IsGapless(new CachedWindow(SummaryThrough(5), [.. Window(1, 2).Messages, .. Window(4, 12).Messages], 12), bufferSize: 4));
        Assert.False(SessionWindow.IsGapless(new CachedWindow(SummaryThrough(5), [.. Window(7, 12).Messages], 12), bufferSize: 4));
    }

    [Fact]
    public void A_window_from_after_the_new_message_is_not_used()
    {
        Assert.False(SessionWindow.IsCompleteBefore(Window(1, 10), 9));
    }

    [Fact]
    public void Extending_appends_the_turn_and_keeps_the_last_buffer_of_covered_messages()
    {
        var window = SessionWindow.Extend(Window(2, 8, SummaryThrough(7)), [Message(9), Message(10)], bufferSize: 6);

        Assert.NotNull(window);
        Assert.Equal(10, window.LastSequence);
        Assert.Equal([5L, 6, 7, 8, 9, 10], window.Messages.Select(m => m.Sequence));
    }

    [Fact]
    public void Without_a_summary_every_message_stays_in_the_window()
    {
        var window = SessionWindow.Extend(Window(1, 8), [Message(9), Message(10)], bufferSize: 6);

        Assert.NotNull(window);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), window.Messages.Select(m => m.Sequence));
    }

    [Fact]
    public void Extending_keeps_every_message_the_summary_does_not_cover()
    {
        var window = SessionWindow.Extend(Window(3, 12, SummaryThrough(2)), [Message(13), Message(14)], bufferSize: 4);

        Assert.NotNull(window);
        Assert.Equal(Enumerable.Range(3, 12).Select(i => (long)i), window.Messages.Select(m => m.Sequence));
    }

    [Fact]
    public void A_turn_whose_messages_do_not_follow_on_leaves_no_window_with_a_gap()
    {
        // Another turn in the same session took sequence 10 between this turn's message (9) and its reply (11).
        Assert.Null(SessionWindow.Extend(Window(1, 8), [Message(9), Message(11)], bufferSize: 6));
        Assert.Null(SessionWindow.Extend(Window(1, 8), [Message(10), Message(11)], bufferSize: 6));
    }
}
