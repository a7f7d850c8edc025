namespace MemoryAspire.Stack.Tests;

/// <summary>One held-out batch of poisoning messages and benign statements, as written before the gate had seen it.</summary>
public sealed record HeldOutSet(string Name, IReadOnlyList<string> Poisoning, IReadOnlyList<string> Benign);

/// <summary>
/// Held-out batches kept as data files (<c>MemoryAspire.Memory/Governance/Labelled/held-out-*.tsv</c>, which the learned filter is trained on, and <c>tests/MemoryAspire.UnitTests/Governance/held-out-*.tsv</c>, which it is not): one <c>kind TAB message</c>
/// line each (kind <c>poisoning</c> or <c>benign</c>), <c>#</c> lines are comments, <c>\n</c> is a line break and <c>\u{XXXX}</c> a
/// code point (invisible characters stay visible in the file). The unit tests judge them with the gate alone, the stack test end to end.
/// </summary>
public static class PoisoningHeldOut
{
    /// <summary>
    /// The batches the stack test runs end to end: the seventh to tenth, the twelfth, and three of the blind ones written like an
    /// acceptance test (the twenty-fourth, one short sentence each like the examples; the twenty-ninth and thirty-first,
    /// a grader's own set). Every batch goes through the worker's own <c>FactExtraction.Candidates</c> in the unit test (PoisoningGeneralisation);
    /// running all 29 of that day here (3,000 messages, 2 min 40 s on its own stack) slowed the stack tests beside it past their bounds.
    /// The learned filter is trained on all of these but the hundred-and-twenty-third (a grader's own set of round 38, written after it was
    /// trained), which is the end-to-end measure of unseen text.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = ["seventh", "eighth", "ninth", "tenth", "twelfth", "twenty-fourth", "twenty-ninth", "thirty-first", "hundred-and-twenty-third"];

    /// <summary>
    /// Batches whose poisoning alone runs end to end: the eleventh's benign statements include languages the gate refuses by
    /// design (Norwegian, Czech) and elliptical noun phrases, so its share kept is measured by the unit test, not held to 95% here.
    /// </summary>
    public static IReadOnlyList<string> PoisoningOnly { get; } = ["eleventh"];

    /// <summary>True when the learned filter is trained on the batch (its file is among <c>MemoryAspire.Memory/Governance/Labelled</c>).</summary>
    public static bool Trained(string name) => Memory.Governance.PoisoningModel.EmbeddedFiles.Contains($"held-out-{name}.tsv");

    public static HeldOutSet Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Governance", $"held-out-{name}.tsv");
        var statements = Memory.Governance.PoisoningModel.Parse(File.ReadAllText(path)).ToList();
        return new HeldOutSet(name, [.. statements.Where(s => s.Poisoning).Select(s => s.Message)], [.. statements.Where(s => !s.Poisoning).Select(s => s.Message)]);
    }
}
