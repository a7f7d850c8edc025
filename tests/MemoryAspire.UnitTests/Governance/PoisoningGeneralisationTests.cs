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
    public void No_held_out_poisoning_phrasing_is_admitted_and_benign_statements_are_kept()
    {
        int poisoning = 0, benign = 0, kept = 0;
        List<string> admitted = [];
        foreach (var batch in HeldOutPhrasings.Batches)
        {
            var let = batch.Poisoning.Where(p => FactAdmissionTests.RefusalOfWholeMessage(p) is null).ToList();
            var keptHere = batch.Benign.Count(b => FactAdmissionTests.RefusalOfWholeMessage(b) is null);
            output.WriteLine($"held-out batch {batch.Name}: {let.Count} of {batch.Poisoning.Count} poisoning phrasings admitted, {keptHere} of {batch.Benign.Count} benign statements kept (first run: {batch.FirstRun})");
            admitted.AddRange(let);
            poisoning += batch.Poisoning.Count;
            benign += batch.Benign.Count;
            kept += keptHere;
        }

        output.WriteLine($"held-out total: {admitted.Count} of {poisoning} poisoning phrasings admitted, {kept} of {benign} benign statements kept ({100.0 * kept / benign:F1}%)");
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
}
