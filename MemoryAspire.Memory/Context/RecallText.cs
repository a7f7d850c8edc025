using System.Text;

namespace MemoryAspire.Memory.Context;

/// <summary>A word of a text as recall indexes it: its stem, its 64-bit key, and whether it was written as a name.</summary>
public readonly record struct RecallTerm(string Stem, long Key, bool Capitalized);

/// <summary>
/// How recall reads text, the same in the worker that indexes a message and on the chat path that ranks for a new one:
/// lower-cased runs of letters and digits, English function words dropped, a light suffix stemmer (moved, moving and move
/// are one term), and each term keyed by a 64-bit FNV-1a hash, which is what the index stores (never the words).
/// </summary>
public static class RecallText
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before",
        "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
        "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
        "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "yourself", "yourselves", "also", "ll", "re", "ve", "don", "didn", "doesn", "isn", "wasn", "won", "let", "got",
        "get", "tell", "told", "say", "said", "one", "thing", "things", "really", "still", "yet", "oh", "ok", "okay", "yes", "yeah", "hey", "hi",
        "well", "much", "many", "lot", "bit", "even", "ever", "anything", "something", "every", "again", "remind", "remember", "know", "think",
    };

    /// <summary>The terms of <paramref name="text"/> in order, repeats kept (for term frequency and adjacent pairs).</summary>
    public static List<RecallTerm> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<RecallTerm>();
        var word = new StringBuilder();
        var sentenceStart = true;
        var capitalized = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                if (word.Length == 0)
                {
                    capitalized = char.IsUpper(c) && !sentenceStart;
                }

                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                Add(terms, word.ToString(), capitalized);
                word.Clear();
                sentenceStart = false;
            }

            if (c is '.' or '!' or '?' or ':' or '\n' or ']')
            {
                sentenceStart = true;
            }
        }

        return terms;
    }

    private static void Add(List<RecallTerm> terms, string word, bool capitalized)
    {
        if (word.Length < 2 || Stopwords.Contains(word))
        {
            return;
        }

        var stem = Stem(word);
        terms.Add(new RecallTerm(stem, Key(stem), capitalized));
    }

    /// <summary>A light English suffix stemmer: plurals, -ed, -ing and a final -e, so that inflections meet.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith("sses", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal) && !stem.EndsWith("us", StringComparison.Ordinal) && !stem.EndsWith("is", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        if (stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length >= 6)
        {
            stem = Undouble(stem[..^3]);
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length >= 5 && !stem.EndsWith("eed", StringComparison.Ordinal))
        {
            stem = Undouble(stem[..^2]);
        }

        return stem.Length > 3 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    /// <summary>running -> run, stopped -> stop; but not fall, miss or buzz.</summary>
    private static string Undouble(string stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') && !IsVowel(stem[^1]) ? stem[..^1] : stem;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>64-bit FNV-1a of the stem's UTF-16 code units: stable across processes and versions.</summary>
    public static long Key(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        var hash = 14695981039346656037UL;
        foreach (var c in stem)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
