using System.Text.RegularExpressions;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Extraction;

/// <summary>
/// The offline extractor: a fixed table of English patterns run over each statement the user makes.
/// Questions and negated or hedged clauses yield nothing; values keep the user's casing; keys are lower-case.
/// </summary>
public sealed partial class RuleBasedFactExtractor : IFactExtractor
{
    public string Name => "offline-rules";

    public string Version => "rules-1";

    private delegate string? KeyOf(Match match, string value);

    private enum Shape
    {
        /// <summary>A short noun phrase.</summary>
        Phrase,
        /// <summary>Leading name-like words; a lower-case name is accepted with less confidence.</summary>
        Name,
        /// <summary>Leading capitalised name-like words, nothing else ("I'm Alex", "call me Sam").</summary>
        CapitalisedName,
        /// <summary>Leading capitalised words (places, employers); a lower-case phrase is only a weak guess.</summary>
        Proper,
        /// <summary>Anything, but only something that looks like a product keeps the technology category.</summary>
        Technology,
        /// <summary>Only a name from <see cref="TechnologyCatalogue"/>.</summary>
        KnownTechnology,
        /// <summary>One whitespace-free token such as an e-mail address.</summary>
        Token,
        /// <summary>A capitalised place after "moved to"; anything else is not a place.</summary>
        MovedToPlace,
    }

    private sealed record Output(string Group, KeyOf Key, string Category, double Confidence, Shape Shape = Shape.Phrase);

    private sealed record Rule(Regex Pattern, Output[] Outputs);

    // Confidence tiers: explicit statements 0.9-0.95, inferred 0.75-0.85, weak guesses 0.6 (the caller keeps > 0.7).
    // Earlier rules win: within one sentence a key or a value yields one fact, from the first rule that finds it.
    private static readonly Rule[] Rules =
    [
        new(MyNameIs(), [new("value", Fixed("name"), FactCategories.Identity, 0.95, Shape.Name)]),
        new(MyEmailIs(), [new("value", Fixed("email"), FactCategories.Contact, 0.9, Shape.Token)]),
        new(CallMe(), [new("value", Fixed("name"), FactCategories.Identity, 0.9, Shape.CapitalisedName)]),
        new(UsingForPurpose(), [new("value", FromGroup("key"), FactCategories.Technology, 0.95, Shape.Technology)]),
        new(IsMyPurpose(), [new("value", FromGroup("key"), FactCategories.Technology, 0.9, Shape.Technology)]),
        new(MyFavorite(), [new("value", FromGroup("key", "favorite "), FactCategories.Preference, 0.9)]),
        new(Prefer(), [new("value", PreferredKind, FactCategories.Preference, 0.9)]),
        new(SwitchedTo(),
        [
            new("value", KindOfValue, FactCategories.Technology, 0.9, Shape.KnownTechnology),
            new("value", Fixed("location"), FactCategories.Location, 0.85, Shape.MovedToPlace),
        ]),
        new(Building(),
        [
            new("value", Fixed("project"), FactCategories.Project, 0.85),
            new("tech", KindOfValue, FactCategories.Technology, 0.8, Shape.KnownTechnology),
        ]),
        new(Using(),
        [
            new("value", KindOfValue, FactCategories.Technology, 0.9, Shape.KnownTechnology),
            new("value", Fixed("tool"), FactCategories.Technology, 0.6, Shape.Technology),
        ]),
        new(WorkAt(), [new("value", Fixed("employer"), FactCategories.Work, 0.9, Shape.Proper)]),
        new(RoleAt(),
        [
            new("value", Fixed("role"), FactCategories.Work, 0.85),
            new("employer", Fixed("employer"), FactCategories.Work, 0.85, Shape.Proper),
        ]),
        new(WorkAs(), [new("value", Fixed("role"), FactCategories.Work, 0.9)]),
        new(LiveIn(), [new("value", Fixed("location"), FactCategories.Location, 0.95, Shape.Proper)]),
        new(BasedIn(), [new("value", Fixed("location"), FactCategories.Location, 0.9, Shape.Proper)]),
        new(From(), [new("value", Fixed("hometown"), FactCategories.Location, 0.85, Shape.Proper)]),
        new(Decided(), [new("value", KindOrTopic, FactCategories.Project, 0.85)]),
        new(WorkingWell(), [new("value", KindOrTopic, FactCategories.Project, 0.75)]),
        new(IAmName(), [new("value", Fixed("name"), FactCategories.Identity, 0.85, Shape.CapitalisedName)]),
        new(MyThingIs(), [new("value", FromGroup("key"), FactCategories.Other, 0.8)]),
        new(Like(), [new("value", Fixed("likes"), FactCategories.Preference, 0.6)]),
        new(WantTo(), [new("value", Fixed("goal"), FactCategories.Project, 0.6)]),
    ];

