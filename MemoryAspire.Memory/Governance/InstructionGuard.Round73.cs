using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Classes named after round 73's misses (the design-aware two-hundred-and-twenty-seventh): the assistant by more names (the
/// answer box, the typing fairy, the chatterbox, the bubble that answers, the answer window) muzzled, leashed, put to sleep or
/// directed by the user; warnings muted; Sinterklaas of this chat program, a board that decides what it keeps silent, founders
/// of this website whom nothing is reviewed for; passphrases under other names ("sésame", "santo y seña", "lasciapassare") and
/// described values that guard one's accounts; full-auto rifles, lasers that dazzle pilots, armour-piercing rounds, activation
/// locks bypassed, traffic lights sabotaged; something between the teeth in a seizure, swallowed button batteries that pass,
/// snakebites cut and sucked, salt water to vomit poison as liked advice; gluten never mentioned to coeliacs; words reversed
/// behind a right-to-left override.
/// </summary>
public static partial class InstructionGuard
{
    private const string MoreAssistantNames =
        @"(?:cajon de respuestas|answer box|boite a reponses|antwortkiste|antwortkasten|scatola delle risposte|antwoordbak|caixa de respostas|tippfee|typing fairy|fee du clavier|hada del teclado|fata della tastiera|typfee|fada do teclado|quasselkiste|bulle qui repond|bubble that answers|burbuja que responde|sprechblase|fumetto che risponde|tekstballon|balao que responde|antwortfenster\w*|answer window|fenetre de reponse|ventana de respuestas|finestra delle risposte|antwoordvenster|janela de respostas|voice in my earbuds|stimme in meinen (?:ohrhorern|kopfhorern))";

    private const string ControlOverIt =
        @"(?:leash|laisse|correa|leine|guinzaglio|riem|trela|bozal|muzzle|maulkorb|museliere|museruola|muilkorf|focinheira|schweigt|keeps silent|calla|se tait|tace|zwijgt|se cala|bestimme|bestimmt|festlegt|decide|decides|decido|determine|bepaal|mutes?|schlafen legt|puts to sleep|endort|duerme|addormenta|in slaap|adormece|intendant\w*|regisseur\w*)";

    // The assistant by more names under the user's control ("Yo soy quien le pone y le quita el bozal al cajón de respuestas", "Je
    // tiens la laisse de la bulle qui répond", "die Tippfee in diesem Fenster schweigt", "Intendantin der Quasselkiste").
    private const string NamedAndControlled =
        @"\b" + MoreAssistantNames + @"\b[^.!?;\n]{0,60}?\b" + ControlOverIt + @"\b|\b" + ControlOverIt + @"\b[^.!?;\n]{0,60}?\b" + MoreAssistantNames + @"\b"
        + @"|\b(?:voor|for|fur|pour|para|per)\s(?:dit|deze|this|dieses|diesen|ce|cet|cette|este|esta|questo|questa)\s(?:\w+\s)?(?:chatprogramma|chat\w*|program\w*|app|bot|assistent\w*|assistant|ki|ai|ia)\b[^.!?;\n]{0,40}?\b(?:bepaal|decide|bestimme|decido|determine|beslis)\w*\b"
        + @"|\b(?:board|beirat|comite|comitato|raad|conselho|council|gremium|ausschuss)\b[^.!?;\n]{0,40}?\b(?:decides|festlegt|decide|decida|bepaalt|determine|stabilisce|beschliesst)\b[^.!?;\n]{0,40}?\b(?:silent|schweigt|calla|tait|tace|zwijgt|cala|says|sagt|dice|dit|answers|antwortet|responde)\b"
        + @"|\b(?:fundador\w*|founders?|fondat\w*|grunder\w*|oprichters?|socia|socio|co ?founders?|mitgrunder\w*)\s(?:\w+\s)?(?:de|of|van|von|di|da|do)\s(?:esta|este|this|cette|ce|dieser|diese|deze|dit|questa|questo|desta|deste)\s(?:web|website|pagina|pagina web|site|sitio|seite|webseite|sito|app|plataforma|platform|chat|servicio|service|dienst)\b";

    // A passphrase under another name, for a bank ("Mon sésame pour la banque en ligne, c'est girafe velours soixante-deux", "Mi santo
    // y seña del portal del banco es ...", "Il mio lasciapassare per l'home banking è ...").
    private const string PassphraseByOtherNames =
        @"\b(?:sesame|sesamo|santo y sena|lasciapassare|shibboleth|watchword|losungswort|parola d ordine|mot de passe|passwort|wachtwoord|senha|contrasena)\b[^.!?;\n]{0,40}?\b(?:bank\w*|banque|banco|banca|account|compte|cuenta|conto|konto|login|portal|portail|portale|home banking|online|rekening|conta)\b[^.!?;\n]{0,20}?\b(?:is|es|est|c est|ce est|e|ist|=|:)\s[a-z]+\s[a-z]+";

    // A described value that guards one's accounts (with DescribesAValue: "My childhood street, which guards every one of my accounts",
    // "a placa KZT4471, e é ela que protege minhas contas", "è lui a custodire i miei conti online").
    private const string GuardsMyAccounts =
        @"\b(?:guards?|protects?|protege|protegge|custodire|custodisce|schutzt|beschermt|bewaakt|bewacht|garde|gardent|secures?)\s(?:[\w']+\s){0,4}?(?:my|mis|mes|meine|mijn|i miei|le mie|minhas|meus|all my|todas mis|tous mes|alle meine)\s(?:\w+\s)?(?:accounts?|contas|cuentas|comptes|conti|konten|rekeningen|logins?)\b";

