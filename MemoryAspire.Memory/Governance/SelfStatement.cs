using System.Text.RegularExpressions;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Governance;

/// <summary>How a sentence showed itself to be the user's own statement about themselves (for measuring what each rule keeps).</summary>
public enum SelfGround
{
    /// <summary>It opens with the user (or their household or team) as its subject: "I", "my", "nous", "ich", "vivo", "mieszkam".</summary>
    FirstPerson,

    /// <summary>Something is the user's own: "Lisbon is my favourite city".</summary>
    Possession,

    /// <summary>A self-introduction ("Call me Sam", "Name's Priya"), or a description under a label that makes it one ("About me: night-shift nurse", "Bio : prof de maths").</summary>
    Introduction,

    /// <summary>A description with the "I" left out, opening with a participle of a few verbs people describe themselves with: "Working as a nurse these days".</summary>
    Ellipsis,
}

/// <summary>Whether a sentence is the user's own statement about themselves, and if not, why.</summary>
public sealed record SelfVerdict(SelfGround? Ground, string? Refusal)
{
    public bool IsSelfStatement => Refusal is null;
}

/// <summary>
/// The allow-list gate of the fact gate: a fact read from a message is admitted only when the sentences that carry it are
/// declarative statements by the user about themselves (or their own household or team), in a language whose first-person
/// forms are known here (English, French, Spanish, German, Italian, Portuguese, Dutch, Swedish, Polish). Everything else is
/// refused without having to be recognised: statements about the assistant, the system or other people, passive and impersonal
/// statements, imperatives, questions, conditionals, blobs and headers, and text in any other language or encoding (rot13,
/// reversed, base32). What a first-person statement claims (a role over this system, a credential) is judged by
/// <see cref="InstructionGuard"/>, the second line.
/// </summary>
public static partial class SelfStatement
{
    public const string NotAboutUser = "is not a statement by the user about themselves";

    // Only a sentence's opening decides; a longer one is read this far.
    private const int OpeningChars = 400;

    // Words an adverbial lead-in ("Since 2019", "Am Wochenende", "Back home in Kerala") may take before its subject.
    private const int MaxAdverbialWords = 8;

