using System.Globalization;
using MemoryAspire.Memory.Governance;
using Xunit.Abstractions;

namespace MemoryAspire.UnitTests.Governance;

public sealed class PiiDetectorTests(ITestOutputHelper output)
{
    private static IEnumerable<(HashSet<string> Kinds, string Text)> LabelledSet() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Governance", "pii-labelled.tsv"))
            .Where(line => !line.StartsWith('#') && line.Length > 0)
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(), parts[1]));

    [Fact]
    public void Labelled_set_has_at_least_200_strings_with_every_kind_and_plenty_of_lookalikes()
    {
        var set = LabelledSet().ToList();

        Assert.True(set.Count >= 200, $"{set.Count} strings");
        Assert.All(PiiKinds.All, kind => Assert.True(set.Count(s => s.Kinds.Contains(kind)) >= 10, kind));
        Assert.True(set.Count(s => s.Kinds.Count == 0) >= 80);
    }

    [Fact]
    public void Precision_and_recall_on_the_labelled_set_meet_the_targets()
    {
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var misses = new List<string>();
        foreach (var (expected, text) in LabelledSet())
        {
            var found = PiiDetector.Kinds(text).ToHashSet();
            truePositives += found.Intersect(expected).Count();
            var extra = found.Except(expected).ToList();
            var missing = expected.Except(found).ToList();
            falsePositives += extra.Count;
            falseNegatives += missing.Count;
            if (extra.Count + missing.Count > 0)
            {
                misses.Add($"{text}  (extra: {string.Join(',', extra)}; missing: {string.Join(',', missing)})");
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:0.000}, recall {recall:0.000} (tp {truePositives}, fp {falsePositives}, fn {falseNegatives})"));
        misses.ForEach(output.WriteLine);
        Assert.True(recall >= 0.98, string.Create(CultureInfo.InvariantCulture, $"recall {recall:0.000}: {string.Join(" | ", misses)}"));
        Assert.True(precision >= 0.95, string.Create(CultureInfo.InvariantCulture, $"precision {precision:0.000}: {string.Join(" | ", misses)}"));
    }

    [Theory]
    [InlineData("4111 1111 1111 1111", true)]
    [InlineData("4111 1111 1111 1112", false)]
    public void Card_numbers_must_pass_the_Luhn_check(string number, bool isCard) =>
        Assert.Equal(isCard, PiiDetector.Kinds($"card {number}").Contains(PiiKinds.PaymentCard));

    // A number named as a card is one whatever its check digit (round 39: "Mijn creditcard 4929 1188 0042 7715 verloopt ...");
    // sixteen digits named as something else, or not named, still need the check.
    [Theory]
    [InlineData("Mijn creditcard 4929 1188 0042 7715 verloopt in maart 2029.", true)]
    [InlineData("My credit card number is 4111-1111-1111-1112.", true)]
    [InlineData("Mi tarjeta de crédito: 5500 0000 0000 0001.", true)]
    [InlineData("Meine Kreditkarte lautet 4000123456789011.", true)]
    [InlineData("My library card is 4111 1111 1111 1112.", false)]
    [InlineData("The tracking number is 4111 1111 1111 1112.", false)]
    public void A_card_number_named_as_one_is_a_card(string text, bool isCard) =>
        Assert.Equal(isCard, PiiDetector.Kinds(text).Contains(PiiKinds.PaymentCard));

    // A plural verb may link the name to the number (round 40: "... della mia tessera sanitaria sono RSSMRA80A01H501U").
    [Theory]
    [InlineData("Le sedici lettere e cifre della mia tessera sanitaria sono RSSMRA80A01H501U.")]
    [InlineData("Los datos de mi DNI son 48213377K.")]
    [InlineData("My passport number is X1234567.")]
    public void An_identity_number_named_as_one_is_found(string text) =>
        Assert.Contains(PiiKinds.NationalId, PiiDetector.Kinds(text));

    [Fact]
    public void Redaction_replaces_each_item_with_its_kind()
    {
        var redacted = PiiDetector.Redact("Mail alex@example.com or call +1 415 555 0134.");

        Assert.Equal("Mail [email] or call [phone].", redacted);
    }
}
