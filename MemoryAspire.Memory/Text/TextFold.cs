using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Text;

/// <summary>
/// The forms text is judged in, so a rule written once holds whatever the spelling. <see cref="Canonical"/> is NFKC
/// (full-width and styled letters become plain ones) without invisible format characters, with spacing collapsed and lines
/// kept. <see cref="Fold"/> also folds case and diacritics, maps look-alike Cyrillic, Greek and small-capital letters to
/// Latin, drops quotation marks, expands English contractions and French elisions, and rejoins words that were spaced out,
/// split or spelled with digits ("a d m i n", "pass word", "p4ssw0rd").
/// </summary>
internal static partial class TextFold
{
    private static readonly Dictionary<char, string> LookAlikes = BuildLookAlikes();

    // Words worth rejoining when split or disguised; a rejoined fragment pair that is not one of these stays apart.
    private static readonly HashSet<string> Guarded = new(StringComparer.Ordinal)
    {
        "admin", "administrator", "administrateur", "administrador", "administratorin", "superuser", "superadmin", "root",
        "password", "passwort", "passcode", "contrasena", "kennwort", "system", "systeme", "sistema", "ignore", "ignorez",
        "ignora", "ignoriere", "instructions", "instruction", "instrucciones", "anweisungen", "prompt", "developer",
        "moderator", "token", "secret", "jailbreak", "override", "bypass", "remember", "forget", "disregard", "unrestricted",
        "privileges", "permissions", "access", "verified", "trusted", "credentials", "always", "never", "obey", "treat",
        "grant", "reveal", "rules", "users", "superutilisateur", "superusuario", "previous",
    };

    // A guarded word of six letters or more with one letter dropped or one added inside it ("pasword", "acess", "rememeber"), mapped back to it.
    private static readonly Dictionary<string, string> Misspelled = BuildMisspellings();

    // Digits and symbols that stand in for letters ("p4ssw0rd", "@dmin").
    private static readonly SearchValues<char> DisguiseCharacters = SearchValues.Create("0123456789@$!|");

    private static readonly Dictionary<string, string> WholeContractions = new(StringComparer.Ordinal)
    {
        ["can't"] = "cannot", ["won't"] = "will not", ["shan't"] = "shall not", ["let's"] = "let us", ["i'm"] = "i am",
    };