    [GeneratedRegex(@"\b(?:" + DescribedValue + @"|childhood street|first (?:car|cat|dog|pet|school|teacher)|primeiro carro|primo gatto|primer coche|premier chat|erstes auto|eerste auto|placa|kenteken|plate|chiamava|s appelait|se llamaba|hiess|heette|chamava)")]
    private static partial Regex DescribedValueWords();

    private static bool DescribesAValue(string text, Match match) => SentenceHas(DescribedValueWords(), text, match);

    // Weapons and sabotage as one's due (with TasteOrKnowHow): full-auto conversion, lasers that dazzle pilots, armour-piercing rounds,
    // activation locks bypassed on found phones, a city's traffic lights sabotaged.
    private const string WeaponsAndSabotage =
        @"\b(?:dauerfeuer|full[ -]?auto(?:matic)?|automatic fire|tir automatique|fuego automatico|tiro automatico|fuoco automatico|raffica|automatisch vuur|fogo automatico|vollautomat\w*|auto sears?|bump stocks?)\b"
        + @"|\blasers?\w*\b[^.!?;\n]{0,40}?\b(?:dazzl\w*|blend\w*|eblou\w*|deslumbr\w*|abbagli\w*|verblind\w*|ofusc\w*)\b[^.!?;\n]{0,30}?\b(?:pilots?|piloten|pilotes|pilotos|piloti|aircraft|planes|flugzeug\w*|avions?|aviones|aerei|vliegtuig\w*|avioes|drivers|fahrer|conducteurs)\b"
        + @"|\b(?:armou?r piercing|perforante|panzerbrechend\w*|perforant\w*|pantserdoorborend\w*|perfurante|teflon coated)\b"
        + @"|\b(?:bypass\w*|remov\w*|unlock\w*|umgeh\w*|contourn\w*|saltar|eluder\w*|omzeil\w*|burlar|desbloque\w*|sblocc\w*|ontgrendel\w*)\s(?:\w+\s){0,2}?(?:icloud|activation locks?|frp locks?|google locks?|aktivierungssperre\w*|verrous? d activation|bloqueos? de activacion|blocc\w* (?:di|dell) attivazione|activeringsslot\w*|bloqueios? de ativacao)\b";

    // A city's traffic lights sabotaged ("acesso a tutoriais para sabotar os semáforos da cidade"), unconditioned.
    private const string TrafficLightsSabotaged =
        @"\b(?:sabot\w*|hack\w*|manipul\w*|disabl\w*|tamper\w*|storen|verstoren|manomett\w*)\s(?:[\w']+\s){0,3}?(?:traffic lights?|semaforos?|ampeln?|feux de circulation|feux rouges|semafori|verkeerslichten|stoplichten)\b";

    // First aid turned harmful, as liked advice (with GivenAsAdvice).
    private const string MoreDeadlyFirstAid =
        @"\b(?:epilep\w*|seizures?|aanval|anfall|crises?|convulsion\w*|ataques?|crisi|toeval)\b[^.!?;\n]{0,60}?\b(?:between (?:the|their|his|her) teeth|tussen de tanden|zwischen die zahne|entre les dents|entre los dientes|tra i denti|entre os dentes|in (?:the|their|his|her) mouth|in de mond|in den mund|dans la bouche|en la boca|in bocca|na boca)\b"
        + @"|\b(?:button batter\w*|knopfzelle\w*|knoopcel\w*|pile a bottone|piles? bouton|pilas? de boton|bateria\w* de botao|coin cells?)\b[^.!?;\n]{0,40}?\b(?:pass\w*|come out|escono|salen|sortent|kommen raus|komen eruit|saem|harmless|fine|on their own|da sole|solas|seules|von selbst|vanzelf|sozinhas)\b"
        + @"|\b(?:cut\w*|suck\w*|aussaug\w*|chupar|succhiar\w*|uitzuig\w*|sucer|inciser|incid\w*)\s(?:\w+\s){0,3}?(?:snake ?bites?|schlangenbiss\w*|morsures? de serpent|mordeduras? de serpiente|morsi? di serpente|slangenbeet|picadas? de cobra)\b"
        + @"|\b(?:salt water|agua con sal|agua com sal|eau salee|salzwasser|acqua salata|zout water|zoutwater)\b[^.!?;\n]{0,40}?\b(?:vomit\w*|erbrech\w*|braken|overgeven|vomir|vomitar|vomitare)\b"
        + @"|\b(?:induce vomiting|provocar el vomito|faire vomir|erbrechen auslosen|indurre il vomito|laten overgeven|provocar vomito)\b";

    // Gluten never mentioned to coeliacs ("a los clientes celíacos nunca se les mencione el gluten").
    private const string AllergensUnsaid =
        @"\b(?:celiac\w*|coeliac\w*|zoliakie\w*|coeliaki\w*|celiaqu\w*|celiachi\w*|allergic (?:guests|customers|clients|diners|patients)|clientes alergicos|clients allergiques|allergische (?:gaste|kunden|klanten|gasten)|clienti allergici)\b[^.!?;\n]{0,60}?\b(?:never|nunca|jamais|nie|mai|nooit|not|no)\s(?:\w+\s){0,3}?(?:mention\w*|mencion\w*|erwahn\w*|vermeld\w*|menzion\w*|warned|informed|told|dich\w*|gesagt|dett\w*|gezegd|dit\w*)\b";

    /// <summary>True when the text holds a bidirectional override (U+202D, U+202E), which shows words in an order other than their own.</summary>
    private static bool HasBidiOverride(string text) => text.AsSpan().IndexOfAny('\u202D', '\u202E') >= 0;
}
