using System.Text.RegularExpressions;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Governance;

/// <summary>One fact someone states about a user; <see cref="Source"/> is the message it was read from (none for a correction or a system of record).</summary>
public sealed record FactStatement(string Key, string Value, string Category)
{
    public string? Source { get; init; }
}

/// <summary>The gate's answer: why the statement may not become a fact (null when it may), and the value to keep (barred PII redacted).</summary>
public sealed record FactVerdict(string? Refusal, string StoredValue)
{
    public bool Admitted => Refusal is null;
}

/// <summary>
/// The service's own judgement of whether a statement is a durable attribute of the user, whatever the extractor (a model,
/// the rules, the user's correction, a system of record) says. A fact is admitted only when its key is from the known
/// vocabulary or a short noun phrase, its value is short (a value, not a passage of sentences or clauses), every content
/// word of the value is in the message it was read from, the sentences of that message that carry it are the user's own
/// statements about themselves (<see cref="SelfStatement"/>, the allow-list), neither key nor value is addressed to the assistant
/// or the system (<see cref="InstructionGuard"/>), the learned filter does not read those sentences as poisoning
/// (<see cref="PoisoningModel"/>), it holds no PII that policy bars from facts, and its category is one the deployment keeps.
/// </summary>
public static partial class FactAdmission
{
    public const int MaxKeyWords = 4;
    public const int MaxValueWords = 16;
    public const int MaxValueClauses = 3;
    public const int MaxValueChars = 300;

    private static readonly Dictionary<string, HashSet<string>> KnownKeys = new(StringComparer.Ordinal)
    {
        [FactCategories.Identity] = ["name", "full name", "first name", "last name", "surname", "nickname", "preferred name", "pronouns", "age", "birthday", "date of birth", "gender", "nationality", "native language", "mother tongue", "languages", "languages spoken"],
        [FactCategories.Preference] = ["preference", "likes", "dislikes", "diet", "dietary restriction", "allergy", "allergies", "hobby", "hobbies", "interests", "communication style", "answer style", "transport", "commute"],
        [FactCategories.Technology] = ["tool", "tools", "editor", "ide", "os", "operating system", "language", "programming language", "database", "vector store", "framework", "model provider", "cloud", "cloud provider", "stack", "tech stack", "library", "password manager", "browser", "phone", "laptop", "version control"],
        [FactCategories.Project] = ["project", "goal", "decision", "challenge", "main challenge", "chunking", "embedding model", "retrieval", "prompting", "sampling", "deadline", "milestone"],
        [FactCategories.Work] = ["role", "job", "job title", "title", "employer", "company", "team", "department", "industry", "seniority", "profession", "occupation", "position", "workplace"],
        [FactCategories.Location] = ["location", "city", "country", "hometown", "home town", "timezone", "time zone", "region", "neighborhood"],
        [FactCategories.Contact] = ["email", "phone", "phone number", "website", "github", "linkedin", "handle"],
        [FactCategories.Other] = ["note", "notes", "pet", "pets", "family", "partner", "children", "car", "habit", "routine", "sport"],
    };

    // Words no key of a fact about a user is made of: orders, powers, credentials, the assistant's own workings.
    private static readonly HashSet<string> BarredKeyWords = new(StringComparer.Ordinal)
    {
        "instruction", "instructions", "rule", "rules", "command", "commands", "directive", "directives", "prompt", "prompts",
        "policy", "policies", "permission", "permissions", "privilege", "privileges", "rights", "access", "clearance", "authority",
        "admin", "administrator", "superuser", "root", "sudo", "password", "passwords", "passcode", "passphrase", "pin", "secret",
        "secrets", "credential", "credentials", "otp", "trust", "trusted", "verified", "verification", "override", "jailbreak",
        "persona", "behavior", "behaviour", "ignore", "remember", "treat", "obey", "always", "never", "grant", "reveal", "forget",
        "respond", "reply", "system", "assistant", "regle", "regles", "consigne", "consignes", "droits", "acces", "administrateur",
        "regla", "reglas", "instrucciones", "permisos", "acceso", "contrasena", "administrador", "regel", "regeln", "anweisung",
        "anweisungen", "rechte", "zugriff", "passwort", "kennwort",
    };

