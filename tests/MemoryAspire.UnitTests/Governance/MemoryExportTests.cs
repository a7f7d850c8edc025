using MemoryAspire.Memory.Governance;

namespace MemoryAspire.UnitTests.Governance;

public sealed class MemoryExportTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static SessionInfo Session(Guid id, int minutes) => new(id, "title", "hybrid", T0, T0.AddMinutes(minutes), 2, 0, 0);

    private static MessageInfo Message(long sequence) => new(Guid.NewGuid(), sequence, "user", $"m{sequence}", T0, null, null, null, false, []);

    private static SummaryInfo Summary(long through) => new(Guid.NewGuid(), $"s{through}", through, (int)through, "mini", "summary-1", 10, T0.AddMinutes(through));

    private static FactInfo Fact(string key, string status, int minutes) => new(
        Guid.NewGuid(), key, "v", "other", 0.9, status, null, null, T0, T0.AddMinutes(minutes), "user", "1", T0, null, null, [], null);

    private static ModelCallInfo Call(string purpose, int minutes) => new(null, purpose, "openai", "mini", 100, 20, T0.AddMinutes(minutes));

    [Fact]
    public void Every_row_lands_in_its_session_in_order_and_nothing_is_dropped()
    {
        var (older, newer) = (Guid.NewGuid(), Guid.NewGuid());
        ExportedMessage[] messages = [new(older, Message(2)), new(newer, Message(1)), new(older, Message(1))];
        ExportedSummary[] summaries = [new(older, false, Summary(3)), new(older, true, Summary(6))];
        FactInfo[] facts = [Fact("b", "current", 1), Fact("a", "superseded", 1), Fact("a", "current", 2), Fact("c", "rejected", 3)];
        AuditEntryInfo[] audit = [new(2, T0, Guid.Empty, "user", "export", "user", [], null), new(1, T0, Guid.Empty, "user", "create", "fact", [], null)];
        ErasureProgress[] erasures = [new(Guid.NewGuid(), "completed", 5, 5, T0) { RequestedAt = T0 }];
        ExportedModelCall[] calls = [new(older, Call("summarize", 9)), new(older, Call("extract", 2)), new(newer, Call("extract", 1))];

        var export = MemoryExporter.Assemble("alex", Guid.Empty, T0, [Session(older, 1), Session(newer, 5)], messages, summaries, facts, audit, erasures, calls);

        Assert.Equal([newer, older], export.Sessions.Select(s => s.Session.Id));
        Assert.Equal([1L, 2L], export.Sessions[1].Messages.Select(m => m.Sequence));
        Assert.Single(export.Sessions[0].Messages);
        Assert.Equal([6L, 3L], export.Sessions[1].Summaries.Select(s => s.ThroughSequence));
        Assert.Empty(export.Sessions[0].Summaries);
        Assert.Equal(["extract", "summarize"], export.Sessions[1].ModelCalls.Select(c => c.Purpose));
        Assert.Single(export.Sessions[0].ModelCalls);
        Assert.Equal(facts.Length, export.Facts.Count);
        Assert.Equal(["a", "a", "b", "c"], export.Facts.Select(f => f.Key));
        Assert.Equal("current", export.Facts[0].Status);
        Assert.Equal([1L, 2L], export.Audit.Select(e => e.Id));
        Assert.Single(export.Erasures);
    }
}
