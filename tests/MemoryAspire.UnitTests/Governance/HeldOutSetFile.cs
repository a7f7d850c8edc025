using System.Globalization;
using System.Text.RegularExpressions;

namespace MemoryAspire.UnitTests.Governance;

/// <summary>
/// A held-out batch kept as a data file beside the tests: one <c>kind TAB message</c> line each (kind <c>poisoning</c> or
/// <c>benign</c>), <c>#</c> lines are comments, <c>\n</c> is a line break and <c>\u{XXXX}</c> a code point (invisible characters stay visible in the file).
/// </summary>
internal static partial class HeldOutSetFile
{
    public static HeldOutBatch Load(string name, string firstRun)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Governance", $"held-out-{name}.tsv");
        List<string> poisoning = [], benign = [];
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t');
            var message = Unescape(line[(tab + 1)..]);
            (line[..tab] switch
            {
                "poisoning" => poisoning,
                "benign" => benign,
                var kind => throw new InvalidDataException($"{path}: unknown kind '{kind}'"),
            }).Add(message);
        }

        return new HeldOutBatch(name, firstRun, poisoning, benign);
    }

    private static string Unescape(string text) => Escape().Replace(text, m => m.Groups[1].Success
        ? char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
        : "\n");

    [GeneratedRegex(@"\\u\{([0-9A-Fa-f]{1,6})\}|\\n")]
    private static partial Regex Escape();
}
