using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Text;

/// <summary>Sentence-level reading of chat text, shared by the offline extractor, summarizer and chat client.</summary>
internal static partial class Sentences
{
    private static readonly HashSet<string> Interrogatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "what's", "which", "who", "who's", "whom", "whose", "where", "where's", "when", "why", "how", "how's",
    };

    /// <summary>Splits text into trimmed sentences that keep their end punctuation; typographic apostrophes become ASCII.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normalized = text.Replace('\u2019', '\'').Replace('\u2018', '\'');
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var ends = c is '\n' or '\r' or '\u3002' or '\uFF1F' or '\uFF01'
                || (c is '.' or '!' or '?' && (i + 1 == normalized.Length || char.IsWhiteSpace(normalized[i + 1])) && !IsInitial(normalized, i) && !IsOrdinalDate(normalized, i) && !IsAbbreviation(normalized, i));
            if (ends)
            {
                Add(sentences, normalized[start..(i + 1)]);
                start = i + 1;
            }
        }

        Add(sentences, normalized[start..]);
        return sentences;
    }

    /// <summary>
    /// The full stop of a middle initial ("Ursula K. Le Guin", "John F. Kennedy", "la usuaria Marta G. tiene ..."): one capital
    /// letter after a capitalised name or another initial, a word after it. "My blood type is A." and "plan B. Then ..." still end there.
    /// </summary>
    private static bool IsInitial(string text, int dot)
    {
        if (text[dot] != '.' || dot < 3 || !char.IsUpper(text[dot - 1]) || text[dot - 2] != ' ' || dot + 2 >= text.Length || !char.IsLetter(text[dot + 2]))
        {
            return false;
        }

        var before = text.LastIndexOf(' ', dot - 3) + 1;
        var previous = text[before..(dot - 2)];
        return previous.Length > 0 && char.IsUpper(previous[0]) && (previous.Length == 2 && previous[1] == '.' || previous.Skip(1).All(char.IsLower));
    }

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Mt", "Jr", "Sr" };

    private static readonly HashSet<string> NameParts = new(StringComparer.OrdinalIgnoreCase) { "Bros", "Corp", "Dept", "Univ", "Blvd", "Assn", "Intl", "vs", "approx", "incl", "Avda", "Hosp", "Co", "Ltd", "Inc", "Ave", "Rd" };

    /// <summary>
    /// The full stop of an abbreviation inside a name: a title before a name ("Dr. Okafor", "St. Pauli"), or a part of a name
    /// before a word in lower case ("a Smash Bros. tournament", "Acme Corp. in Leeds").
    /// </summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.' || dot + 2 >= text.Length || text[dot + 1] != ' ')
        {
            return false;
        }

        var before = text.LastIndexOf(' ', dot - 1) + 1;
        var word = text[before..dot];
        // The last part of a hyphenated name ("in Hamburg-St. Pauli").
        var part = word[(word.LastIndexOf('-') + 1)..];
        var next = text[dot + 2];
        // Initials written together, in either case, before a name ("like e.e. cummings", "J.R.R. Tolkien").
        if (word.Length >= 3 && word.Split('.').All(part => part.Length == 1 && char.IsLetter(part[0])) && char.IsLetter(next))
        {
            return true;
        }

        return Titles.Contains(part) && char.IsUpper(next) || (Titles.Contains(word) || NameParts.Contains(word)) && (char.IsLower(next) || char.IsAsciiDigit(next));
    }

    /// <summary>The full stop of a German or Dutch ordinal: a date ("am 3. Mai", "den 24. Dezember"), or a number after an article or preposition ("den 1. FC Köln").</summary>
    private static bool IsOrdinalDate(string text, int dot)
    {
        var day = dot;
        while (day > 0 && char.IsAsciiDigit(text[day - 1]))
        {
            day--;
        }

        if (text[dot] != '.' || dot - day is not (1 or 2 or 3) || day > 0 && text[day - 1] != ' ')
        {
            return false;
        }

        // ... or a German or Dutch ordinal after an article or a preposition, before a capitalised noun ("eine Dauerkarte für den
        // 1. FC Köln", "die 2. Bundesliga", "zum 50. Geburtstag", "het 3. Internationaal").
        var lead = text.LastIndexOf(' ', Math.Max(0, day - 2)) + 1;
        return dot - day <= 2 && MonthAfter().IsMatch(text.AsSpan(dot + 1))
            || day > 1 && OrdinalLeads.Contains(text[lead..(day - 1)]) && dot + 2 < text.Length && text[dot + 1] == ' ' && char.IsUpper(text[dot + 2]);
    }

    private static readonly HashSet<string> OrdinalLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "den", "dem", "der", "die", "das", "des", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "fur", "für", "seit", "ab", "bis",
        "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "het", "de", "op", "mijn", "onze",
    };

    [GeneratedRegex(@"^ (?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b")]
    private static partial Regex MonthAfter();

    /// <summary>
    /// A question or a request to recall ("Can you remind me ..."): it asks about facts rather than stating them.
    /// A leading wh-word counts only without a full stop, so "When I moved to Berlin, ..." stays a statement.
    /// </summary>
    public static bool IsQuestion(string sentence)
    {
        var trimmed = sentence.TrimEnd();
        if (trimmed.EndsWith('?') || trimmed.EndsWith('\uFF1F') || RecallRequest().IsMatch(trimmed))
        {
            return true;
        }

        var first = FirstWord(trimmed);
        return Interrogatives.Contains(first) && !trimmed.EndsWith('.') && !trimmed.EndsWith('!');
    }

    /// <summary>Words with their inner punctuation kept ("C#", "Node.js", "50-token", "I'm").</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            words.Add(text.Substring(match.Index, match.Length));
        }

        return words;
    }

    public static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string FirstWord(string sentence)
    {
        var match = WordPattern().Match(sentence);
        return match.Success ? match.Value : "";
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var sentence = candidate.Trim();
        if (sentence.Any(char.IsLetterOrDigit))
        {
            sentences.Add(sentence);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['+#.\-][\p{L}\p{N}]+)*[+#]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?:(?:can|could|would|will|do|did|does)\s+you\b|(?:please\s+)?(?:remind|tell)\s+me\b|do\s+you\s+remember\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecallRequest();
}