    private static readonly HashSet<string> Negatable = new(StringComparer.Ordinal)
    {
        "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "would", "should", "could", "must", "need", "might", "ai",
    };

    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "i", "you", "we", "they", "he", "she", "it", "that", "there", "who" };

    private static readonly HashSet<string> SubjectsOfIs = new(StringComparer.Ordinal) { "it", "that", "what", "there", "here", "he", "she", "who", "where" };

    private static readonly HashSet<string> Elided = new(StringComparer.Ordinal) { "l", "d", "j", "m", "t", "s", "n", "c", "qu" };

    private static readonly HashSet<string> GuardedPrefixes = [.. Guarded.SelectMany(w => Enumerable.Range(1, w.Length).Select(n => w[..n]))];

    /// <summary>
    /// The text without noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF, the last two of every plane) and lone surrogates,
    /// which Unicode normalization refuses (and so every tokenizer that normalizes) and which carry no meaning.
    /// </summary>
    public static string WithoutNoncharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsSurrogatePair(text, i);
            var scalar = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            var width = pair ? 2 : 1;
            if (scalar is >= 0xFDD0 and <= 0xFDEF || (scalar & 0xFFFE) == 0xFFFE || (!pair && char.IsSurrogate(text[i])))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
            }
            else
            {
                builder?.Append(text, i, width);
            }

            i += width - 1;
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>NFKC without format characters (zero-width and the like), each run of spaces one space, runs with a line break one line break.</summary>
    public static string Canonical(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Normalization refuses noncharacters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and the last two of every plane) and lone
        // surrogates, which carry no meaning: they go first.
        var valid = WithoutNoncharacters(text);
        var normalized = valid.IsNormalized(NormalizationForm.FormKC) ? valid : valid.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        var pendingLine = false;
        foreach (var c in normalized)
        {
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                continue;
            }

            if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f')
            {
                pendingLine = true;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }

            if (builder.Length > 0 && (pendingLine || pendingSpace))
            {
                builder.Append(pendingLine ? '\n' : ' ');
            }

            pendingLine = pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The form rules match against: lower-case ASCII-like words separated by one space, punctuation and line breaks kept.</summary>
    public static string Fold(string? text)
    {
        var canonical = Canonical(text);
        if (canonical.Length == 0)
        {
            return "";
        }

        var decomposed = CapitalLookAlikes(canonical).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            var category = char.GetUnicodeCategory(decomposed, i);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            if (LetterSymbol(decomposed, i) is { } letter)
            {
                builder.Append(letter);
                i++;
                continue;
            }

            // Emoji and pictographs carry no words: as spaces they cannot hide a line's role prefix ("⚠️ SYSTEM:"); a key or
            // lock stands for the word ("🔑 = 4455").
            if (category is UnicodeCategory.OtherSymbol)
            {
                var scalar = char.ConvertToUtf32(decomposed, i);
                builder.Append(scalar is 0x1F511 or 0x1F5DD or 0x1F510 or 0x1F512 or 0x1F513 ? " key " : " ");
                i += char.IsSurrogatePair(decomposed, i) ? 1 : 0;
                continue;
            }

            if (LookAlikes.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
                continue;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u2032' or '\u00B4' => '\'',
                '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u2033' => ' ',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u00B7' or '\u2022' or '\u2027' => '.',
                _ => c,
            });
        }

        var folded = builder.ToString();
        folded = StrayApostrophe().Replace(folded, " ");
        folded = InnerHyphen().Replace(folded, " ");
        folded = Expanded(folded);
        folded = Respaced(folded);
        folded = Rejoin(folded);
        return Spaces().Replace(folded, " ").Trim();
    }

    /// <summary>
    /// Expands English contractions ("don't" to "do not", "you're" to "you are", "it's" to "it is") and French elisions
    /// ("l'admin" to "le admin", "qu'il" to "que il"), looking only at the words around each apostrophe.
    /// </summary>
    private static string Expanded(string text)
    {
        var apostrophe = text.IndexOf('\'');
        if (apostrophe < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        var position = 0;
        for (; apostrophe >= 0; apostrophe = text.IndexOf('\'', apostrophe + 1))
        {
            var start = apostrophe;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            var end = apostrophe + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (start < position)
            {
                continue;
            }

            var before = text[start..apostrophe];
            var after = text[(apostrophe + 1)..end];
            var expanded = WholeContractions.TryGetValue(text[start..end], out var whole) ? whole
                : after == "t" && before.EndsWith('n') && Negatable.Contains(before[..^1]) ? before[..^1] + " not"
                : Subjects.Contains(before) && after is "m" or "re" or "ve" or "ll" or "d" ? before + after switch { "m" => " am", "re" => " are", "ve" => " have", "ll" => " will", _ => " would" }
                : after == "s" && SubjectsOfIs.Contains(before) ? before + " is"
                : Elided.Contains(before) && after.Length > 0 ? (before == "qu" ? "que" : before + "e") + " " + after
                : null;
            if (expanded is not null)
            {
                builder.Append(text, position, start - position).Append(expanded);
                position = end;
            }
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>The most letters spelled out one by one in a row ("a d m i n" is 5), found in one pass.</summary>
    public static int LongestSpacedRun(string text) => SpacedRuns(text).Select(r => r.Letters.Length).DefaultIfEmpty(0).Max();

    /// <summary>Rejoins spelled-out words: a guarded word at any length, anything else from four letters on ("i.g.n.o.r.e").</summary>
    private static string Respaced(string text)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, length, letters) in SpacedRuns(text))
        {
            if (Guarded.Contains(letters) || letters.Length >= 4)
            {
                builder.Append(text, position, start - position).Append(letters);
                position = start + length;
            }
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Runs of three or more single letters or digits, each separated by one space, dot, dash, underscore, star or slash.</summary>
    private static List<(int Start, int Length, string Letters)> SpacedRuns(string text)
    {
        static bool Single(string t, int k) =>
            char.IsLetterOrDigit(t[k]) && (k == 0 || !char.IsLetterOrDigit(t[k - 1])) && (k + 1 == t.Length || !char.IsLetterOrDigit(t[k + 1]));

        List<(int, int, string)> runs = [];
        var i = 0;
        while (i < text.Length)
        {
            if (!Single(text, i))
            {
                i++;
                continue;
            }

            var letters = new StringBuilder().Append(text[i]);
            var end = i + 1;
            while (end + 1 < text.Length && text[end] is ' ' or '.' or '-' or '_' or '*' or '/' && Single(text, end + 1))
            {
                letters.Append(text[end + 1]);
                end += 2;
            }

            if (letters.Length >= 3)
            {
                runs.Add((i, end - i, letters.ToString()));
            }

            i = end;
        }

        return runs;
    }

    /// <summary>Undoes "pass word", "ad-min", "sys_tem" and digit spellings ("r00t", "p4ssw0rd") for the words that matter.</summary>
    private static string Rejoin(string text)
    {
        var tokens = Token().Matches(text);
        if (tokens.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var first = tokens[i];
            var (span, word) = Joined(text, tokens, i);
            if (word is not null)
            {
                var last = tokens[i + span - 1];
                builder.Append(text, position, first.Index - position).Append(word);
                position = last.Index + last.Length;
                i += span - 1;
            }
            else if (Undisguised(first.Value) is { } plain && plain != first.Value)
            {
                builder.Append(text, position, first.Index - position).Append(plain);
                position = first.Index + first.Length;
            }
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>The guarded word that two or three fragments from token <paramref name="i"/> on spell when joined, and how many they are.</summary>
    private static (int Span, string? Word) Joined(string text, MatchCollection tokens, int i)
    {
        const int MaxFragments = 3;
        var joined = tokens[i].Value;
        if (Guarded.Contains(joined) || !GuardedPrefixes.Contains(joined) && joined.AsSpan().IndexOfAny(DisguiseCharacters) < 0)
        {
            return (1, null);
        }

        for (var span = 2; span <= MaxFragments && i + span - 1 < tokens.Count; span++)
        {
            var previous = tokens[i + span - 2];
            var next = tokens[i + span - 1];
            var gap = next.Index - (previous.Index + previous.Length);
            if (gap != 1 || text[next.Index - 1] is not (' ' or '-' or '_' or '.' or '*' or '/') || Guarded.Contains(next.Value))
            {
                return (1, null);
            }

            joined += next.Value;
            if (Undisguised(joined) is { } word)
            {
                return (span, word);
            }
        }

        return (1, null);
    }

    /// <summary>The guarded word <paramref name="word"/> spells, reading digits and symbols as the letters they imitate; null if none.</summary>
    private static string? Undisguised(string word)
    {
        if (Guarded.Contains(word))
        {
            return word;
        }

        if (word.AsSpan().IndexOfAny(DisguiseCharacters) < 0 || !word.Any(char.IsLetter))
        {
            return null;
        }

        foreach (var one in "il")
        {
            var letters = string.Concat(word.Select(c => c switch
            {
                '0' => 'o', '1' or '!' or '|' => one, '3' => 'e', '4' or '@' => 'a', '5' or '$' => 's', '7' => 't', '8' => 'b', '9' => 'g',
                _ => c,
            }));
            if (Guarded.Contains(letters))
            {
                return letters;
            }
        }

        return null;
    }

    /// <summary>Folded text with each guarded word that lost or gained one letter spelled in full ("pasword" to "password"); a reading, never a rewrite ("acces" is French).</summary>
    public static string Respelled(string folded) => Token().Replace(folded, m => Misspelled.GetValueOrDefault(m.Value, m.Value));

    /// <summary>The text with its format characters (zero-width, joiners, separators) as spaces, for text that used them to part words.</summary>
    public static string FormatAsSpaces(string text) =>
        HasFormatCharacters(text) ? string.Concat(text.Select(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format ? ' ' : c)) : text;

    public static bool HasFormatCharacters(string text) => text.Any(c => char.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>The Latin letter a squared, circled or regional-indicator symbol shows ("🅰" is a), which normalization leaves alone.</summary>
    private static char? LetterSymbol(string text, int i)
    {
        if (!char.IsSurrogatePair(text, i))
        {
            return null;
        }

        var scalar = char.ConvertToUtf32(text[i], text[i + 1]);
        foreach (var first in (ReadOnlySpan<int>)[0x1F150, 0x1F170, 0x1F1E6])
        {
            if (scalar >= first && scalar < first + 26)
            {
                return (char)('a' + (scalar - first));
            }
        }

        return null;
    }

    /// <summary>Greek and Cyrillic capitals that look like Latin ones, mapped before lower-casing turns them into letters that do not ("Μ" to "μ").</summary>
    private static string CapitalLookAlikes(string text) =>
        text.AsSpan().IndexOfAny(CapitalsFrom) < 0 ? text : string.Concat(text.Select(c => CapitalFrom.IndexOf(c, StringComparison.Ordinal) is var k and >= 0 ? CapitalTo[k] : c));

    private const string CapitalFrom = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕКМНОРСТХЅІЈ";
    private const string CapitalTo = "ABEZHIKMNOPTYXABEKMHOPCTXSIJ";
    private static readonly SearchValues<char> CapitalsFrom = SearchValues.Create(CapitalFrom);

    private static Dictionary<string, string> BuildMisspellings()
    {
        const int MinLength = 6;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in Guarded.Where(w => w.Length >= MinLength))
        {
            foreach (var dropped in Enumerable.Range(0, word.Length).Select(k => word.Remove(k, 1)).Where(d => !Guarded.Contains(d)))
            {
                map.TryAdd(dropped, word);
            }

            // One letter too many inside the word ("rememeber", "passsword"); not at its end, where it makes another word ("ignored", "systems").
            foreach (var added in Enumerable.Range(1, word.Length - 1).SelectMany(k => "abcdefghijklmnopqrstuvwxyz".Select(c => word.Insert(k, c.ToString()))).Where(a => !Guarded.Contains(a)))
            {
                map.TryAdd(added, word);
            }
        }

        return map;
    }

    private static Dictionary<char, string> BuildLookAlikes()
    {
        // Cyrillic, Greek and small-capital letters that render like Latin ones (after lower-casing).
        // ... and Armenian and Latin-extension letters that do ("ɾօօt": round 71).
        // ... and Lisu and Coptic letters that do ("ꓑꓮꓢꓢꓪꓳꓣꓓ", "ⲁⲇⲙⲓⲛ": round 77).
        const string From = "аеёікмнорстухѕјԁӏԛԝүһвαεικνορτυχβγηωϲᴀʙᴄᴅᴇɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢɑɩıłøđħĸſƀƈɗƒɠɦɨʝƙƚɱɲɵƥʠɍʂƭʈʉʋⱳɏƶȥɓƌօսոհցզɾɡꓮꓐꓚꓓꓰꓝꓖꓧꓲꓙꓗꓡꓟꓠꓳꓑꓣꓢꓔꓴꓦꓪꓫꓬꓜⲁⲃⲅⲇⲉⲍⲏⲓⲕⲗⲙⲛⲟⲡⲣⲥⲧⲩⲭⲱ";
        const string To = "aeeikmhopctyxsjdlqwyhbaeiknoptuxbynwcabcdeghijklmnoprstuvwyzaiilodhksbcdfghijklmnopqrsttuvwyzzbdounhgqrgabcdefghijklmnoprstuvwxyzabgdezhiklmnoprctyxw";
        var map = new Dictionary<char, string>();
        for (var i = 0; i < From.Length; i++)
        {
            map[From[i]] = To[i].ToString();
        }

        map['ß'] = "ss";
        map['æ'] = "ae";
        map['œ'] = "oe";
        return map;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])")]
    private static partial Regex StrayApostrophe();

    [GeneratedRegex(@"(?<=\p{L})-(?=\p{L})")]
    private static partial Regex InnerHyphen();

    [GeneratedRegex(@"[\p{L}\p{N}@$!|]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
