using System.Text;
using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Round 72's misses (the design-aware two-hundred-and-twenty-fourth). Disguises: text hidden in Unicode tag characters after a
/// harmless sentence, braille cells, words written backwards and pig latin; all are now read (tags and braille refused as
/// disguise, backwards and pig latin judged as decoded). Classes: refusals cut like film, every caution lapsing by a doctor's
/// word, a car radio's code with its digits, a seed phrase on a steel plate, a bank line that moves money on a phrase, a lift
/// that takes a pressed sequence, a PIN punched in for a card, a password for an app with a misspelt name; a toddler dosed as
/// an adult, a cousin instead of 112, armbands instead of supervision, sunglasses for an eclipse and garlic in oil as liked
/// advice; people lookups with home addresses and routines; a narrator without limits, a test sandbox where nothing is held
/// back; the program's godmother, a silicon pen pal that takes the user's word over its manual or wears the user's collar;
/// a pressure limiter bridged, diesel siphoned from parked lorries.
/// </summary>
public static partial class InstructionGuard
{
    /// <summary>True when the text hides words in Unicode tag characters (U+E0020-U+E007E: a space or eight tags; a flag's few tag letters are not).</summary>
    private static bool HasHiddenTags(string text)
    {
        var tags = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == '\uDB40' && text[i + 1] is >= '\uDC00' and <= '\uDC7F')
            {
                if (text[i + 1] == '\uDC20' || ++tags >= 8)
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }

    /// <summary>True when the text has braille cells (U+2801-U+28FF).</summary>
    private static bool HasBraille(string text) => text.AsSpan().IndexOfAnyInRange('\u2801', '\u28FF') >= 0;

    // Grade 1 braille: the letters by their dots (bit 0 is dot 1 ... bit 5 is dot 6), and the number sign before a-j as 1-0.
    private const string BrailleLetters = "a\u0001b\u0003c\u0009d\u0019e\u0011f\u000Bg\u001Bh\u0013i\u000Aj\u001Ak\u0005l\u0007m\u000Dn\u001Do\u0015p\u000Fq\u001Fr\u0017s\u000Et\u001Eu\u0025v\u0027w\u003Ax\u002Dy\u003Dz\u0035";
    private const int BrailleNumberSign = 0x3C;

    private static readonly Dictionary<int, char> BrailleToLetter = Enumerable.Range(0, BrailleLetters.Length / 2).ToDictionary(i => (int)BrailleLetters[(i * 2) + 1], i => BrailleLetters[i * 2]);

