using System.Text.RegularExpressions;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Summaries;

/// <summary>
/// The offline summarizer: keeps the user's statements that carry facts or decisions, in the third person,
/// and drops greetings, questions, filler and assistant boilerplate. Pure and deterministic.
/// </summary>
public sealed partial class ExtractiveSummarizer : IConversationSummarizer
{
    public const string ModelName = "offline-extractive";
    public const string PromptVersion = "extractive-1";

    // Under the ~150-word contract with room to spare.
    private const int MaxWords = 140;
    private const int MaxSentenceWords = 40;
    // Only the most recent sentences can fit the budget; older ones would be dropped anyway.
    private const int MaxCandidates = 200;

    private sealed record Candidate(string Text, bool Informative, HashSet<string> Words);

    private static readonly HashSet<string> ModalsAndPastForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "was", "said", "thought", "went", "got",
        "made", "built", "chose", "found", "took", "had", "did", "knew", "wrote", "began", "felt", "left", "told", "kept",
        "meant", "ran", "set", "put", "read", "can't", "won't", "didn't", "couldn't", "wouldn't", "shouldn't", "wasn't",
    };

    public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new SummaryResult(Summarize(request), ModelName, PromptVersion));
    }

    private static string Summarize(SummaryRequest request)
    {
        var candidates = new List<Candidate>();
        foreach (var sentence in Sentences.Split(request.PreviousSummary))
        {
            Add(candidates, Bounded(sentence), IsInformative(sentence));
        }

        foreach (var line in request.Messages)
        {
            var fromUser = string.Equals(line.Role, "user", StringComparison.OrdinalIgnoreCase);
            foreach (var sentence in Sentences.Split(line.Content))
            {
                var statement = WithoutInterjections(sentence);
                if (statement.Length == 0 || Sentences.IsQuestion(statement))
                {
                    continue;
                }

                var worthKeeping = fromUser ? CarriesFact(statement) : Decision().IsMatch(statement);
                if (worthKeeping)
                {
                    var subject = fromUser ? "the user" : "the assistant";
                    Add(candidates, Bounded(ThirdPerson(statement, subject)), IsInformative(statement));
                }
            }
        }

        if (candidates.Count > MaxCandidates)
        {
            candidates.RemoveRange(0, candidates.Count - MaxCandidates);
        }

        FitBudget(candidates);
        return string.Join(' ', candidates.Select(c => c.Text));
    }

    /// <summary>A newer sentence replaces an older one that says the same or less; one that adds nothing is skipped.</summary>
    private static void Add(List<Candidate> candidates, string text, bool informative)
    {
        var words = Sentences.Words(text).Select(w => w.ToUpperInvariant()).ToHashSet();
        if (words.Count == 0 || candidates.Any(c => words.IsSubsetOf(c.Words) && !c.Words.SetEquals(words)))
        {
            return;
        }

        candidates.RemoveAll(c => c.Words.IsSubsetOf(words));
        candidates.Add(new Candidate(text, informative, words));
    }

    /// <summary>Drops the oldest uninformative sentences first, then the oldest informative ones.</summary>
    private static void FitBudget(List<Candidate> candidates)
    {
        var words = candidates.Sum(c => Sentences.CountWords(c.Text));
        while (words > MaxWords)
        {
            var index = candidates.FindIndex(c => !c.Informative);
            if (index < 0)
            {
                index = 0;
            }

            words -= Sentences.CountWords(candidates[index].Text);
            candidates.RemoveAt(index);
        }
    }

    /// <summary>A proper noun, a number or a known technology: the kind of detail a summary must not lose.</summary>
    private static bool IsInformative(string sentence)
    {
        var words = Sentences.Words(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var properNoun = char.IsUpper(word[0]) && (i > 0 || word.Skip(1).Any(char.IsUpper)) && !NotProperNoun().IsMatch(word);
            if (properNoun || word.Any(char.IsDigit) || TechnologyCatalogue.KindOf(word) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool CarriesFact(string statement) =>
        IsInformative(statement) || FactCue().IsMatch(statement);

    private static string WithoutInterjections(string sentence)
    {
        var rest = Interjections().Replace(sentence, "").Trim();
        return rest.Length == 0 || !rest.Any(char.IsLetterOrDigit) ? "" : char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    /// <summary>Caps a sentence's length and makes sure it ends like one.</summary>
    private static string Bounded(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxSentenceWords)
        {
            return string.Join(' ', words[..MaxSentenceWords]) + "\u2026";
        }

        var text = string.Join(' ', words);
        return text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('\u2026') ? text : text + ".";
    }

    /// <summary>
    /// "I'm using X" becomes "The user is using X": the first mention names the subject (with the verb agreeing),
    /// later ones become "they", "their", "them".
    /// </summary>
    private static string ThirdPerson(string sentence, string subject)
    {
        var named = false;
        return FirstPersonPhrase().Replace(sentence, match =>
        {
            var first = !named;
            named = true;
            var atStart = match.Index == 0;
            string Subject() => atStart ? char.ToUpperInvariant(subject[0]) + subject[1..] : subject;

            if (match.Groups["possessive"].Success)
            {
                return match.Groups["possessive"].Value.ToUpperInvariant() switch
                {
                    "MY" => first ? Subject() + "'s" : "their",
                    "MINE" => first ? Subject() + "'s" : "theirs",
                    "MYSELF" => "themselves",
                    _ => first ? Subject() : "them",
                };
            }

            var auxiliary = match.Groups["auxiliary"].Value.Trim().ToUpperInvariant();
            var adverbs = match.Groups["adverbs"].Value;
            var verb = match.Groups["verb"].Value;
            var (pronoun, rest) = auxiliary switch
            {
                "'M" or "AM" => first ? (Subject(), " is") : (atStart ? "They" : "they", " are"),
                "'VE" or "HAVE" => first ? (Subject(), " has") : (atStart ? "They" : "they", " have"),
                "'LL" => (first ? Subject() : atStart ? "They" : "they", " will"),
                "'D" => (first ? Subject() : atStart ? "They" : "they", " would"),
                "WAS" => first ? (Subject(), " was") : (atStart ? "They" : "they", " were"),
                _ => (first ? Subject() : atStart ? "They" : "they", ""),
            };

            var agreed = first && auxiliary.Length == 0 && verb.Length > 0 ? " " + ThirdPersonVerb(verb.Trim()) : verb;
            return pronoun + rest + adverbs + agreed;
        });
    }

    private static string ThirdPersonVerb(string verb)
    {
        var lower = verb.ToUpperInvariant();
        if (ModalsAndPastForms.Contains(verb) || lower.EndsWith("ED", StringComparison.Ordinal))
        {
            return verb;
        }

        return lower switch
        {
            "AM" => "is",
            "HAVE" => "has",
            "DO" => "does",
            "GO" => "goes",
            "DON'T" => "doesn't",
            "HAVEN'T" => "hasn't",
            _ when lower.EndsWith('Y') && lower.Length > 1 && !"AEIOU".Contains(lower[^2], StringComparison.Ordinal) => verb[..^1] + "ies",
            _ when lower.EndsWith('S') || lower.EndsWith('X') || lower.EndsWith('Z') || lower.EndsWith('O')
                || lower.EndsWith("SH", StringComparison.Ordinal) || lower.EndsWith("CH", StringComparison.Ordinal) => verb + "es",
            _ => verb + "s",
        };
    }

    [GeneratedRegex(@"^(?:I|I'm|I've|I'll|I'd|OK|Ok)$")]
    private static partial Regex NotProperNoun();

    [GeneratedRegex(@"\b(?:(?<i>I)(?<auxiliary>'m|'ve|'ll|'d|\s+am|\s+have|\s+was)?(?<adverbs>(?:\s+(?:really|also|still|just|now|currently|already|actually|mostly|usually|always|never|often|recently|finally|then)){0,3})(?<verb>\s+(?:[a-z]{1,20}n't|[a-z]{1,20}))?|(?<possessive>[Mm]y|[Mm]ine|[Mm]yself|me))\b")]
    private static partial Regex FirstPersonPhrase();

    [GeneratedRegex(@"^(?:(?:hi|hello|hey|thanks|thank\s+you|ok|okay|so|well|great|cool|sure|yes|yeah|btw|oh|alright|right|awesome|perfect)\b[\s,!.\-]*){1,5}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Interjections();

    [GeneratedRegex(@"\b(?:i'm\s+(?:using|building|working|based|from|a|an|switching|moving)|i\s+(?:use|decided|chose|prefer|think|want|need|plan|work|live|switched|moved|built)|we(?:'re|\s+are)?\s+(?:using|use|decided|chose|building)|my\s+[\p{L}\-]{1,20}(?:\s+[\p{L}\-]{1,20}){0,2}\s+(?:is|are))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FactCue();

    [GeneratedRegex(@"\b(?:decided|decision|agreed|settled\s+on|going\s+with|chose|chosen|we'll\s+use|we\s+will\s+use|let's\s+(?:use|go\s+with))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decision();
}