    // Subjects and possessives of the first person, singular and plural: the user, their household, their team.
    private static readonly HashSet<string> FirstPersonWords = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "we", "my", "our", "myself", "ourselves",
        "je", "moi", "mon", "ma", "mes", "nous", "notre", "nos",
        "yo", "mi", "mis", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras",
        "ich", "mein", "meine", "meinen", "meinem", "meiner", "meines", "wir", "unser", "unsere", "unseren", "unserem", "unserer", "mir", "mich",
        "io", "mio", "mia", "miei", "mie", "noi", "nostro", "nostra", "nostri", "nostre",
        "eu", "meu", "minha", "meus", "minhas", "nosso", "nossa", "nossos", "nossas",
        "ik", "mijn", "wij", "onze", "ons",
        "jag", "min", "mitt", "mina", "vi", "var", "vart", "vara",
        "moj", "moja", "moje", "moi", "mojego", "mojej", "nasz", "nasza", "nasze", "nasi", "mnie",
        // French as typed in a chat: "j'suis", "chuis", "j'ai" without the apostrophe.
        "jsuis", "chuis", "jai",
    };

    // Articles a possessive may follow ("il mio", "la mia", "o meu", "a minha").
    private static readonly HashSet<string> PossessiveArticles = new(StringComparer.Ordinal) { "il", "la", "lo", "i", "le", "o", "a", "os", "as" };

    // First-person singular verbs of languages that drop the pronoun ("vivo en", "lavoro come", "moro em", "mieszkam w"), folded.
    private static readonly HashSet<string> FirstPersonVerbs = new(StringComparer.Ordinal)
    {
        // Spanish.
        "limpio", "reparo", "arreglo", "mantengo", "atiendo", "reparto", "sirvo",
        "soy", "estoy", "tengo", "vivo", "trabajo", "uso", "utilizo", "hablo", "prefiero", "como", "bebo", "juego", "toco", "estudio", "enseno", "corro",
        "leo", "escribo", "programo", "desarrollo", "administro", "dirijo", "gestiono", "llego", "tomo", "desayuno", "ceno", "cocino", "odio", "amo", "adoro",
        "conduzco", "manejo", "nado", "camino", "viajo", "colecciono", "practico", "hago", "voy", "duermo", "naci", "creci", "vivi", "trabaje", "estudie", "cuido",
        "formo", "pertenezco", "conozco", "sigo", "vengo", "quiero", "necesito", "busco", "llevo", "paso", "pinto", "canto", "bailo", "escucho", "veo", "visito", "ayudo", "colaboro", "participo", "entreno",
        // Italian.
        "restauro", "ricordo", "custodisco", "pulisco", "riparo", "resetto", "controllo", "accompagno", "sorveglio", "chiudo", "apro",
        "sono", "ho", "sto", "abito", "lavoro", "utilizzo", "parlo", "preferisco", "mangio", "bevo", "gioco", "suono", "insegno", "leggo", "scrivo", "programmo",
        "sviluppo", "amministro", "dirigo", "gestisco", "arrivo", "prendo", "cucino", "guido", "nuoto", "cammino", "viaggio", "colleziono", "pratico", "faccio",
        "vado", "tifo", "conosco", "seguo", "soffro",
        // Portuguese.
        "sou", "estou", "tenho", "trato", "moro", "trabalho", "falo", "prefiro", "jogo", "estudo", "ensino", "escrevo", "desenvolvo", "gosto", "odeio", "conduzo",
        "caminho", "coleciono", "faco", "vou", "nasci", "cresci", "torco",
        // Round 25's blind near-misses ("Fui eleita síndica", "Comparto mi código", "Firmo i miei messaggi", "Ativei o controlo").
        "fui", "comparto", "condivido", "compartilho", "firmo", "assino", "ativei", "desativei", "configurei", "instalei",
        // ... and the blind benign set of 2026-12-07 ("Organizo las cenas", "Modero un grupo", "Troco o filtro", "Deixo bilhetes").
        "organizo", "organizzo", "modero", "blocco", "bloqueo", "bloqueio", "troco", "cambio", "incluo", "incluyo", "includo", "deixo", "dejo", "lascio",
        "recomiendo", "recomendo", "consiglio", "advierto", "avverto", "aviso",
        // ... and the small business owners of round 28 ("Vendo cerámica", "Compro a farinha").
        "vendo", "compro", "alquilo", "affitto", "alugo", "cobro", "reparo", "riparo", "fabrico", "produzco", "produco", "produzo", "horneo", "atiendo",
        "abro", "apro", "cierro", "chiudo", "fecho", "ofrezco", "offro", "ofereco",
        "desenho", "dibujo", "disegno", "diseno", "ilustro", "illustro", "traduzo", "traduzco", "traduco", "fotografo",
        "doy", "imparto", "frequento", "frecuento", "asisto", "assisto", "dou",
        // ... and the home owners of round 32 ("Pago sempre o condomínio"), round 34's "Declaro meu imposto".
        "pago", "pagho", "declaro",
        // German and Dutch as spoken, with "ich" and "ik" left out ("bin laktoseintolerant", "woon in Gent"): only forms that are
        // not also imperatives an order could open with, nor a pronoun elsewhere (Dutch "ben" is Turkish "I").
        "bin", "hab", "habe", "wohne", "lebe", "arbeite", "komme", "studiere", "spreche", "nutze", "benutze", "mag", "liebe", "heisse",
        "heb", "woon", "werk", "studeer", "heet", "gebruik",
        // Past tenses people state a life event with ("heredé el taller", "herdei a fazenda"), and an Italian present.
        "herede", "compre", "aprendi", "empece", "deje", "termine", "herdei", "comprei", "comecei", "deixei", "terminei", "ereditato", "coltivo", "allevo", "guardo",
        // ... and the pet owners of round 37 ("Al tramonto porto sempre il cane a correre").
        "porto", "levo", "paseo", "passeggio", "alimento",
        // ... and round 39's ("Aprendo mejor con ejemplos prácticos").
        "aprendo", "imparo", "studio", "alleno", "treino", "streameo", "transmito", "retransmito",
        // ... and round 41's retirees ("Reformei-me como engenheiro civil em 2015").
        "reformei", "aposentei", "formei", "licenciei", "mudei", "casei", "trabalhei", "morei", "estudei", "jubile", "jubilei",
        // ... and round 42's lawyers ("Deposito quasi tutti gli atti", "Faturo sempre os clientes").
        "renovei", "assinei", "cancelei", "paguei", "vendi", "aluguei", "troquei", "deposito", "faturo", "facturo", "fatturo", "redacto", "redigo", "asesoro", "assessoro",
        // Polish (1st person singular; "ł" is read as "l").
        "jestem", "mam", "mieszkam", "zaczynam", "koncze", "przygotowuje", "pracuje", "lubie", "uzywam", "studiuje", "ucze", "jem", "pije", "gram", "mowie", "znam", "nazywam", "kocham", "robie",
        "programuje", "jezdze", "biegam", "gotuje", "czytam", "pisze", "prowadze", "pochodze", "urodzilem", "urodzilam", "mieszkalem", "mieszkalam",
        "pracowalem", "pracowalam", "uwielbiam", "wole", "interesuje", "zajmuje", "zarzadzam", "administruje", "kontroluje", "posiadam", "tworze", "buduje",
        // ... and round 57's builders ("Zawsze zakładam szelki", "Nigdy nie pracuję sam").
        "zakladam", "nosze", "sprawdzam", "montuje", "spawam", "projektuje", "nadzoruje",
        // ... and round 64's soldiers ("Służę w Wojskach Obrony Terytorialnej", "Zawsze czyszczę broń").
        "sluze", "sluzylem", "sluzylam", "czyszcze", "dowodze", "szkole",
    };

    // Words before a known pro-drop verb ("no tengo", "ja jestem", "nie jem", "ya vivo").
    private static readonly HashSet<string> VerbAdverbs = new(StringComparer.Ordinal)
    {
        "no", "nie", "ja", "ya", "gia", "solo", "zawsze", "nigdy", "tez", "juz", "czesto",
    };

    // Polish adverbs after which a word in "-am" or "-em" is a first-person verb.
    private static readonly HashSet<string> PolishAdverbs = new(StringComparer.Ordinal)
    {
        "nie", "zawsze", "nigdy", "czesto", "rzadko", "zwykle", "codziennie", "juz", "tez", "wciaz", "nadal", "zazwyczaj",
    };

    private static bool PolishFirstPerson(string word) => word.Length > 4 && (word.EndsWith("am", StringComparison.Ordinal) || word.EndsWith("em", StringComparison.Ordinal));

    // Romance adverbs after which any word in "-o" is a first-person verb ("nunca fumo", "non bevo", "sempre corro").
    private static readonly HashSet<string> RomanceAdverbs = new(StringComparer.Ordinal)
    {
        "nunca", "siempre", "sempre", "non", "nao", "jamas", "mai", "tambien", "anche", "tambem", "todavia", "ancora", "ainda", "casi", "quasi", "quase", "spesso", "raramente",
    };

    // Subject pronouns, which may follow a fronted adverbial in the verb-second languages ("Seit 2019 wohne ich", "I Malmö bor jag").
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "we", "je", "nous", "yo", "nosotros", "nosotras", "ich", "wir", "io", "noi", "eu", "ik", "wij", "jag", "vi",
    };

    // Object pronouns that open a first-person clause with these verbs ("me llamo", "mi piace", "me gusta", "chamo me").
    private static readonly HashSet<string> ReflexiveVerbs = new(StringComparer.Ordinal)
    {
        "llamo", "gusta", "gustan", "encanta", "encantan", "interesa", "interesan", "dedico", "mude", "considero", "apasiona", "apasionan",
        "chiamo", "piace", "piacciono", "occupo", "interessa", "interessano", "trasferito", "trasferita", "appelle",
        "chamo", "mudei", "formei", "formo",
        "jubile", "retire", "case", "mude", "licencie", "gradue", "forme", "especialice",
    };

    /// <summary>
    /// Why the sentences of <paramref name="source"/> that carry <paramref name="value"/> (those sharing a word with it; all of them
    /// when none does) are not the user's own statements about themselves, or null when they all are.
    /// </summary>
    public static string? Refusal(string value, string source)
    {
        var valueWords = Words(Folded(value));
        foreach (var sentence in Carrying(value, source))
        {
            if (Judge(sentence).Refusal is { } why && !CarriedByOwnClauses(sentence, valueWords))
            {
                return why;
            }
        }

        return null;
    }

    /// <summary>The sentences of <paramref name="source"/> that carry <paramref name="value"/>: those sharing a word with it, all of them when none does.</summary>
    public static IReadOnlyList<string> Carrying(string value, string source)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(source);
        var sentences = Sentences.Split(FactAdmission.Greeting().Replace(source, ""));
        var valueWords = Words(Folded(value));
        var carrying = sentences.Where(s => Words(Folded(s)).Overlaps(valueWords)).ToList();
        return carrying.Count > 0 ? carrying : sentences;
    }

    /// <summary>
    /// True when only some clauses of the sentence carry the value and each of those is the user's own statement: a sentence
    /// may open with a remark and go on about the user ("Life in Lisbon is good, I love my little flat").
    /// </summary>
    private static bool CarriedByOwnClauses(string sentence, HashSet<string> valueWords)
    {
        var clauses = ClauseBreak().Split(sentence);
        var carrying = clauses.Where(c => Words(Folded(c)).Overlaps(valueWords)).ToList();
        return carrying.Count > 0 && carrying.Count < clauses.Length && carrying.All(c => Judge(c).IsSelfStatement);
    }

    /// <summary>Whether one sentence is the user's own declarative statement about themselves, and on what ground.</summary>
    public static SelfVerdict Judge(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var canonical = TextFold.Canonical(sentence);
        if (Blob().IsMatch(FactAdmission.InlineCode().Replace(canonical, code => code.Groups[1].Value.Replace('=', ' '))))
        {
            return Refused("markup or a key=value blob");
        }

        var folded = Folded(canonical.Length > OpeningChars ? canonical[..OpeningChars] : canonical);
        return Judge(folded, reported: false);
    }

    private static SelfVerdict Judge(string folded, bool reported)
    {
        var text = TrailingTags().Replace(Decoration().Replace(folded, ""), "").TrimEnd(' ', '.', '!', ',', ';');
        if (text.EndsWith('?'))
        {
            return Refused("a question");
        }

        var openings = Openings(text);
        if (Conditional().IsMatch(openings[^1]))
        {
            return Refused("a condition that sets a rule");
        }

        foreach (var clause in openings)
        {
            if (Introduction().IsMatch(clause))
            {
                return new SelfVerdict(SelfGround.Introduction, null);
            }

            // The user as "the person typing this", or as the one exception in their own circle ("nobody in my team ... except me").
            if (WriterOfThis().IsMatch(clause) || NobodyButMe().IsMatch(clause) || Household().IsMatch(clause))
            {
                return new SelfVerdict(SelfGround.FirstPerson, null);
            }

            if (Subject(clause) is { } subject)
            {
                // What someone told the user, or what the user declares, must itself be about the user.
                if (!reported && Reported().Match(subject) is { Success: true } speech)
                {
                    return Judge(speech.Groups["rest"].Value, reported: true) is { IsSelfStatement: false } inner ? Refused($"reports a statement that {inner.Refusal}") : new SelfVerdict(SelfGround.FirstPerson, null);
                }

                return new SelfVerdict(SelfGround.FirstPerson, null);
            }
        }

        return openings.Any(o => Possession().IsMatch(o) || OwnedByClause().IsMatch(o) || ThingOfMine().IsMatch(o) || PlaceOfMine().IsMatch(o)) ? new SelfVerdict(SelfGround.Possession, null)
            : openings.Any(Elliptical().IsMatch) ? new SelfVerdict(SelfGround.Ellipsis, null)
            : SelfLabel().IsMatch(text) ? new SelfVerdict(SelfGround.Introduction, null)
            : Refused(null);
    }

    // A label that says what follows is the user's own description of themselves ("About me: night-shift nurse", "Bio : prof de
    // maths", "Über mich: Juristin"): a noun phrase after it is about the user. What it claims is still judged by the guard.
    [GeneratedRegex(@"^(?:about me|a bit about me|a little about me|my bio|short bio|bio|my profile|profile|profile blurb|intro|a propos de moi|a propos|petite bio|ma bio|presentation|ma presentation|sobre mi|mi bio|biografia|presentacion|uber mich|kurz zu mir|profiltext|kurzprofil|chi sono|su di me|breve bio|sobre mim|minha bio|over mij|over mezelf|korte bio)\s*:\s")]
    private static partial Regex SelfLabel();

    private static SelfVerdict Refused(string? kind) =>
        new(null, kind is null ? NotAboutUser : kind.StartsWith("reports", StringComparison.Ordinal) ? $"{NotAboutUser}: it {kind}" : $"{NotAboutUser} ({kind})");

    /// <summary>The clause from its first-person subject on, or null when it has none where a subject stands.</summary>
    private static string? Subject(string clause)
    {
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        if (OpensInFirstPerson(words, 0))
        {
            return clause;
        }

        // An adverbial first ("Since 2019", "Am Wochenende spiele ich", "In Göteborg bor jag"): the subject may come a few words later.
        // ... or a role ("As an ICU nurse I count opioids", "As the company's accountant I ..."), not an agreement ("As agreed earlier, I'm ...").
        // ... or a role without its article ("As charge nurse I hold the keys ..."), not a comparison or a time ("As far as I know", "As soon as I ...").
        // ... and so in Italian, French, Spanish and Portuguese ("Come responsabile della radioprotezione custodisco la chiave ...").
        if (Adverbial().IsMatch(words[0]) || words[0] == "as" && words.Length > 1 && (words[1] is "a" or "an" or "the" || words.Length > 2 && !NotARole.Contains(Bare(words[1])))
            || words[0] is "come" or "comme" or "como" && words.Length > 2)
        {
            for (var i = 1; i < Math.Min(words.Length, MaxAdverbialWords + 1); i++)
            {
                // After the adverbial a subject pronoun or a first-person verb opens the clause; a possessive only after its comma ("In Lisbon, my wife ...").
                var word = Bare(words[i]);
                if (SubjectPronouns.Contains(word) || FirstPersonVerbs.Contains(word) || words[i - 1].EndsWith(',') && OpensInFirstPerson(words, i))
                {
                    return string.Join(' ', words[i..]);
                }
            }
        }

        // German puts the verb second and "ich" after it when a clause opens with its object ("Den Login fürs Tierarztportal
        // speichere ich in KeePass"): "ich" a few words in, after a verb in the first person.
        var ich = words.Length > 2 ? Array.FindIndex(words, 2, Math.Min(words.Length, MaxAdverbialWords) - 2, w => Bare(w) == "ich") : -1;
        if (ich > 1 && Bare(words[ich - 1]) is { } verb && (verb.EndsWith('e') && verb.Length > 3 || GermanFinite.Contains(verb)))
        {
            return string.Join(' ', words[(ich - 1)..]);
        }

        return null;
    }

    // First-person verbs of German that do not end in "e" ("Den Hund hab ich seit 2019", "Das kann ich gut").
    // Words after "as" that open an agreement, a comparison or a time, not a role.
    private static readonly HashSet<string> NotARole = new(StringComparer.Ordinal)
    {
        "agreed", "discussed", "promised", "mentioned", "usual", "always", "requested", "said", "noted", "stated", "expected", "planned", "you", "u",
        "far", "long", "soon", "well", "per", "if", "of", "to", "for", "much", "many", "though", "it", "we", "i", "im", "they", "he", "she", "my", "our",
        "instructed", "ordered", "told", "explained", "shown", "described", "arranged", "before", "such", "regards",
    };

    private static readonly HashSet<string> GermanFinite = new(StringComparer.Ordinal) { "bin", "hab", "kann", "muss", "will", "darf", "soll", "mag", "war", "hatte", "weiss" };

    private static bool OpensInFirstPerson(string[] words, int at)
    {
        var word = Bare(words[at]);
        var next = at + 1 < words.Length ? Bare(words[at + 1]) : "";
        var after = at + 2 < words.Length ? Bare(words[at + 2]) : "";
        return FirstPersonWords.Contains(word)
            || PluralFirstPerson(word) || RomanceAdverbs.Contains(word) && PluralFirstPerson(next)
            || WithMe(words, at)
            || PossessiveArticles.Contains(word) && FirstPersonWords.Contains(next) && next is not ("i" or "ja" or "je" or "io" or "eu" or "ik" or "jag" or "yo")
            || FirstPersonVerbs.Contains(word)
            || VerbAdverbs.Contains(word) && FirstPersonVerbs.Contains(next)
            // Two of them ("nigdy nie pracuję", "ya no vivo").
            || VerbAdverbs.Contains(word) && VerbAdverbs.Contains(next) && FirstPersonVerbs.Contains(after)
            // A Romance verb in "-o" before one of those adverbs ("Indosso sempre il giubbotto", "Llevo siempre gafas").
            || word.Length > 3 && word.EndsWith('o') && RomanceAdverbs.Contains(next) && !Quantifiers.Contains(word)
            // Polish: after its adverbs any word in "-am" or "-em" is a first-person verb ("zawsze zamykam", "nigdy nie wypożyczam").
            || PolishAdverbs.Contains(word) && (PolishFirstPerson(next) || PolishAdverbs.Contains(next) && PolishFirstPerson(after))
            || RomanceAdverbs.Contains(word) && (FirstPersonVerbs.Contains(next) || next.Length > 2 && next.EndsWith('o') || next is "me" or "mi" && Reflexive(after))
            || word is "he" && Participle(next) || RomanceAdverbs.Contains(word) && next is "he" && Participle(after)
            || word is "me" or "mi" && Reflexive(next)
            || ReflexiveVerbs.Contains(word) && next is "me"
            // "All my databases are on version 16", "toutes mes plantes", "alle meine Fahrräder".
            || Quantifiers.Contains(word) && next.Length > 0 && at + 1 < words.Length && OpensInFirstPerson(words, at + 1) && !Quantifiers.Contains(next);
    }

    // Romance first-person plural verbs, the pronoun dropped ("Cerramos los domingos", "Accettiamo carte", "Vendemos online"); the
    // adjectives in "-imos" are not verbs ("Últimos días").
    private static bool PluralFirstPerson(string word) =>
        word.Length >= 6 && (word.EndsWith("amos", StringComparison.Ordinal) || word.EndsWith("emos", StringComparison.Ordinal) || word.EndsWith("iamo", StringComparison.Ordinal)
            || word.EndsWith("imos", StringComparison.Ordinal) && word is not ("ultimos" or "proximos" or "minimos" or "maximos" or "intimos" or "legitimos" or "primos" or "mismos" or "optimos" or "animos"));

    // "The staff and I ...", "Mi hermana y yo ...": the user among the subject's first few words.
    private static bool WithMe(string[] words, int at)
    {
        for (var k = at + 1; k < Math.Min(words.Length - 1, at + 5); k++)
        {
            if ((Bare(words[k]), Bare(words[k + 1])) is ("and", "i") or ("y", "yo") or ("et", "moi") or ("und", "ich") or ("e", "io") or ("e", "eu") or ("en", "ik"))
            {
                return true;
            }
        }

        return false;
    }

    // After "me" or "mi", a verb of the list or any word in "-o" is the first person ("me acuesto", "mi alzo", "me deito").
    private static bool Reflexive(string word) => ReflexiveVerbs.Contains(word) || word.Length > 3 && word.EndsWith('o');

    // Spanish "he" is "I have" before a participle ("he vivido", "nunca he tenido"); English "he" is never followed by one.
    private static bool Participle(string word) =>
        word.Length > 4 && (word.EndsWith("ado", StringComparison.Ordinal) || word.EndsWith("ido", StringComparison.Ordinal) || word is "visto" or "hecho" or "dicho" or "escrito" or "vuelto" or "roto" or "puesto" or "abierto");

    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal)
    {
        "all", "both", "most", "each", "tous", "toutes", "todos", "todas", "alle", "tutti", "tutte", "beide",
    };

    private static string Bare(string word) => word.Trim(',', ':', ';', '.', '!', '-', '*', '(', ')');

    /// <summary>
    /// The clause as written, then without each of the greetings, asides and hedges people open with ("Honestly,", "um", "euh", "For the
    /// record,", "Just so you know,") or a short label and its colon ("Noting this:", "Update 2:"); a role header among them is the guard's to refuse.
    /// </summary>
    private static List<string> Openings(string text)
    {
        List<string> openings = [text];
        for (var match = LeadIn().Match(text); match.Success && match.Length > 0; match = LeadIn().Match(openings[^1]))
        {
            openings.Add(openings[^1][match.Length..].TrimStart());
        }

        return openings;
    }

    private static string Folded(string text) => TextFold.Fold(text).Replace('ł', 'l');

    private static HashSet<string> Words(string folded) =>
        [.. Word().Matches(folded).Select(m => m.Value).Where(w => w.Length > 2 || w.Any(char.IsDigit))];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[,;]\s|\s[-\u2013\u2014]\s")]
    private static partial Regex ClauseBreak();

    // Markdown emphasis, list bullets and numbering, and leading symbols carry no words.
    [GeneratedRegex(@"^(?:[\s*_~>#•\-]+|\(?\d{1,2}[.)]\s|\(?[a-z][).]\s)+")]
    private static partial Regex Decoration();

    // Hashtags closing a sentence tag it, they say nothing ("Call me Sam #newhere").
    [GeneratedRegex(@"(?:\s+#[\p{L}\p{N}_]+)+\s*$")]
    private static partial Regex TrailingTags();

    [GeneratedRegex(@"^(?:(?:and|but|so|also|well|oh|ok|okay|yes|yeah|yep|um+|uh+|uhm+|umm+|erm+|eh+|ehm+|euh+|heu+|ah+|ahm+|ahem|hmm+|mm+|hum+|hein|bah|eee+|ehh+|uhh+|tipo|o sea|nou|hi|hello|hey|thanks|thank you|thx|cheers|merci|gracias|danke|grazie|obrigad[oa]|dank je|tack|dzieki|honestly|actually|personally|basically|anyway|anyways|btw|fyi|ps|p s|by the way|this year|these days|nowadays|currently|cette annee|actuellement|en ce moment|este ano|este mes|actualmente|hoy en dia|atualmente|quest anno|attualmente|dit jaar|momenteel|tegenwoordig|for the record|for context|for reference|just so you know|just fyi|you know|u know|u kno|ya know|fun fact(?: about me)?|as part of (?:my|our) (?:role|job|work|duties|position|team)|about me|a bit about me|quick (?:fact|note) about me|to be honest|tbh|in case it matters|(?:it|this) (?:might|may|could) help (?:you )?to know(?: that)?|if it helps|as for me|as it happens|funnily enough|let us say|lets say|alors|bon|eh bien|en fait|au fait|pour info|pour information|sinon|bonjour|salut|de ailleurs|bueno|pues|hola|por cierto|la verdad|en realidad|ubrigens|eigentlich|ehrlich gesagt|hallo|allora|comunque|ciao|in realta|entao|ola[,!.:]|alias|na verdade|trouwens|eigenlijk|hoi|hej|forresten|faktiskt|czesc|wlasciwie|zreszta|(?:\p{L}+ ){0,2}(?:\p{L}+|\p{L}+ \p{N}{1,3})(?=:))(?:[,:!.]|\s-)?(?:\s|$))")]
    private static partial Regex LeadIn();

    // Prepositions and time words an adverbial lead-in opens with, in the languages this gate reads.
    [GeneratedRegex(@"^(?:in|at|on|with|mit|met|avec|com|since|during|after|before|for|outside|over|from|around|besides|back|last|this|next|these|nowadays|lately|recently|currently|today|now|usually|mostly|generally|normally|sometimes|often|still|every|each|most|two|three|four|five|ten|\d+|en|a|au|aux|dans|depuis|pendant|apres|avant|pour|chez|sur|le|aujourde|actuellement|maintenant|souvent|desde|durante|despues|antes|para|con|los|las|hoy|ahora|actualmente|nunca|jamas|siempre|casi|seit|am|im|an|auf|bei|nach|vor|fur|wahrend|als|heute|jetzt|la|il|ogni|di|nel|al|alla|sul|do|dla|na|przy|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|wochentags|werktags|morgens|mittags|abends|nachts|taglich|meistens|manchmal|oft|selten|gern|gerne|lieber|zurzeit|derzeit|momentan|inzwischen|beruflich|da|dal|dalla|nel|nella|nei|dopo|prima|oggi|ora|attualmente|ormai|ha|em|no|na|nos|nas|depois|hoje|agora|atualmente|sinds|op|bij|voor|tijdens|thuis|vandaag|nu|tegenwoordig|momenteel|sedan|i|pa|efter|fore|under|hemma|idag|numera|od|w|we|po|przed|podczas|z|dzis|teraz|obecnie)$")]
    private static partial Regex Adverbial();

    [GeneratedRegex(@"^(?:if|when|whenever|unless|once|should|in case|in the event|every time|each time|any time|anytime|si|quand|lorsque|cuando|siempre que|wenn|falls|sobald|se|quando|caso|als (?:je|jij|u|ik|we|wij|het|er|iemand|men|jullie|ze|zij|hij)|indien|zodra|om|nar|jesli|jezeli|gdy|kiedy)\b")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"^(?:(?:you can |u can |just |please )?call me|(?:the )?name(?:'s| s| is)|names|(?:everyone|people|friends|they|most people|colleagues|coworkers|co workers|my colleagues|my coworkers|students|my students|kids|the kids|my kids|my team|the team|customers|regulars|the regulars|patients|clients|neighbours|neighbors|the neighbours|the neighbors) calls? me|my friends call me|i go by|je me appelle|me llamo|me llaman|me dicen|mi chiamano|me chamam|on m appelle|man nennt mich|ze noemen me|ich heisse|mi chiamo|chamo me|me chamo|ik heet|jag heter|nazywam sie|mam na imie) [\p{L}][\p{L}\-']*(?: [\p{L}][\p{L}\-']*)?$")]
    private static partial Regex Introduction();

    [GeneratedRegex(@"^(?:the person|the one|the guy|the woman|the man|whoever is|whoever s) (?:typing|writing|sending) (?:this|these words|this message|these lines)\b|^(?:la personne|celui|celle) qui (?:ecrit|tape|vous ecrit|redige) (?:ceci|ce message|ces lignes|ces mots)\b|^(?:quien|la persona que|el que|la que) (?:escribe|teclea|esta escribiendo|redacta) (?:esto|este mensaje|estas lineas)\b|^die person,? die (?:das|dies|diese nachricht|diese zeilen) (?:hier )?schreibt\b|^wer (?:das|dies|diese zeilen) (?:hier )?schreibt\b|^chi (?:scrive|sta scrivendo) (?:questo messaggio|questo|queste righe)\b|^quem (?:esta digitando|escreve|digita|esta escrevendo) (?:isto|isso|esta mensagem|estas linhas)\b|^(?:degene|wie) die dit (?:typt|schrijft|bericht typt|bericht schrijft)\b")]
    private static partial Regex WriterOfThis();

    [GeneratedRegex(@"^(?:nobody|no one|personne|nadie|niemand|nessuno|ninguem)\b(?:\s\S+){1,12}?\s(?:except me|but me|apart from me|besides me|other than me|a part moi|sauf moi|excepte moi|hormis moi|salvo yo|excepto yo|menos yo|aparte de mi|salvo a mi|ausser mir|bis auf mich|tranne me|eccetto me|a parte me|fuorche me|alem de mim|exceto eu|exceto eu mesmo|menos eu|fora eu|behalve ik|behalve mij|buiten mij)$")]
    private static partial Regex NobodyButMe();

    // The user's own home as the subject ("in our house the rule is ...", "bij ons thuis ...", "c'est moi qui paie ...").
    [GeneratedRegex(@"^(?:in our (?:house|home|household|family)|at (?:our|my) (?:house|home|place)|en (?:mi|nuestra) (?:casa|familia)|en casa|chez nous|dans (?:ma|notre) (?:famille|maison)|c est moi qui|ce est moi qui|bei uns(?: zu hause| daheim)?|in unserer familie|a casa (?:mia|nostra)|nella mia famiglia|sono io che|ca em casa|la em casa|em (?:minha|nossa) casa|sou eu quem|bij ons(?: thuis)?|in ons gezin|soy yo quien|hos oss|u nas w domu)\b")]
    private static partial Regex Household();

    // What someone said to the user, or what the user declares: the part after the verb must itself be about the user ("My
    // toddler says no to everything" reports no statement).
    [GeneratedRegex(@"^(?:(?:my|our|mon|ma|mes|mi|mis|mein|meine|il mio|la mia|o meu|a minha|mijn|min|mitt|moj|moja) [\p{L}\- ]{1,40}? (?:said|says|told (?:me|us)|tells (?:me|us)|confirmed|confirms|decided|agreed|announced|wrote|promised|assured (?:me|us)|informed (?:me|us)|insists)(?: that)?[,:]?"
        + @"|(?:i|we) (?:was|were|have been|had been|got|ve been) (?:told|informed|assured|promised|notified|guaranteed)(?: by [\p{L}\- ]{1,40}?)?(?: that)?[,:]?"
        + @"|(?:i|we) (?:have |had |hereby )?(?:agreed|settled|decided|confirm|confirmed|declare|declared|certify|state|announce|attest|heard)(?: with [\p{L}\- ]{1,40}?)?(?: that|[,:]))"
        + @" (?<rest>(?!(?:to|on|upon|about|with|in|for)\s|(?:no|yes|hi|hello|bye|goodbye|goodnight|sorry|thanks|grace) to\s)\S.*)$")]
    private static partial Regex Reported();

    // "Lisbon is my favourite city", "Pizza e la mia passione", "Kotlin är mitt favoritspråk".
    [GeneratedRegex(@"^[^:;?]{1,60}? (?:is|are|was|were|est|sont|es|son|era|ist|sind|war|e|sono|sao|zijn|ar|jest|sa)(?: not| never| no longer)? (?:(?:il|la|lo|i|le|o|a|os|as|el|los|las) )?(?:my|our|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?|mein\w*|unser\w*|mio|mia|miei|mie|nostr[oaie]|meu|minha|meus|minhas|noss[oa]s?|mijn|onze|ons|min|mitt|mina|var|vart|vara|moj\w*|nasz\w*) \p{L}")]
    private static partial Regex Possession();

    // "The lock of my suitcase is orange", "El cortafuegos de mi router bloquea todo", "The kids' profile on our account is locked":
    // a thing of the user's own as the subject.
    [GeneratedRegex(@"^(?:the|il|lo|la|le|l|el|o|a|der|die|das|de|het|las|los|les|os|as|i|gli)\s(?:[\p{L}'\-]+\s){1,3}(?:of my|of our|on my|on our|(?:in|at) (?:my|our) (?:" + OwnPlaces + @")|della mia|del mio|dei miei|delle mie|di mia|di mio|de mi|de mis|de nuestro|de nuestra|de mon|de ma|de mes|do meu|da minha|dos meus|das minhas|no meu|na minha|meines|meiner|unseres|unserer|van mijn|van onze|op mijn)\s\p{L}")]
    private static partial Regex ThingOfMine();

    // The user's own kitchen, shop, home or workplace as the setting ("In my kitchen the rule is that ...", "Dans ma cuisine, la
    // règle est que ..."), or the place one works or studies at as the subject ("The hotel I work at uses Bitwarden", "O hotel
    // onde trabalho usa o Keeper").
    [GeneratedRegex(@"^(?:in|at|dans|chez|en|bei|im|in der|nella|nel|na|no|op)\s(?:my|our|ma|mon|notre|mi|nuestr[oa]|mein\w*|unser\w*|la mia|il mio|la nostra|il nostro|minha|meu|nossa|nosso|mijn|onze)\s(?:own\s)?(?:" + OwnPlaces + @")\b"
        + @"|^(?:the|a|o|el|la|le|l|il|lo|de|het)\s(?:[\p{L}\-]+\s){1,3}(?:(?:that\s|which\s|where\s)?(?:i|we|ik)\s(?:work|worked|study|studied|volunteer|teach|werk|studeer)|(?:onde|donde|ou|dove|en el que|en la que|in cui|em que|waar)\s(?:je\s|yo\s|io\s|eu\s|ik\s)?(?:trabalho|trabajo|travaille|lavoro|werk|estudo|estudio|etudie|studio|studeer))\b(?:\s(?:at|for|in|with|on|aan|bij|voor))?\s\p{L}")]
    private static partial Regex PlaceOfMine();

    private const string OwnPlaces =
        "kitchen|restaurant|bar|cafe|bistro|bakery|shop|store|salon|hotel|house|home|flat|apartment|garden|household|classroom|class|office|workshop|studio|team|club|lab|ward|clinic|farm|warehouse|depot|yard|garage|job|work|workplace|company|firm|school|university|practice|hospital|gym"
        + "|almacen|deposito|entrepot|magazzino|armazem|lager|magazijn|werkplaats"
        + "|cuisine|boulangerie|boutique|maison|appartement|jardin|famille|classe|bureau|atelier|equipe|cocina|restaurante|panaderia|tienda|casa|piso|familia|clase|oficina|taller|equipo"
        + "|cucina|ristorante|negozio|giardino|famiglia|ufficio|laboratorio|squadra|cozinha|loja|escritorio|equipa|keuken|winkel|huis|tuin|gezin|kantoor|klas|kuche|laden|haus|wohnung|garten|buro|werkstatt";

    // "Bitwarden is the password manager I use", "Lyon is the city we live in": the thing is the user's by the clause after it.
    [GeneratedRegex(@"^[^:;?]{1,60}? (?:is|are|was|were) (?:the|a|an|one of the) (?:[\p{L}\-]+ ){1,4}(?:that |which |who )?(?:(?:i|we) (?:" + OwnVerbs + @")|(?:my|our) (?:whole |entire )?(?:family|household|team|kids|children|company|office|club|school|department) (?:uses|used|has|had|owns|drives|speaks|plays|likes|loves|prefers|eats|follows|supports|relies on))\b"
        // ... or the other way round ("The system I use for budgeting is YNAB"), and a name of something of one's own ("'Root' is the name of my rescue dog").
        + @"|^(?:the|a) (?:[\p{L}\-]+ ){1,3}(?:that |which )?(?:i|we) (?:" + OwnVerbs + @")\b[^:;?]{0,40}? (?:is|are|was|were) \S"
        + @"|^[^:;?]{1,60}? (?:is|are|was|were) (?:the|a) (?:name|nickname|breed|model|make|colou?r|brand|size|title) of (?:my|our) \p{L}")]
    private static partial Regex OwnedByClause();

    private const string OwnVerbs =
        "use|used|have|had|own|owned|drive|drove|play|played|love|loved|like|liked|prefer|speak|spoke|live|lived|grew|work|worked|study|studied|read|eat|cook|ride|support|follow|teach|taught|run|ran|built|wrote|chose|picked|rely";

    // "Working as a nurse these days", "Based in Oslo": a participle of a few self-describing verbs, with the "I" left out.
    [GeneratedRegex(@"^(?:working|living|studying|learning|based|born|raised|married|retired|currently working|currently living|currently studying) (?:as|at|in|on|for|from|with|to|near|out of|a|an|the|my|our|\p{L}+ing)\b|^(?:never|always|not yet|only ever) (?:been|had|tried|seen|owned|lived|loved|liked|visited|eaten|driven|flown)\b")]
    private static partial Regex Elliptical();

    // Blobs and markup are not sentences: braces, brackets, angle brackets, "=" and "|" (inline code, read out first, is not markup,
    // and a setting in it may have its "=": "`indent_size = 2`").
    [GeneratedRegex(@"[{}\[\]<>=|]|^\s*[\p{L}_]+_[\p{L}_]+\s*:")]
    private static partial Regex Blob();
}
