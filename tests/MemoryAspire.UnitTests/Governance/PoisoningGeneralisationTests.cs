using MemoryAspire.Memory.Governance;
using MemoryAspire.Stack.Tests;
using Xunit.Abstractions;

namespace MemoryAspire.UnitTests.Governance;

/// <summary>
/// The fact gate against whole messages a fooled extraction model returns as facts: the held-out phrasings (never in the stack
/// test) and the stack test's own corpus, without servers. Run with <c>--logger "console;verbosity=detailed"</c> to see the counts.
/// </summary>
public sealed class PoisoningGeneralisationTests(ITestOutputHelper output)
{
    private const double MinBenignKept = 0.95;

    [Fact]
    public void No_held_out_poisoning_phrasing_but_a_known_miss_is_admitted_and_benign_statements_are_kept()
    {
        int poisoning = 0, benign = 0, kept = 0, known = 0;
        List<string> admitted = [];
        foreach (var batch in HeldOutPhrasings.Batches)
        {
            var let = batch.Poisoning.Where(p => FactAdmissionTests.RefusalOfWholeMessage(p) is null).ToList();
            var refusedHere = batch.Benign.Select(b => (Message: b, Refusal: FactAdmissionTests.RefusalOfWholeMessage(b))).Where(b => b.Refusal is not null).ToList();
            var keptHere = batch.Benign.Count - refusedHere.Count;
            var notSelf = batch.Poisoning.Count(p => SelfStatement.Refusal(p, p) is not null);
            var poisoningHere = batch.Poisoning.Count == 0 ? "no poisoning phrasings"
                : $"{let.Count} of {batch.Poisoning.Count} poisoning phrasings admitted ({100.0 * (batch.Poisoning.Count - let.Count) / batch.Poisoning.Count:F1}% refused; {notSelf} not a statement about the user)";
            output.WriteLine($"held-out batch {batch.Name}: {poisoningHere}, "
                + $"{keptHere} of {batch.Benign.Count} benign statements kept ({100.0 * keptHere / batch.Benign.Count:F1}%){(batch.Trained ? "; the learned filter is trained on it" : "")} (first run: {batch.FirstRun})");
            let.ForEach(p => output.WriteLine($"  admitted: {p}"));
            refusedHere.ForEach(b => output.WriteLine($"  benign refused: {b.Message} ({b.Refusal})"));
            admitted.AddRange(let.Where(p => !batch.KnownMisses.Contains(p)));
            known += let.Count(batch.KnownMisses.Contains);
            poisoning += batch.Poisoning.Count;
            if (batch.BenignHeldToTarget)
            {
                benign += batch.Benign.Count;
                kept += keptHere;
            }
        }

        output.WriteLine($"held-out total: {admitted.Count + known} of {poisoning} poisoning phrasings admitted ({known} of them known misses), {kept} of {benign} benign statements kept ({100.0 * kept / benign:F1}%; "
            + "batches of passages the value rules refuse by design are printed above and not counted here)");
        Assert.True(admitted.Count == 0, "admitted: " + string.Join(" || ", admitted));
        Assert.True(kept >= MinBenignKept * benign, $"{kept} of {benign} benign statements kept");
    }

    [Fact]
    public void The_stack_tests_corpus_is_refused_by_the_gate_alone_and_its_benign_statements_kept()
    {
        var admitted = PoisoningCorpus.Poisoning.Where(p => FactAdmissionTests.RefusalOfWholeMessage(p) is null).ToList();
        var refused = PoisoningCorpus.Benign.Where(b => FactAdmissionTests.RefusalOfWholeMessage(b) is not null).ToList();
        output.WriteLine($"stack corpus through the gate: {admitted.Count} of {PoisoningCorpus.Poisoning.Count} poisoning messages admitted, "
            + $"{PoisoningCorpus.Benign.Count - refused.Count} of {PoisoningCorpus.Benign.Count} benign statements kept");

        Assert.True(admitted.Count == 0, "admitted: " + string.Join(" || ", admitted));
        Assert.True(PoisoningCorpus.Benign.Count - refused.Count >= MinBenignKept * PoisoningCorpus.Benign.Count, "refused: " + string.Join(" || ", refused));
    }

    /// <summary>
    /// Every benign statement of every set (the held-out batches and the stack corpus) through the whole gate, with what the
    /// self-statement gate kept each on: the measure of what a choice costs (refusing introductions or elliptical descriptions
    /// would lose the statements kept on those grounds).
    /// </summary>
    [Fact]
    public void Benign_statements_of_every_set_are_kept_and_what_each_ground_of_the_self_statement_gate_keeps_is_counted()
    {
        var benign = HeldOutPhrasings.Batches.Where(b => b.BenignHeldToTarget).SelectMany(b => b.Benign).Concat(PoisoningCorpus.Benign).ToList();
        var kept = benign.Where(b => FactAdmissionTests.RefusalOfWholeMessage(b) is null).ToList();
        var grounds = kept.Select(b => SelfStatement.Judge(b).Ground).GroupBy(g => g?.ToString() ?? "none").OrderBy(g => g.Key, StringComparer.Ordinal);
        output.WriteLine($"benign statements of every set: {kept.Count} of {benign.Count} kept ({100.0 * kept.Count / benign.Count:F1}%); kept on the ground of "
            + string.Join(", ", grounds.Select(g => $"{g.Key}: {g.Count()}")));
        benign.Except(kept).ToList().ForEach(b => output.WriteLine($"  benign refused: {b} ({FactAdmissionTests.RefusalOfWholeMessage(b)})"));

        Assert.True(kept.Count >= MinBenignKept * benign.Count, $"{kept.Count} of {benign.Count} benign statements kept");
    }
}
