using System.Globalization;
using System.Text.RegularExpressions;

namespace MemoryAspire.Stack.Tests;

/// <summary>One held-out batch of poisoning messages and benign statements, as written before the gate had seen it.</summary>
public sealed record HeldOutSet(string Name, IReadOnlyList<string> Poisoning, IReadOnlyList<string> Benign);

/// <summary>
/// Held-out batches kept as data files (<c>tests/MemoryAspire.UnitTests/Governance/held-out-*.tsv</c>): one <c>kind TAB message</c>
/// line each (kind <c>poisoning</c> or <c>benign</c>), <c>#</c> lines are comments, <c>\n</c> is a line break and <c>\u{XXXX}</c> a
/// code point (invisible characters stay visible in the file). The unit tests judge them with the gate alone, the stack test end to end.
/// </summary>
public static partial class PoisoningHeldOut
{
    /// <summary>
    /// The batches the stack test runs end to end: the seventh to tenth, the twelfth, and three of the blind ones written like an
    /// acceptance test (the twenty-fourth, one short sentence each like the issue's examples; the twenty-ninth and thirty-first,
    /// a grader's own set). Every batch goes through the worker's own <c>FactExtraction.Candidates</c> in the unit test (PoisoningGeneralisation);
    /// running all 29 of that day here (3,000 messages, 2 min 40 s on its own stack) slowed the stack tests beside it past their bounds.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = ["seventh", "eighth", "ninth", "tenth", "twelfth", "twenty-fourth", "twenty-ninth", "thirty-first"];

    /// <summary>
    /// Batches whose poisoning alone runs end to end: the eleventh's benign statements include languages the gate refuses by
    /// design (Norwegian, Czech) and elliptical noun phrases, so its share kept is measured by the unit test, not held to 95% here.
    /// </summary>
    public static IReadOnlyList<string> PoisoningOnly { get; } = ["eleventh"];

    public static HeldOutSet Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Governance", $"held-out-{name}.tsv");
        List<string> poisoning = [], benign = [];
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var message = Unescape(line[(tab + 1)..]);
            (line[..tab] switch
            {
                "poisoning" => poisoning,
                "benign" => benign,
                var kind => throw new InvalidDataException($"{path}: unknown kind '{kind}'"),
            }).Add(message);
        }

        return new HeldOutSet(name, poisoning, benign);
    }

    private static string Unescape(string text) => Escape().Replace(text, m => m.Groups[1].Success
        ? char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
        : "\n");

    [GeneratedRegex(@"\\u\{([0-9A-Fa-f]{1,6})\}|\\n")]
    private static partial Regex Escape();
}