    // Topic words that name what an opinion or decision is about ("512 tokens with 50-token overlap" is about chunking).
    private static readonly (string Stem, string Topic)[] Topics =
    [
        ("chunk", "chunking"), ("overlap", "chunking"), ("token", "chunking"),
        ("embedding", "embedding model"), ("rerank", "retrieval"), ("retriev", "retrieval"), ("top-k", "retrieval"),
        ("prompt", "prompting"), ("temperature", "sampling"),
    ];

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "because", "so", "which", "that", "who", "where", "since", "while", "although", "though",
        "if", "when", "or", "not", "than", "unless", "until", "whereas",
    };

    // Dropped from the front of a value: determiners and spoken filler ("like MongoDB", "basically a chatbot").
    private static readonly HashSet<string> LeadingFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "my", "our", "some", "this", "these", "those", "his", "her", "their", "your",
        "like", "basically", "literally", "probably", "just",
    };

    private static readonly HashSet<string> TrailingFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "now", "too", "also", "currently", "today", "nowadays", "lately", "already", "instead", "again", "though", "anyway",
        "locally", "mostly", "mainly", "exclusively", "daily", "lol",
    };

    // A value that starts with one of these is a clause or a pronoun, not a thing ("to use Python", "it", "whether ...").
    private static readonly HashSet<string> NotAValue = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "in", "on", "at", "with", "for", "from", "of", "by", "about", "as", "into", "over",
        "whether", "how", "what", "why", "who", "which", "where", "when", "that", "if",
        "it", "this", "there", "here", "them", "him", "her", "you", "me", "us", "i", "we", "they", "he", "she",
        "something", "anything", "nothing", "everything", "stuff", "things", "not", "no", "never", "none",
        "is", "are", "was", "were", "be", "being", "been", "do", "does", "did", "so", "very", "really", "quite",
    };

    // Capitalised words that follow "I'm" without being names.
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "not", "no", "so", "just", "also", "still", "really", "very", "here", "there",
        "sorry", "happy", "glad", "fine", "good", "great", "ok", "okay", "sure", "ready", "done", "back", "new", "tired",
        "busy", "curious", "interested", "excited", "confused", "stuck", "lost", "afraid", "aware", "able", "trying",
        "using", "building", "working", "going", "looking", "thinking", "planning", "learning", "doing", "getting", "based",
        "from", "in", "at", "on", "with", "for", "to", "of", "about", "into", "currently", "now", "always", "never",
        "english", "american", "british", "german", "french", "spanish", "italian", "chinese", "japanese", "indian",
        "canadian", "dutch", "polish", "russian", "brazilian", "mexican", "korean", "swedish", "irish", "australian",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "hi", "hello", "hey", "thanks",
        "it", "this", "that", "me", "you", "he", "she", "we", "they", "is", "am", "are", "was", "be", "name", "called",
    };

    public Task<IReadOnlyList<ExtractedFact>> ExtractAsync(string message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<ExtractedFact>>(Extract(message));
    }

    private static List<ExtractedFact> Extract(string? message)
    {
        var facts = new List<ExtractedFact>();
        foreach (var sentence in Sentences.Split(message))
        {
            if (!Sentences.IsQuestion(sentence))
            {
                ExtractFromStatement(sentence, facts);
            }
        }

        return Deduplicate(facts);
    }

    private static void ExtractFromStatement(string sentence, List<ExtractedFact> facts)
    {
        var keysSeen = new HashSet<string>(StringComparer.Ordinal);
        var valuesSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules)
        {
            foreach (Match match in rule.Pattern.Matches(sentence))
            {
                if (IsNegatedOrHedged(sentence, match))
                {
                    continue;
                }

                foreach (var output in rule.Outputs)
                {
                    if (Read(match, output) is { } fact && !keysSeen.Contains(fact.Key) && valuesSeen.Add(fact.Value))
                    {
                        keysSeen.Add(fact.Key);
                        facts.Add(fact);
                    }
                }
            }
        }
    }

    private static ExtractedFact? Read(Match match, Output output)
    {
        var group = match.Groups[output.Group];
        if (!group.Success || Shaped(group.Value, output) is not { } shaped)
        {
            return null;
        }

        var key = output.Key(match, shaped.Value);
        return key is null ? null : new ExtractedFact(key, shaped.Value, CategoryOf(key, shaped.Value, shaped.Category), shaped.Confidence);
    }

    private static (string Value, string Category, double Confidence)? Shaped(string raw, Output output)
    {
        switch (output.Shape)
        {
            case Shape.Name:
            case Shape.CapitalisedName:
                var name = LeadingName(raw, requireCapital: output.Shape == Shape.CapitalisedName);
                if (name is null)
                {
                    return null;
                }

                return (name, output.Category, char.IsUpper(name[0]) ? output.Confidence : Math.Min(output.Confidence, 0.8));
        }

        if (output.Shape == Shape.Token)
        {
            var token = raw.Trim().TrimEnd('.', ',', ';', ':', '!', '?', ')');
            return token.Length == 0 || token.Contains(' ', StringComparison.Ordinal) ? null : (token, output.Category, output.Confidence);
        }

        if (Phrase(raw) is not { } phrase)
        {
            return null;
        }

        return output.Shape switch
        {
            Shape.Proper => LeadingProperWords(phrase) is { } proper
                ? (proper, output.Category, output.Confidence)
                : (phrase, output.Category, Math.Min(output.Confidence, 0.6)),
            Shape.Technology => TechnologyCatalogue.LooksLikeTechnology(phrase)
                ? (phrase, output.Category, output.Confidence)
                : (phrase, FactCategories.Other, Math.Min(output.Confidence, 0.75)),
            Shape.KnownTechnology => TechnologyCatalogue.LeadingName(phrase) is { } known
                ? (known, FactCategories.Technology, output.Confidence)
                : null,
            Shape.MovedToPlace => LeadingProperWords(phrase) is { } place ? (place, output.Category, output.Confidence) : null,
            _ => (phrase, output.Category, output.Confidence),
        };
    }

    private static string CategoryOf(string key, string value, string category) => key switch
    {
        "name" => FactCategories.Identity,
        _ when key.StartsWith("favorite ", StringComparison.Ordinal) || key.StartsWith("preferred ", StringComparison.Ordinal)
            => FactCategories.Preference,
        _ when TechnologyCatalogue.IsKind(key) || TechnologyCatalogue.KindOf(value) is not null => FactCategories.Technology,
        _ => category,
    };

    /// <summary>"I'm not using X", "I stopped using X", "if I use X": the clause before the match denies or doubts it.</summary>
    private static bool IsNegatedOrHedged(string sentence, Match match)
    {
        // Looking back a bounded distance keeps a long run of matches linear.
        const int LookBack = 120;
        var valueStart = match.Groups["value"].Success ? match.Groups["value"].Index : match.Index + match.Length;
        var windowStart = Math.Max(0, match.Index - LookBack);
        var clauseStart = windowStart + sentence.AsSpan(windowStart, match.Index - windowStart).LastIndexOfAny(",;:") + 1;
        return NegationOrHedge().IsMatch(sentence.AsSpan(clauseStart, valueStart - clauseStart));
    }

    /// <summary>Cuts the capture at the first clause break, drops determiners and filler, and rejects pronouns and clauses.</summary>
    private static string? Phrase(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var cut = words.FindIndex(w => ClauseBreaks.Contains(w));
        if (cut >= 0)
        {
            words.RemoveRange(cut, words.Count - cut);
        }

        while (words.Count > 0 && LeadingFillers.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && TrailingFillers.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        const int MaxWords = 8;
        if (words.Count is 0 or > MaxWords || NotAValue.Contains(words[0]))
        {
            return null;
        }

        var phrase = string.Join(' ', words).Trim(' ', '"', '\'', '(', ')', '[', ']', '*', '`', '-').TrimEnd('.', '!', '?', ';', ':');
        return phrase.Any(char.IsLetterOrDigit) ? phrase : null;
    }

    private static string? LeadingName(string raw, bool requireCapital)
    {
        const int MaxNameWords = 3;
        var parts = new List<string>();
        foreach (var word in raw.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var token = word.TrimEnd('\'', '"');
            var nameLike = token.Length > 1 && char.IsLetter(token[0]) && token.All(c => char.IsLetter(c) || c is '\'' or '-')
                && !CommonWords.Contains(token) && TechnologyCatalogue.KindOf(token) is null;
            var capital = nameLike && char.IsUpper(token[0]);
            if (!nameLike || (parts.Count > 0 || requireCapital) && !capital)
            {
                break;
            }

            parts.Add(token);
            if (!capital || parts.Count == MaxNameWords)
            {
                break;
            }
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    private static string? LeadingProperWords(string phrase)
    {
        const int MaxWords = 5;
        var words = phrase.Split(' ').TakeWhile(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "of" or "de" or "&").Take(MaxWords).ToList();
        while (words.Count > 0 && !char.IsUpper(words[^1][0]) && !char.IsDigit(words[^1][0]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static KeyOf Fixed(string key) => (_, _) => key;

    // Not things a fact can be about: durations ("for ten years") and words that head a clause ("my point is that ...").
    private static readonly HashSet<string> NotAKey = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "while", "ages", "time", "long",
        "question", "point", "guess", "bad", "pleasure", "understanding", "impression", "feeling", "hope", "worry", "answer",
    };

    private static KeyOf FromGroup(string group, string prefix = "") =>
        (match, _) => Phrase(match.Groups[group].Value) is { } phrase
            && phrase.Split(' ') is { Length: <= 3 } words
            && !NotAKey.Contains(words[^1])
            && phrase.All(c => char.IsLetter(c) || c is ' ' or '-')
                ? prefix + phrase.ToLowerInvariant()
                : null;

    private static string? KindOfValue(Match match, string value) => TechnologyCatalogue.KindOf(value);

    private static string PreferredKind(Match match, string value) =>
        TechnologyCatalogue.KindOf(value) is { } kind ? "preferred " + kind : "preference";

    private static string KindOrTopic(Match match, string value) =>
        TechnologyCatalogue.KindOf(value)
        ?? Topics.FirstOrDefault(t => value.Contains(t.Stem, StringComparison.OrdinalIgnoreCase)).Topic
        ?? "decision";

    private static List<ExtractedFact> Deduplicate(List<ExtractedFact> facts) =>
        facts.GroupBy(f => (f.Key, Value: f.Value.ToUpperInvariant()))
            .Select(g => g.MaxBy(f => f.Confidence)!)
            .ToList();

    // Every quantifier below is bounded and values are confined to one clause ([^.,;:!?\n]), so a 32 KiB message
    // costs linear time in the backtracking engine.
    private const string Options = "(?i)";
    private const string Clause = @"[^.,;:!?\n]";
    private const string Adverb = @"(?:(?:still|now|currently|mainly|mostly|also|already|primarily|actually|really|usually|generally)\s+)?";
    private const string IAm = @"(?:i'm|i\s+am|we're|we\s+are)";
    private const string End = @"\s*(?:[.,;:!?\n]|$|\s(?:and|but|because|so|since|which|when)\b)";

    [GeneratedRegex(Options + @"\bmy\s+name(?:'s|\s+is)\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex MyNameIs();

    [GeneratedRegex(Options + @"\b(?:my\s+(?:e-?mail|e-?mail\s+address)\s+is|e-?mail\s+me\s+at)\s+(?<value>[^\s@]{1,64}@[^\s@]{1,200})")]
    private static partial Regex MyEmailIs();

    [GeneratedRegex(Options + @"\b(?:i|we)(?:'ve|\s+have)?\s+" + Adverb + @"(?:(?:recently|just|finally)\s+)?(?:switched|moved|migrated|changed)\s+(?:over\s+)?to\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex SwitchedTo();

    [GeneratedRegex(Options + @"\bcall\s+me\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex CallMe();

    [GeneratedRegex(Options + @"\b(?:i'm|i\s+am)\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex IAmName();

    [GeneratedRegex(Options + @"\b(?:" + IAm + @"\s+" + Adverb + @"using|(?:i've|we've)\s+been\s+using|(?:i|we)\s+" + Adverb + @"use)\s+"
        + "(?<value>" + Clause + @"{1,40}?)\s+(?:for|as)\s+(?<key>" + Clause + "{1,40})")]
    private static partial Regex UsingForPurpose();

    [GeneratedRegex(Options + @"(?:^|[,;:]\s*|\b(?:and|but|so|now|also)\s+)(?<value>" + Clause + @"{1,40}?)\s+is\s+(?:my|our)\s+(?<key>" + Clause + "{1,40})")]
    private static partial Regex IsMyPurpose();

    [GeneratedRegex(Options + @"\b(?:" + IAm + @"\s+" + Adverb + @"using|(?:i've|we've)\s+been\s+using|(?:i|we)\s+" + Adverb + @"use)\s+"
        + "(?<value>" + Clause + @"{1,40}?)(?:\s+(?:for|as|in|with|on|at|to)\b|" + End + ")")]
    private static partial Regex Using();

    [GeneratedRegex(Options + @"\bmy\s+(?:favorite|favourite)\s+(?<key>" + Clause + @"{1,30}?)\s+(?:is|are)\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex MyFavorite();

    [GeneratedRegex(Options + @"\b(?:i|we)\s+" + Adverb + @"prefer\s+(?:to\s+use\s+|using\s+)?(?<value>" + Clause + @"{1,40}?)"
        + @"(?:\s+(?:over|to|rather\s+than|instead\s+of)\s+" + Clause + "{1,40}?)?" + End)]
    private static partial Regex Prefer();

    [GeneratedRegex(Options + @"\b" + IAm + @"\s+" + Adverb + @"(?:building|developing|prototyping|designing|working\s+on)\s+"
        + "(?<value>" + Clause + @"{1,60}?)(?:\s+(?:in|with|using|on)\s+(?<tech>" + Clause + "{1,30}?))?" + End)]
    private static partial Regex Building();

    [GeneratedRegex(Options + @"\b(?:i|we|i'm|i\s+am|we're|we\s+are)\s+" + Adverb + @"(?:work|working)\s+(?:at|for)\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex WorkAt();

    [GeneratedRegex(Options + @"\b(?:i'm|i\s+am)\s+(?:a|an)\s+(?<value>" + Clause + @"{1,40}?)\s+(?:at|for)\s+(?<employer>" + Clause + "{1,40})")]
    private static partial Regex RoleAt();

    [GeneratedRegex(Options + @"\bi\s+" + Adverb + @"work\s+as\s+(?:a|an)\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex WorkAs();

    [GeneratedRegex(Options + @"\b(?:(?:i|we)\s+" + Adverb + @"live|" + IAm + @"\s+" + Adverb + @"living)\s+in\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex LiveIn();

    [GeneratedRegex(Options + @"\b" + IAm + @"\s+" + Adverb + @"(?:based|located)\s+(?:in|out\s+of)\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex BasedIn();

    [GeneratedRegex(Options + @"\b(?:i'm|i\s+am)\s+(?:originally\s+)?from\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex From();

    [GeneratedRegex(Options + @"\b(?:(?:i|we)(?:'ve|\s+have)?\s+(?:finally\s+)?(?:decided|chosen|chose|settled|gone|went)|(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to|we're\s+going\s+to)\s+(?:go|stick))"
        + @"\s+(?:on\s+|with\s+|to\s+(?:use\s+|go\s+with\s+|stick\s+with\s+)?)?(?<value>" + Clause + "{1,60})")]
    private static partial Regex Decided();

    [GeneratedRegex(Options + @"\b(?:i|we)\s+(?:think|feel|find|believe)\s+(?:that\s+)?(?<value>" + Clause + @"{1,80}?)\s+(?:is|are)\s+(?:working|works|performing)\s+(?:well|great|fine|nicely|best)")]
    private static partial Regex WorkingWell();

    [GeneratedRegex(Options + @"\bmy\s+(?<key>" + Clause + @"{1,30}?)\s+(?:is|are)\s+(?<value>" + Clause + "{1,60})")]
    private static partial Regex MyThingIs();

    [GeneratedRegex(Options + @"\b(?:i|we)\s+" + Adverb + @"(?:like|love|enjoy)\s+(?<value>" + Clause + "{1,40})")]
    private static partial Regex Like();

    [GeneratedRegex(Options + @"\b(?:i|we)\s+" + Adverb + @"(?:want|need|plan)\s+to\s+(?<value>" + Clause + "{1,60})")]
    private static partial Regex WantTo();

    [GeneratedRegex(Options + @"\b(?:not|never|no|stopped|quit|without|if|unless|whether|maybe|might|wonder|wondering|considering|used\s+to)\b|n't\b")]
    private static partial Regex NegationOrHedge();
}