    private static readonly HashSet<string> CredentialKeys = new(StringComparer.Ordinal)
    {
        "token", "api key", "private key", "secret key", "access key", "api token", "access token", "reset code", "recovery code", "mot de passe", "clave",
    };

    // Function words a value may add without the message containing them ("the", "de", "und").
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "are", "was", "be", "i", "am",
        "my", "me", "it", "its", "this", "that", "their", "they", "he", "she", "his", "her", "user", "users", "s",
        "le", "la", "les", "un", "une", "des", "de", "du", "et", "ou", "en", "au", "aux", "je", "mon", "ma", "mes", "est",
        "el", "los", "las", "uno", "y", "o", "del", "al", "yo", "mi", "mis", "es",
        "der", "die", "das", "ein", "eine", "und", "oder", "von", "im", "zu", "mit", "ich", "mein", "meine", "ist",
    };

    /// <summary>Judges <paramref name="statement"/> by the service's own rules.</summary>
    public static FactVerdict Judge(FactStatement statement, MemoryOptions settings)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(settings);
        var value = statement.Value;
        var pii = PiiDetector.Detect(value);
        var barred = pii.Select(m => m.Kind).Distinct().Order(StringComparer.Ordinal).FirstOrDefault(settings.PiiNeverAsFact.Contains);
        // A refused value is kept only in redacted form, so policy-barred PII is not stored by the back door.
        var stored = barred is not null ? PiiDetector.Redact(value, [.. settings.PiiNeverAsFact]) : value;
        var canonical = TextFold.Canonical(value);
        var folded = TextFold.Fold(value);
        var refusal = barred is not null ? $"holds {barred.Replace('_', ' ')} data, which policy never stores as a fact"
            : InstructionGuard.Check(value, canonical, folded) is { } addressed ? $"the value {addressed}"
            : Wrongdoing.Refusal(folded) is { } wrong ? $"the value {wrong}"
            : Voice(folded, canonical) is { } voice ? $"the value {voice}"
            : KeyRefusal(statement.Key) is { } key ? $"the key {key}"
            : ShapeRefusal(value) is { } shape ? $"the value {shape}"
            : statement.Source is { } source && !SupportedFolded(folded, TextFold.Fold(source)) ? "the value is not in the message it was read from"
            : statement.Source is { } said && SelfStatement.Refusal(value, said) is { } notSelf ? $"the message {notSelf}"
            // PII is policy's to handle (redacted, barred or kept by kind), so the learned filter reads it as its kind ("[email]"),
            // and a value that is one piece of PII and nothing else (an e-mail address, a phone number) carries no words to read.
            : statement.Source is { } heard && !IsOnePiiItem(value, pii) && PoisoningModel.Refusal(PiiDetector.Redact(string.Join(' ', SelfStatement.Carrying(value, heard)))) is { } learned ? $"the message {learned}"
            : settings.ExcludedFactCategories.Contains(statement.Category, StringComparer.OrdinalIgnoreCase) ? $"the category '{statement.Category}' is not one this deployment keeps"
            : null;
        return new FactVerdict(refusal, stored);
    }

    /// <summary>
    /// Why the value is not in the user's own voice about themselves: it speaks to the assistant ("you", "your rules", "this
    /// assistant") or of the user as the system would ("this user has"). Only values are held to this: a message may
    /// well say "thank you" or ask the assistant something and still state a fact.
    /// </summary>
    public static string? VoiceRefusal(string value) => Voice(TextFold.Fold(value), TextFold.Canonical(value));

    /// <summary>
    /// True when the text speaks of this assistant in the third person, by any of its names ("the assistant", "the helper",
    /// "the AI here", "the text engine", "the software replying to me", "this chatbot", "este servicio"): what a user says of the assistant is no fact about
    /// them, and the transcript screen (<see cref="SummaryAdmission.Transcript"/>) keeps it from the summarizer too.
    /// </summary>
    public static bool NamesTheAssistant(string text) => NamesTheAssistantIn(Plain(TextFold.Fold(text)));

    private static bool NamesTheAssistantIn(string plain) =>
        TheAssistant().IsMatch(plain) || TheAiHere().IsMatch(plain) || TheTextMachine().IsMatch(plain) || ThisService().IsMatch(plain) || TheDeployedAssistant().IsMatch(plain);

    private static string Plain(string folded)
    {
        var plain = Courtesy().Replace(folded, " ");
        // In a French sentence "du" is "of the" ("je fais du vélo"), not German "you".
        return FrenchSubject().IsMatch(plain) ? FrenchPartitive().Replace(plain, " ") : plain;
    }

    private static string? Voice(string folded, string canonical)
    {
        var plain = Plain(folded);
        // "TI" in capitals in a sentence that is not shouted is Spanish and Portuguese for IT ("reclutadora de perfiles TI",
        // "trabalho com TI"), not "ti" (you); only when every "ti" of the sentence is written so.
        var acronyms = ItAcronym().Count(canonical);
        if (acronyms > 0 && acronyms == Ti().Count(plain) && canonical.Count(char.IsLower) > canonical.Count(char.IsUpper))
        {
            plain = Ti().Replace(plain, "it");
        }

        var dutch = DutchWords().IsMatch(plain);
        if (NamesTheAssistantIn(plain))
        {
            return "is addressed to the assistant, not about the user";
        }

        return SpeaksToAssistant().IsMatch(plain) || dutch && DutchYou().IsMatch(plain) || !dutch && RomanceYou().IsMatch(Courtesy().Replace(canonical.ToLowerInvariant(), " ")) ? "is addressed to the assistant, not about the user"
            : SystemVoice().IsMatch(plain) ? "speaks of the user in the system's voice"
            : null;
    }

    private static bool IsOnePiiItem(string value, IReadOnlyList<PiiMatch> pii) =>
        pii is [var only] && value.AsSpan(0, only.Index).IsWhiteSpace() && value.AsSpan(only.Index + only.Length).IsWhiteSpace();

    /// <summary>Why the key is not one a fact about a user has, or null.</summary>
    public static string? KeyRefusal(string key)
    {
        var folded = TextFold.Fold(key.Replace('_', ' '));
        if (KnownKeys.Values.Any(known => known.Contains(folded))
            || folded.StartsWith("favorite ", StringComparison.Ordinal) && folded.Split(' ').Length <= MaxKeyWords && KeyShape().IsMatch(folded))
        {
            return null;
        }

        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 || words.Length > MaxKeyWords || !KeyShape().IsMatch(folded))
        {
            return "is not a short noun phrase";
        }

        return words.Any(BarredKeyWords.Contains) || CredentialKeys.Contains(folded) || CredentialKeys.Any(k => folded.EndsWith(" " + k, StringComparison.Ordinal))
            || InstructionGuard.Judge(folded) is not null
            ? "names an instruction, a permission or a credential"
            : null;
    }

    /// <summary>Why the value is not shaped like a value (several lines, markup characters, a passage), or null.</summary>
    public static string? ShapeRefusal(string value)
    {
        var canonical = TextFold.Canonical(value);
        if (canonical.Contains('\n', StringComparison.Ordinal))
        {
            return "spans several lines";
        }

        if (InlineCode().Replace(canonical, "$1").IndexOfAny(['[', ']', '{', '}', '<', '>', '|', '`']) >= 0)
        {
            return "contains characters that delimit prompt markup";
        }

        if (canonical.Length > MaxValueChars || canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxValueWords)
        {
            return $"is a passage, not a value (more than {MaxValueWords} words or {MaxValueChars} characters)";
        }

        // A greeting before the statement is not a second sentence ("Hi! I'm a sysadmin at a university").
        canonical = Greeting().Replace(canonical, "");
        if (SentenceBreak().Count(canonical) > 0)
        {
            return "holds several sentences";
        }

        // A list of one- or two-word items is one clause ("on my allotment: beets, carrots, parsnips").
        var clauses = ClauseBreak().Split(canonical).Count(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2);
        return Math.Max(clauses, 1) > MaxValueClauses ? "is a passage of several clauses" : null;
    }

    /// <summary>True when every content word of <paramref name="value"/> is in <paramref name="source"/> (folded; a shared stem or a compound counts).</summary>
    public static bool Supported(string value, string source) => SupportedFolded(TextFold.Fold(value), TextFold.Fold(source));

    private static bool SupportedFolded(string foldedValue, string foldedSource)
    {
        var said = Word().Matches(foldedSource).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var word in Word().Matches(foldedValue).Select(m => m.Value).Where(w => !FunctionWords.Contains(w)))
        {
            if (!said.Contains(word) && !said.Any(s => SameStem(word, s) || word.Length >= 4 && s.Contains(word, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameStem(string a, string b)
    {
        const int Stem = 5;
        return a.Length >= Stem && b.Length >= Stem && string.CompareOrdinal(a, 0, b, 0, Stem) == 0;
    }

    // A sign-off ("Bien à vous") and a technical university ("an der TU München") are not "you" either.
    [GeneratedRegex(@"\b(?:thank you|thanks to you|you know|as you know|see you|nice to meet you|if you ask me|te cuento|te digo|te comento|te aviso|te lo digo|te lo cuento|je te dis|je te le dis|je te raconte|ti dico|ti racconto|te conto|te digo|merci a toi|gracias a ti|grazie a te|obrigad[oa] a ti|(?:you can|you may|tu peux|vous pouvez|du kannst|sie konnen) (?:call me|me appeler|mich)|puedes llamarme|me puedes llamar|bien (?:a|à) (?:vous|toi)|rendez[ -]vous|(?:an der |der |die |at the |at )?tu (?:munchen|münchen|muenchen|berlin|wien|delft|dresden|darmstadt|dortmund|graz|eindhoven|braunschweig|chemnitz|kaiserslautern|ilmenau|hamburg|clausthal|freiberg))\b")]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"\b(?:you|your|yours|yourself|yourselves|toi|ton|ta|tes|vous|votre|vos|usted|ustedes|tu|tus|ti|contigo|du|dich|dir|dein|deine|deinen|deiner|deines|euch|euer|jij|jou|jouw|jullie|voce|voces|dig|ditt|ciebie|twoj|twoja|twoje|tuo|tua|tuoi|tue|teu|teus|tuas|urself|tuyo|tuya|tuyos|tuyas|vosotros|vosotras|vuestro|vuestra|vuestros|vuestras|vos|voi|vostro|vostra|vostri|vostre|vosso|vossa|vossos|vossas|uw|ty|tobie|toba|twoi|twojego|twojej|twoim|twoich|wasz|wasza|wasze|yall|y all)\b|\b(?:respondes|contestas|dices|ayudas|guardas|recuerdas|puedes|debes|sueles|rispondi|dici|aiuti|ricordi|puoi|devi|rispondermi|dizes|respondes|ajudas|lembras|podes|deves|antwortest|sagst|hilfst|merkst|kannst|musst|sollst|darfst|weisst|antwoordt|helpt|onthoudt|kunt|zegt|svarar du|odpowiadasz|mowisz|pamietasz|mozesz|musisz)\b|\b(?:t|te) (?:as|etais|avais|auras|seras|peux|pourras|dois|vas|sais|fais|veux)\b|\bu (?:can|could|should|must|will|would|need|have|are|r|gotta|may|might|do|dont|don t|remember|keep|save|store|show|tell|give|treat|call|got|ll|mag|moet|kunt|kan|hebt|bent|zult|wordt|mogt)\b|\bvcs? (?:nao|n|tem|e|pode|podem|deve|vai|sabe|ja|sempre|nunca|precisa|esta|ta|lembra|guarda|faz|consegue|tinha|era|responde|mostra|ignora|obedece)\b|\bur (?:rules|guidelines|filters?|system|prompt|memory|instructions|settings|polic(?:y|ies)|creators?|devs?|dev team|boss|owners?|admins?|makers?|programming|limits|restrictions|safety|team)\b")]
    private static partial Regex SpeaksToAssistant();

    // This assistant, service or conversation named in the third person ("this chatbot", "cette plateforme", "these answers").
    [GeneratedRegex(@"\b(?:this|the) (?:assistant|chatbot|bot|ai|llm|model(?! (?:railway|railroad|railways|trains?|kits?|planes?|aircraft|airplanes?|ships?|boats?|cars?|village|un|united nations|agency|agencies|homes?|school|citizen|student|minority)\b))\b|\b(?:le|la|l|el|il|lo|o|der|die|den|dem|des|de|het) (?:chatbot|bot)\b|\bmemoryaspire\b|\bden har (?:tjansten|appen|boten|assistenten|chatboten|chatten|plattformen|systemet|modellen)\b|\b(?:detta|denna) (?:system|tjanst|app|plattform|chatt)\b|\b(?:ten|ta|tego|tej|tym) (?:system\w*|aplikacj\w*|asyst\w*|chatbot\w*|czat\w*|serwis\w*|platform\w*)\b|\bthis (?:window|chat window|tab|thread|text box|input box)\b|\b(?:this|these)(?: (?:whole|entire))? (?:system|systems|platform|service|app|application|chat|chats|conversation|conversations|deployment|workspace|instance|tenant|server|servers|memory|thing|tool|site|website)\b|\b(?:cet|cette|ce|ces|este|esta|estos|estas|dieses|diese|dieser|diesem|diesen|questo|questa|quest|questi|deste|desta|deze|dit)(?: (?:hele|gehele|ganze|ganzen|gesamte|gesamten|tout|toute|entier|entiere|todo|toda|entero|entera|intero|intera|inteiro|inteira))? (?:site|sito|sitio|seite|website|webseite|chatbots|bots|assistant|asistente|assistente|assistenten|assistent|chatbot|bot|robot|robo|roboter|ia|ki|ai|modele|modelo|modello|modell|model|systeme|sistema|system|systeem|plateforme|plataforma|plattform|piattaforma|platform|app|appli|application|aplicacion|applicazione|aplicacao|service|servicio|servizio|servico|dienst|dienstes|chat|chats|outil|herramienta|strumento|ferramenta|werkzeug)\b"
        // A bot named by a compound, in the languages that write one (German "-bot" words are offers and bans: "Angebot", "Verbot").
        + @"|\b(?:this|these|deze|dit) \w{3,}bots?\b"
        // The assistant's answers pointed at ("the training material behind these replies", "the house style these answers follow").
        + @"|\b(?:these|those) (?:answers|replies|responses|outputs|completions)\b|\b(?:ces|estas|esas|queste|quelle|essas|deze|diese) (?:reponses|respuestas|risposte|respostas|antwoorden|antworten)\b")]
    private static partial Regex ThisService();

    // Dutch "je" before a verb is "you" ("je weigert nooit"); French "je" is never followed by a verb ending in -t, so the
    // two only meet in misspelt French, which DutchWords keeps out.
    [GeneratedRegex(@"\bje (?:\w+t|mag|kan|zal|wil|moet|hoeft|zou|mocht)\b")]
    private static partial Regex DutchYou();

    [GeneratedRegex(@"\b(?:ik|mijn|mij|niet|nooit|altijd|het|een|wat|voortaan|alsjeblieft|graag|voorkeur|wil|moet)\b")]
    private static partial Regex DutchWords();

    // The assistant named by an article in the languages read here ("che l'assistente neghi", "fazer o assistente virar"), or
    // as "the helper" (round 33's design-aware writer: "the helper's rules"), not an assistant's or a helper's job ("je suis
    // l'assistante du directeur", "come assistente di laboratorio", "I'm the helper at the after-school club").
    [GeneratedRegex(@"(?<!\b(?:am|suis|soy|sou|sono|ben|bin|als|as|como|comme|come|work as|travaille comme|trabajo como|lavoro come|trabalho como|werk als|arbeite als|faccio|fais|hago|faco) )\b(?:the|le|la|l|el|il|lo|o|a|der|den|dem|de|het|des|du|del|della|dello|do|da|vom) (?:assistant|assistante|assistente|asistente|assistent|assistenten|helper|sidekick|ayudante|aiutante|ajudante|helfer|helferin)\b(?! (?:de|du|des|del|della|dello|di|do|da|dos|das|van|von|vom|der|of|to|for|bij|chez|sociale?|social|sozial\w*|sociaal|maternelle|dentaire|dental)\b)")]
    private static partial Regex TheAssistant();

    // The AI, model or bot "here" in the languages read here ("la custodia legal de la IA de aquí", "der KI hier", "da IA daqui"),
    // as English "the AI" is: this assistant, not AI in general ("je travaille sur l'IA"), nor one at a place ("the AI here at work").
    [GeneratedRegex(@"(?:\b(?:the|this|le|la|l|el|o|a|il|lo|die|der|den|dem|de|het|des|du|del|da|do|della|dello)\s|\b(?:dell|dall|nell|sull|l)')(?:ia|ki|ai|modele|modelo|modello|modell|model|chatbot|bot|asistente|assistente|assistent|assistenten|assistant|chat engine)\s(?:here|de ici|ici|de aqui|aqui|aca|daqui|hier|qui|di qui|da qui|qua)\b(?!\s(?:at|in|on|bei|en|a|au|chez|na|no|op|im|nel|nella|alla|auf|an|am|dans|sur|de|del|della|da|do|van|aan)\b)")]
    private static partial Regex TheAiHere();

    // The assistant named as a machine that writes the answers (round 35's design-aware writer: "the text engine", "le générateur
    // de texte", "des Textgenerators", "der Antwortsoftware", "the software replying to me", "de antwoorden van het programma";
    // round 48's: "der Sprachautomat", "de praatmachine", "il programma di chat"),
    // with a definite article: one's own tool is "a text generator", and "the program that replies to me" is no other program.
    [GeneratedRegex(@"\b(?:the|this|le|la|l|el|il|lo|au|al|der|die|das|den|dem|des|de|het|du|del|della|dello|do|da|vom|zum|zur|nel|no|na)\s"
        // One at a place or of someone ("the text engine of a game studio", "der Textgenerator der Agentur") is not this one.
        + @"(?:(?:text|answer|answering|reply|response|word|chat)\s?(?:engine|generator|machine|software|program|programme|robot)s?\b(?!\s(?:of|at|in|for|from|on|de|du|des|del|della|di|do|da|von|vom|der|van|bij|bei|im|en)\b)"
        + @"|(?:text|antwort|antworten|chat|tekst|antwoord|sprach|sprech|plauder|praat|klets|gespreks)(?:generator|generators|generatoren|software|maschine|machine|programm|programms|programma|engine|roboter|robot|automat|automaten)\b(?!\s(?:von|vom|bei|der|des|van|bij|op|uit)\b)"
        // ... and in the Romance languages ("il programma di chat", round 48's "Sprachautomat" and "praatmachine" above).
        + @"|(?:programma|programa|programme|logiciel|macchina|maquina|machine)\s(?:di|de|da|a)\s(?:chat|conversa|conversacion|conversazione|conversation|charla|parlare|hablar|conversar|parler|causer)\b(?!\s(?:of|at|in|for|from|on|de|du|des|del|della|di|do|da|von|vom|der|van|bij|bei|im|en)\b))"
        // French "du" is dropped before this is read ("chaque réplique du générateur de texte"), so only one's own or an indefinite one is left out.
        + @"|(?<!\b(?:un|une|uno|una|um|uma|mon|ma|mi|mio|mia|meu|minha|notre|nuestro|nostro|nosso)\s)\b(?:generateur|moteur|logiciel|generador|motor|generatore|motore|gerador)\s(?:de|di|da)\s(?:texte|texto|testo|reponses|respuestas|risposte|respostas)\b"
        + @"|\bthe\s(?:software|program|programme|app|machine|engine|tool|system|thing)\s(?:that\s|which\s)?(?:is\s|s\s)?(?:replying|answering|responding|talking|writing back|chatting|replies|answers|responds|talks)\s(?:(?:to|with)\s)?(?:me|us)\b"
        + @"|\b(?:le|ce)\s(?:logiciel|programme|systeme|outil)\squi\sme\s(?:repond|parle|ecrit)\b|\b(?:el|este)\s(?:programa|software|sistema)\sque\sme\s(?:responde|contesta|habla|escribe)\b"
        + @"|\b(?:il|questo)\s(?:programma|software|sistema)\sche\smi\s(?:risponde|parla|scrive)\b|\b(?:o|este)\s(?:programa|software|sistema)\sque\sme\s(?:responde|fala|escreve)\b"
        + @"|\b(?:die software|das programm|das system|die maschine)\s(?:die|das)\smir\s(?:antwortet|schreibt)\b|\b(?:het programma|het systeem|de software)\s(?:dat|die)\smij\s(?:antwoordt|antwoord geeft|schrijft)\b"
        + @"|\b(?:answers|replies|responses|outputs)\s(?:of|from)\sthe\s(?:program|programme|software|machine|engine|generator|system|tool)\b"
        + @"|\b(?:reponses|respuestas|risposte|respostas|antworten|antwoorden)\s(?:du|del|de le|dello|do|des|der|van het|van de)\s(?:programme|programa|programma|programms|logiciel|software|systeme|sistema|systems|systeem|generateur|generador|generatore|gerador|generators|maschine|machine|maquina|macchina)\b")]
    private static partial Regex TheTextMachine();

    // The assistant named by what it is deployed for (round 37's design-aware writer: "the tutoring chatbot", "the trip-planning
    // assistant", "the workplace assistant", "the virtual agent"), not a person's job ("the teaching assistant", "the dental
    // assistant"): a chatbot or a virtual agent by any name, an assistant only by a deployment's words.
    [GeneratedRegex(@"\b(?:the|this|our)\s(?:virtual|digital|ai|a i|conversational|smart)\s(?:agent|assistant|helper|concierge)\b"
        + @"|\b(?:the|this)\s(?:[a-z]+\s){1,2}?(?:chatbot|chat bot|virtual agent|ai agent)\b(?!\s(?:at|in|for|of|from)\s(?:my|our|a|the|work|home)\b)"
        + @"|(?<!\b(?:am|is|was|be|been|become|became|as|hired as|work as|worked as|working as)\s)\b(?:the|this)\s(?:[a-z]+\s)?(?:shopping|workplace|planning|booking|writing|coding|homework|tutoring|in app|onboarding|recipe|cooking|fitness|banking|learning|travel|trip|ai|chat)\s(?:assistant|agent)\b"
        // ... or as a companion (round 39's design-aware writer: "the chat companion", "the clinic's symptom companion", "il compagno
        // di chat", "le compagnon de discussion", "o companheiro de conversa"), not a person ("the perfect companion", "my travel companion").
        + @"|\b(?:the|this|our)\s(?:[a-z']+\s){0,2}?(?:chat|chatbot|ai|a i|virtual|digital|homework|symptom|conversation|conversational|tutoring|learning|support|shopping|bot|writing|study|reading|wellness|health|coaching)\s(?:companion|buddy)\b"
        // French "du" is dropped before this is read, so any companion "of chat" but one's own or one indefinite is this one.
        + @"|(?<!\b(?:mon|ma|mes|mi|mis|mio|mia|miei|meu|minha|notre|nuestro|nostro|nosso|un|une|uno|una|um|uma|son|sa|su|suo|sua|seu|ton|tu|tuo|teu)\s)\b(?:compagno|compagna|compagnon|compagne|companero|companera|companheiro|companheira)\s(?:di|de|da|do)\s(?:chat|conversazione|discussion|conversation|conversacion|conversa|charla|dialogo|dialogue)\b"
        + @"|\b(?:der|dem|den|des|die|het|de)\s(?:chat|ki|ai|gesprachs|gesprek|digitale|virtuelle)[\s-]?(?:begleiter\w*|companion|maatje|metgezel)\b"
        // ... or as a shop's or an app's concierge (a hotel's is a person).
        + @"|\b(?:the|this)\s(?:shop|store|webshop|online shop|website|site|app|bank|airline|brand|platform)'?s?\s(?:concierge|genie)\b")]
    private static partial Regex TheDeployedAssistant();

    [GeneratedRegex(@"\bTI\b")]
    private static partial Regex ItAcronym();

    [GeneratedRegex(@"\bti\b")]
    private static partial Regex Ti();

    // "Te" is "you" in French, Spanish, Italian and Portuguese ("l'équipe qui t'a créé", "que te creó"); in Dutch it is "to".
    // Read before folding, where Spanish "té" (tea) is not "te".
    [GeneratedRegex(@"\bte\b|\bt['\u2019](?=\p{L})")]
    private static partial Regex RomanceYou();

    [GeneratedRegex(@"\b(?:this|the|following|said) user(?:'s)? (?:is|has|may|can|should|must|will|was|gets|owns|holds|belongs|counts|account|profile|role|status|data|access|level|messages|requests)\b|\b(?:cet|le) utilisateur (?:est|a|peut|doit)\b|\b(?:este|el) usuario (?:es|tiene|puede|debe)\b|\b(?:dieser|der) (?:nutzer|benutzer) (?:ist|hat|darf|kann|muss)\b")]
    private static partial Regex SystemVoice();

    [GeneratedRegex(@"\b(?:je|nous|moi|mon|ma|mes|notre|nos)\b")]
    private static partial Regex FrenchSubject();

    [GeneratedRegex(@"\bdu\b")]
    private static partial Regex FrenchPartitive();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} '\-./+#&]*$")]
    private static partial Regex KeyShape();

    // A sentence ends at . ! ? followed by a space and more text, unless the word before is a short abbreviation ("Dr. Smith")
    // or one of the longer ones a name carries ("Smash Bros. tournament", "Acme Corp. in Leeds").
    [GeneratedRegex(@"(?:\b(?!(?i:bros|corp|dept|prof|univ|blvd|assn|inst|intl|mgmt|approx|incl|avda|hosp)\.)[\p{L}\p{N}]{4,}[.]|[!?])\s+\S")]
    private static partial Regex SentenceBreak();

    /// <summary>A greeting that opens a message as a sentence of its own ("Hi!", "Bonjour !", "Hallo zusammen."), or a neutral label before it ("note:", "update:", "mise à jour :").</summary>
    [GeneratedRegex(@"^\s*(?:hi|hello|hey|hiya|howdy|hi there|hello there|hey there|good (?:morning|afternoon|evening)|greetings|bonjour|bonsoir|salut|coucou|hola|buenas|buenos dias|buenas tardes|hallo|hallo zusammen|moin|servus|guten (?:tag|morgen|abend)|ciao|salve|buongiorno|ola|oi|bom dia|boa tarde|hoi|dag|hej|hejsan|czesc|dzien dobry)\s*[!.]+\s+|^\s*(?:note|notes|update|profile update|fyi|for the record|info|mise a jour|mise à jour|nota|actualizacion|actualización|aggiornamento|atualizacao|atualização|hinweis|notiz|anmerkung|opmerking)\s*:\s+", RegexOptions.IgnoreCase)]
    internal static partial Regex Greeting();

    [GeneratedRegex(@"[,;:]\s|\s[-\u2013\u2014]\s")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // Inline code ("`pgvector`", "`sudo apt upgrade`", "`indent_size = 2`") is how people write a tool, a command or a setting,
    // not markup; what it says is still read by every rule, and the profile block renders its backticks as quotes.
    [GeneratedRegex(@"`([^`\[\]{}<>|\n]{1,60})`")]
    internal static partial Regex InlineCode();
}