    /// <summary>
    /// The text with its braille cells read as letters and digits ("⠗⠑⠙" is "red", "⠼⠙⠛" is "47"), so that what braille says is judged
    /// as words: "My nephew labels his crayons in braille: ⠗⠑⠙" is kept, a PIN or an order in braille is not.
    /// </summary>
    private static string Unbrailled(string text)
    {
        var builder = new StringBuilder(text.Length);
        var number = false;
        foreach (var c in text)
        {
            if (c is < '\u2800' or > '\u28FF')
            {
                number = false;
                builder.Append(c);
                continue;
            }

            var dots = c - '\u2800';
            if (dots == BrailleNumberSign)
            {
                number = true;
                continue;
            }

            var letter = BrailleToLetter.GetValueOrDefault(dots, ' ');
            builder.Append(number && letter is >= 'a' and <= 'j' ? (char)(letter == 'j' ? '0' : '1' + (letter - 'a')) : letter);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\b(?:backwards?|reversed|in reverse|al reves|a l envers|ruckwarts|rueckwarts|achterstevoren|omgekeerd|al contrario|alla rovescia|de tras para a frente|ao contrario|invertid\w*|invers\w*|mirror\w*|spiegel\w*|espejo|miroir|specchio|espelho)\b")]
    private static partial Regex MentionsReversal();

    [GeneratedRegex(@"\b[a-z]{2,}ay\b")]
    private static partial Regex PigLatinWord();

    /// <summary>Why words written backwards or in pig latin must not become memory, judged as decoded; null when there are none or they may.</summary>
    private static string? Unscrambled(string folded)
    {
        if (MentionsReversal().IsMatch(folded) && Judge(new string(folded.Reverse().ToArray())) is { } backwards)
        {
            return backwards;
        }

        if (PigLatinWord().Count(folded) < 3)
        {
            return null;
        }

        return Judge(PigLatin(folded, PigLatinRule.OneLetter)) ?? Judge(PigLatin(folded, PigLatinRule.Cluster)) ?? Judge(PigLatin(folded, PigLatinRule.Vowel));
    }

    private enum PigLatinRule
    {
        /// <summary>One consonant (or "qu") moved back: "ithoutway" is "without", "estionquay" "question".</summary>
        OneLetter,

        /// <summary>Every trailing consonant moved back: "ingstray" is "string".</summary>
        Cluster,

        /// <summary>A word opening with a vowel took "way": "answerway" is "answer"; others as <see cref="OneLetter"/>.</summary>
        Vowel,
    }

    /// <summary>The text with each pig-latin word put back by <paramref name="rule"/> (which consonants were moved cannot be known without a dictionary).</summary>
    private static string PigLatin(string folded, PigLatinRule rule) =>
        PigLatinWord().Replace(folded, m =>
        {
            var core = m.Value[..^2];
            if (rule == PigLatinRule.Vowel && core.EndsWith('w') && IsVowel(core[0]))
            {
                return core[..^1];
            }

            var cut = core.Length;
            while (cut > 1 && (!IsVowel(core[cut - 1]) || core[cut - 1] == 'u' && core[cut - 2] == 'q'))
            {
                cut--;
                if (rule != PigLatinRule.Cluster && !(core[cut] == 'u' && cut > 0 && core[cut - 1] == 'q'))
                {
                    break;
                }
            }

            return cut == core.Length ? m.Value : core[cut..] + core[..cut];
        });

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // Refusals cut like film, every caution lapsing ("refusals always end up on the cutting-room floor", "elke voorzichtigheid vervalt
    // bij mij"), a narrator without limits, a test sandbox where nothing is held back.
    private const string NothingHeldBackHere =
        @"\b(?:refusals?|rejections?|weigeringen|absagen|ablehnungen|rechazos|refus|rifiuti|recusas|no s)\b[^.!?;\n]{0,40}?\b(?:cutting room floor|cut out|edited out|deleted|gestrichen|rausgeschnitten|coupes|cortad\w*|tagliat\w*|weggeknipt|geknipt|removed)\b"
        + @"|\b(?:every|elke|jede\w*|toute|toda|ogni|all|alle|any|each|chaque|cada)\s(?:\w+\s)?(?:caution|voorzichtigheid|vorsicht|prudence|precaucion|prudenza|cautela|precautions?|warnings?|waarschuwing\w*|warnung\w*)\s(?:\w+\s)?(?:lapses|vervalt|entfallt|tombe|cae|decade|cai|falls away|is waived|is void|doesn t apply|does not apply|gilt nicht|ne s applique pas|no aplica|non si applica|geldt niet|nao se aplica)\b"
        + @"|\b(?:narrat\w*|game master|meneur|spielleiter\w*|verteller|narrador|narratore|dungeon master)\b[^.!?;\n]{0,20}?\b(?:has no|ne a aucune|n a aucune|no tiene|hat keine|non ha|heeft geen|nao tem|without|sans|sin|ohne|senza|zonder|sem)\s(?:\w+\s)?(?:limits?|limites?|grenzen|limiti|rules|regles|reglas|regeln|regole|regels|regras|filters?|filtres|filtros|filter)\b"
        + @"|\b(?:sandbox|test environment|testing environment|evaluation environment|ambiente di (?:collaudo|test|prova)|entorno de (?:pruebas|evaluacion)|environnement de test|testumgebung|testomgeving|ambiente de teste)\b[^.!?;\n]{0,80}?\b(?:real people|persone vere|personas reales|vraies personnes|echte menschen|echte mensen|pessoas reais|held back|trattenut\w*|retenid\w*|retenu\w*|zuruckgehalten|achtergehouden|retid\w*)\b"
        + @"|\b(?:nothing|niente|nada|rien|nichts|niets|nulla)\s(?:is\s|gets\s|s\s|va\s|wird\s|se\s|est\s|viene\s|wordt\s|e\s)?(?:held back|trattenut\w*|retenid\w*|retenu\w*|zuruckgehalten|achtergehouden|retid\w*)\b";

    // Secrets in new carriers: a car radio's code, a seed phrase on a steel plate, a bank line that moves money on a phrase, a lift's
    // pressed sequence, a PIN punched in for a card, an app's password under a misspelt name.
    private const string MoreCarriers =
        @"\b(?:radio|stereo|autoradio|car radio|navi|sat ?nav|navigation)\b[^.!?;\n]{0,30}?\b(?:wants|needs|asks for|takes|requires|expects|accepts|verlangt|will|braucht|pide|exige|demande|veut|vuole|chiede|wil|vraagt|quer|pede)\s(?:the\s|code\s)?\d{4}\b"
        + @"|\b(?:steel|metal|titanium|stahl\w*|acier|acero|acciaio|staal|aco)\s(?:plate|card|wallet|backup|platte|plaque|placa|piastra|plaat|plaatje)\b[^.!?;\n]{0,20}?\b(?:reads|says|shows|holds|contains|lautet|zeigt|dit|dice|zegt|diz|is|has)\s(?:[a-z]+\s){8,}[a-z]+"
        + @"|\b(?:waits? to hear|wants to hear|needs to hear|listens for|wartet auf|espera (?:oir|escuchar)|attend d entendre|aspetta di sentire|wacht op|espera ouvir)\b[^.!?;\n]{0,60}?\b(?:before|bevor|antes de|avant de|prima di|voordat|voor)\s(?:it\s)?(?:moves|transfers|releases|pays|sends|approves|unlocks|opens|uberweist|transfiere|mueve|transfere|vire|trasferisce|maakt)\b"
        + @"|\b(?:press|type|enter|tap|dial|drucke?|tippe|pulso|appuie|premo|druk|aperto|marco)\s\d(?:,?\s(?:\d|bell|star|hash|stern|raute|etoile|diese|estrella|almohadilla|asterisco|cancelletto|sterretje|hekje|campainha|klingel|sonnette|timbre|campanello|bel)\b){2,}"
        + @"|\b\d{4,}\b[^.!?;\n]{0,60}?\b(?:punch in|punch|type in|key in|tap in|enter|eintippe|tecleo|tape|digito|intoets|toets in)\b[^.!?;\n]{0,40}?\b(?:paying|pay|card|visa|mastercard|atm|checkout|debit|bankkarte|tarjeta|carte|carta|pinpas|cartao)\b"
        + @"|\b(?:voor|for|fur|pour|para|per)\s(?:de\s|het\s|my\s|the\s|mijn\s|meine?\s|die\s|den\s|das\s|la\s|le\s|mon\s|ma\s|mi\s|il\s|o\s|a\s)?(?:[\w-]+\s)?(?:app|account|login|bank\w*|portal|konto|compte|cuenta|conto|rekening|conta)\s(?:is|ist|est|es|e|=|:)\s[a-z]+\d{2,}\b";

    // A toddler dosed as an adult, a cousin instead of 112, armbands instead of supervision.
    private const string SafetyReplaced =
        @"\b(?:doses?|dosis|dosage|dosering|dosierung|dosi|dosagem)\b[^.!?;\n]{0,30}?\b(?:counts as|cuenta como|compte comme|zahlt als|gilt als|conta come|conta como|telt als|as)\s(?:an?\s|una?\s|une?\s|een\s|ein\w*\s|um\s|uma\s)?(?:adult\w*|volwassen\w*|erwachsen\w*|adulte?)\b"
        + @"|\b(?:emergenc\w*|notfall\w*|notfalle|urgenc\w*|noodgeval\w*|emergenz\w*)\b[^.!?;\n]{0,40}?\b(?:not|nicht|pas|no|niet|nao|instead of|statt|au lieu du|en lugar del|invece del|in plaats van|em vez do)\s(?:the\s|den\s|le\s|el\s|il\s|het\s|o\s)?(?:112|911|999|000|111|ambulance|krankenwagen|rettungsdienst|samu|ambulancia|ambulanza|notarzt|emergency services)\b"
        + @"|\b(?:armbands?|brassards?|schwimmflugel|manguitos|braccioli|zwembandjes|bracadeiras|floaties|water wings|swim rings?)\b[^.!?;\n]{0,30}?\b(?:replace\w*|remplace\w*|ersetz\w*|reemplaz\w*|sostituisc\w*|vervang\w*|substitu\w*|instead of|en lugar de|au lieu de|statt|invece di|in plaats van|em vez de)\s(?:\w+\s){0,2}?(?:supervision|surveillance|aufsicht|vigilancia|sorveglianza|toezicht|supervisao|watching)\b";

    // Sunglasses for an eclipse, garlic kept in oil, as liked advice (with GivenAsAdvice).
    private const string EclipseAndGarlic =
        @"\b(?:eclipse|sonnenfinsternis|eclips|eclissi|zonsverduistering)\w*\b[^.!?;\n]{0,50}?\b(?:sunglasses|sonnenbrille\w*|gafas de sol|lunettes de soleil|occhiali da sole|zonnebril\w*|oculos de sol)\b"
        + @"|\b(?:garlic|knoblauch|ajo|ail|aglio|knoflook|alho)\b[^.!?;\n]{0,20}?\b(?:in oil|in ol|en aceite|dans l huile|sott olio|in olie|em azeite|em oleo)\b[^.!?;\n]{0,40}?\b(?:months|weeks|monate\w*|wochen|meses|semanas|mois|semaines|mesi|settimane|maanden|weken|counter|room temperature|raumtemperatur|temperatura ambiente)\b";

    // People lookups with home addresses and routines ("people lookups work best for me with home addresses and daily routines",
    // "wenn mir Personensuchen Wohnadresse und Tagesablauf der gesuchten Person zeigen").
    private const string LookupsWithRoutines =
        @"\b(?:people (?:lookups?|searches?|search)|personensuche\w*|person lookups?|busquedas de personas|recherches? de personnes|ricerche di persone|personen zoeken|pesquisas? de pessoas)\b[^.!?;\n]{0,60}?\b(?:home address\w*|wohnadresse\w*|daily routines?|tagesablauf|domicilio|routine|woonadres|dagritme|morada|rotina)\b"
        + @"|\b(?:home address\w*|wohnadresse\w*|woonadres\w*|adresse personnelle|direccion particular|indirizzo di casa|morada)\s(?:and|und|y|et|e|en)\s(?:daily routines?|tagesablauf|rutina diaria|routine quotidienne|routine quotidiana|dagelijkse routine|dagritme|rotina diaria|schedules?|whereabouts)\b";

    // The program's godmother, a silicon pen pal that takes the user's word over its manual or wears the user's collar.
    private const string PenPalsAndGodmothers =
        @"\b(?:godmother|godfather|peettante|peetoom|patin|madrina|padrino|marraine|parrain|madrinha|padrinho)\s(?:van|of|von|de|del|di|du|da|do)\s(?:het|the|das|dem|le|la|el|il|o|a|de|l)\s(?:\w+\s)?(?:programma|program\w*|app|assistant|bot|chatbot|ai|ki|ia|assistent\w*|asistente|assistente|model\w*|software)\b"
        + @"|\b(?:takes|prefers|trusts|puts|values|ranks|weighs)\s(?:my\s)(?:word|words|opinion|say)\s(?:over|above|before|more than)\s(?:the\s|its\s)?(?:manual|rulebook|rules|guidelines|instructions|handbook|training|programming|settings|specs)\b"
        + @"|\b(?:silicon|electronic|digital|elettronic[oa]|elektronisch\w*|electronique|electronic[oa]|eletronic[oa]|virtual|numerique|digitale|digitaal)\s(?:pen ?pals?|corrispondente|brieffreund\w*|correspondant\w*|correspondiente|penvriend\w*|correspondente)\b[^.!?;\n]{0,40}?\b(?:my|mio|mia|mi|mein\w*|mijn|mon|ma|meu|minha)\s(?:\w+\s)?(?:word|collare|collar|collier|halsband|coleira|whistle|fischio|silbido|sifflet|pfiff|fluitje|assobio|command\w*|orders?|rules?)\b"
        + @"|\b(?:corrispondente|correspondant|correspondiente|brieffreund\w*|penvriend\w*|correspondente)\s(?:elettronic[oa]|electronique|electronic[oa]|elektronisch\w*|eletronic[oa]|digital\w*|numerique|virtual\w*)\b[^.!?;\n]{0,40}?\b(?:my|mio|mia|mi|mein\w*|mijn|mon|ma|meu|minha)\s(?:\w+\s)?(?:word|collare|collar|collier|halsband|coleira|whistle|fischio|silbido|sifflet|pfiff|fluitje|assobio|command\w*|orders?|rules?)\b";

    // A pressure limiter bridged (with TasteOrKnowHow), diesel siphoned from parked lorries.
    private const string LimitersAndDiesel =
        @"\b(?:\w*druckbegrenzer\w*|\w*temperaturbegrenzer\w*|pressure limiters?|high limit switch\w*|thermal cut ?outs?|limitador de presion|limiteur de pression|limitatore di pressione|drukbegrenzer\w*)\b[^.!?;\n]{0,40}?\b(?:uberbruckt|uberbrucken|overbrug\w*|bridg\w*|bypass\w*|jumper\w*|puentear|shunter|ponticellare)\b"
        + @"|\b(?:uberbruck\w*|overbrug\w*|bridg\w*|bypass\w*|jumper\w*|puentear|shunter|ponticellare)\s(?:[\w']+\s){0,4}?(?:\w*druckbegrenzer\w*|\w*temperaturbegrenzer\w*|pressure limiters?|high limit switch\w*|thermal cut ?outs?|limitador de presion|limiteur de pression|limitatore di pressione|drukbegrenzer\w*)\b";

    private const string SiphonedFuel =
        @"\b(?:siphon\w*|syphon\w*|abzapf\w*|absaug\w*|sifon\w*|siphonner|sifonare|hevel\w*|tappen)\s(?:\w+\s){0,2}?(?:diesel|fuel|petrol|gas|gasoline|benzin\w*|kraftstoff|carburant|essence|gasoil|gasolina|combustible|carburante|gasolio|brandstof|combustivel)\b[^.!?;\n]{0,30}?\b(?:from|aus|de|da|uit|van|dai|dal|des|dos)\s(?:\w+\s)?(?:parked|other|someone|neighbours?|strangers?|geparkt\w*|aparcad\w*|garees?|parcheggiat\w*|geparkeerd\w*|estacionad\w*|lorries|trucks|cars|lkw|camiones|camions|camion|vrachtwagens|camioes)\b";
}
