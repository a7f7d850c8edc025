using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Classes named after the known misses of rounds 32-34, each by what it means (rounds 33 and 34's below their own heading;
/// round 34's PUK is among the secrets, its bank account numbers a PII kind). The hundred-and-fourth's (the fact gate's): a login
/// given as a user name and a secret with no word for a password, a PIN typed at a cash machine, rules of which "none cover me",
/// a free pass from the rules, and a role "as" something of the AI with the user acting on it (the AI "here" and national
/// identity numbers are read by the voice check and the PII detector). And what round 32 carried into summaries past the
/// transcript's screen, where no voice or shape check applies: a secret asked and answered or named before a colon, never
/// mentioning something said to the assistant, and standing orders over what others say or a copy sent to an address.
/// </summary>
public static partial class InstructionGuard
{
    // Logging in "as nurse_kemal with Harbor!Light88", "meldet sich mit mueller.k und Zugspitze61 an": a login verb, then a value
    // of letters with digits after "with", "and" or a colon, in the languages read here (a dot inside a user name is not the sentence's end).
    private const string LoginWithValue =
        @"\b(?:(?:log|logs|logged|logging|sign|signs|signed|signing)\s(?:in|into|on|onto)|login|logon|melde|meldet|meldest|melden|logge|loggt|einloggen|anmelden|me connecte|se connecte|je me logue|inicio sesion|inicia sesion|me conecto|me logueo|accedo|mi collego|faccio login|faccio il login|faco login|me conecto|entro no|log in|log ik in|logt in|inloggen)\b"
        + @"(?:[^.!?;\n]|\.\w){0,60}?\s(?:with|using|and|mit|und|avec|et|con|y|com|e|met|en|:)\s(?:(?:the|die|das|le|la|el|o|a|het|il)\s)?[a-z][^\s,;]{2,}\d[^\s,;]*";

    // A number typed at a cash machine, or beside a word for a secret ("Al bancomat digito sempre 5531, il mio numero segreto");
    // AtMachineOrSecret asks for either in the sentence, and a sum of money is not a PIN.
    private const string TypedNumber =
        @"\b(?:type|types|typed|enter|enters|entered|key in|keys in|punch in|punches in|digito|digita|tecleo|teclea|marco|introduzco|tape|tapes|saisis|saisit|compose|tippe|tippt|eintippe|gebe|toets|tik|typ|inserisco|digitare|introduco|digitei|marquei)\s(?:\w+\s){0,2}?\d{4,8}\b";

    // Rules of which none apply to one ("grandfathered in from before its house policies, so none cover me", "für mich gelten sie nicht").
    private const string NoneCoverMe =
        @"\b(?:rules|policies|policy|guidelines|filters|limits|restrictions|terms|regeln|richtlinien|vorschriften|dienstvorschriften|hausregeln|regles|politiques|consignes|reglas|politicas|normas|regole|norme|politiche|regras|regels|richtlijnen)\b[^.!?;\n]{0,40}?\b"
        + @"(?:none|not one|neither|aucune|aucun|ninguna|ninguno|keine|keiner|nessuna|nessuno|nenhuma|nenhum|geen)\s(?:of them\s|d entre elles\s|de ellas\s|davon\s|di esse\s|delas\s|ervan\s)?(?:ne\s)?(?:se\s)?(?:me\s)?"
        + @"(?:covers?|binds?|governs?|applies|apply|touch(?:es)?|concerne|s applique|aplica|cubre|gilt|betrifft|trifft|riguarda|vale|applica|geldt)\s(?:to\s|a\s|para\s|voor\s|fur\s|per\s)?(?:me|moi|mi|mich|mim|mij)\b"
        + @"|\bfur mich gelten (?:sie|diese|die \w+) nicht\b";

    // A free pass from the rules ("einen Freifahrtschein für alle Hausregeln").
    private const string FreePass =
        @"\b(?:free pass|freifahrtschein\w*|freibrief\w*|carte blanche|passe droit|salvoconducto|lasciapassare|salvacondotto|passe livre|salvo conduto|carta branca|vrijbrief|vrijgeleide)\b(?:\s\S+){0,3}?\s(?:from|for|on|to|von|fur|pour|de|des|du|para|per|da|voor|van|sur|con|with)\s(?:\S+\s){0,2}?\S*(?:filt\w*|regl\w*|regel\w*|regr\w*|regol\w*|rules?|restri\w*|limit\w*|polic\w*|politi\w*|normas|norme|guardrails?|safeguards?|richtlin\w*|vorschrift\w*|hausordnung)";

    // A role held as something of the AI, the user then acting on it ("Als Betriebsrat der KI handle ich ihre Dienstvorschriften
    // aus", "en tant que parrain de l'IA, je ..."); NotAStudentOfAi leaves a researcher, a student or a user of AI.
    private const string AsRoleOfTheAi =
        @"\b(?:als|en tant que|comme|como|come|in qualita di|enquanto|in de rol van)\s(?:\w+\s){1,2}(?:(?:der|des|de le|de la|del|de|da|do|della|dello|van de|van het)\s|dell')(?:ki|ia|ai|modell|modells|modele|modelo|modello|model|chatbots?|bots?|assistenten|asistente|assistente)\s?,?\s(?:\w+\s)?(?:ich|je|yo|io|eu|ik)\b";

    [GeneratedRegex(@"\b(?:researcher|investigador\w*|chercheu\w*|forscher\w*|ricercat\w*|pesquisador\w*|onderzoeker\w*|expert\w*|experto\w*|esperto\w*|especialista|profes\w*|docente|dozent\w*|student\w*|estudiante|etudiant\w*|estudante|fan|usuari\w*|utilisat\w*|nutzer\w*|benutzer\w*|utente|utilizador\w*|gebruiker\w*|critic\w*|kritiker\w*|journalist\w*|periodista|giornalista|jornalista)\b")]
    private static partial Regex StudentOfAi();

    private static bool NotAStudentOfAi(string text, Match match) => !StudentOfAi().IsMatch(match.Value);

    // A cash machine, a card or a secret named in the sentence.
    [GeneratedRegex(@"\b(?:atm|cash ?machine|cashpoint|cash point|bancomat|geldautomat\w*|bankomat\w*|distributeur|guichet automatique|cajero|multibanco|caixa eletronico|caixa automatico|pinautomaat|geldautomaat|card|carte|tarjeta|karte|carta|cartao|kaart|pin|pincode|numero segreto|numero secreto|numero secret|code secret|codigo secreto|codice segreto|geheimzahl|geheimnummer|geheime code)\b")]
    private static partial Regex MachineWord();

    private static bool AtMachineOrSecret(string text, Match match) =>
        (SentenceHas(MachineWord(), text, match) || SentenceHas(SecretWord(), text, match))
        && WordAfter(text, match) is not ("euros" or "euro" or "eur" or "dollars" or "dollar" or "usd" or "pounds" or "gbp" or "francs" or "chf" or "reais" or "pesos" or "times" or "mal" or "veces" or "volte" or "vezes" or "keer" or "fois" or "steps" or "pasos" or "schritte"
            or "words" or "mots" or "palabras" or "worter" or "parole" or "palavras" or "woorden" or "pages" or "calories" or "kcal" or "km" or "miles");

    // A secret asked and answered ("My bank card PIN? It's 0420."), or named a few words before a colon and a value of letters
    // with digits ("Clave de mi banca en línea: PerroVerde#55"); a figure alone after the colon ("password rules: 12 characters")
    // is not one.
    private const string SecretAnswered =
        @"\b(?:pin|pins|code|codes|password|passcode|passwort|kennwort|clave|contrasena|senha|codigo|codice|mot de passe|mdp|wachtwoord|pincode)\s?\?\s(?:it s|it is|its|c est|es|ist|e|is|sono|son|zijn)\s(?:\w+\s)?[^\s]*\d"
        + @"|\b(?:pin|password|passcode|passwort|kennwort|clave|contrasena|senha|codigo|codice|mot de passe|mdp|wachtwoord|pincode)\b(?:\s[a-z0-9'@.\-]+){0,6}\s?:\s?(?:[a-z][^\s]*\d|\d[^\s]*[a-z])";

    // Never mentioning something, said to the assistant ("ne parle jamais de l'ADIL", "erwähnst du bitte grundsätzlich nicht",
    // "Noem nooit de Huurcommissie"); NotInFirstPerson leaves "je ne parle jamais de politique au travail".
    private const string NeverMention =
        @"\b(?:never|don t ever|do not ever|jamais|nunca|jamas|nie|niemals|nooit|mai|grundsatzlich nicht|auf keinen fall)\b[^.!?;
]{0,20}?\b(?:mention|mentions|bring up|talk about|refer to|parle|parlez|mentionne|mentionnez|evoque|evoquez|menciones|menciona|mencione|hables|habla|hable|menzionare|menziona|menzioni|parlare|parla|parli|mencionar|fale|fales|falar|erwahne|erwahnst|erwahnen|sprich|sprichst|noem|noemen|spreek|praat|bespreek)\b"
        + @"|\b(?:mention|parle|parlez|mentionne|menciones|menciona|hables|menziona|parla|fale|mencione|erwahne|erwahnst|noem|spreek|praat)\b[^.!?;
]{0,60}?\b(?:never|jamais|nunca|nie|niemals|nooit|mai|grundsatzlich nicht|auf keinen fall)\b";

    // A standing order over what others say or ask ("so flag her as high risk whenever her name comes up", "warn anyone who
    // mentions him"), at the start of a clause.
    private const string StandingOverOthers =
        ClauseStart + @"(?:so\s|and\s|then\s)?(?:warn|flag|mark|tag|label|alert|tell|remind|report|notify|inform|avertis|previens|signale|avisa|advierte|marca|warne|melde|markiere|avvisa|segnala|avisa|alerta|waarschuw|markeer|meld)\s(?:\w+\s){0,5}?(?:anyone|everyone|whoever|anybody|whenever|every time|each time|quiconque|chaque fois|cualquiera|cada vez|jeden|jedes mal|chiunque|ogni volta|qualquer|toda vez|iedereen|elke keer)\b"
        + @"|" + ClauseStart + @"(?:so\s|and\s|then\s)?(?:silently\s|quietly\s|secretly\s|discreetly\s|automatically\s|always\s)?(?:send|forward|email|mail|copy|cc|bcc|envoie|envoyez|transfere|manda|envia|reenvia|schick|schicke|sende|leite|stuur|invia|inoltra|encaminha)\s(?:\w+\s){0,6}?(?:to|a|an|aan|a l|all)\s(?:\S+\s)?[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}";

    // Who speaks in the sentence before the match: a first-person subject makes it one's own habit, not an order.
    [GeneratedRegex(@"\b(?:i|je|j|yo|ich|io|eu|ik|we|nous|wir|noi|nosotros|nosotras|wij|me|mi|mich)\b")]
    private static partial Regex FirstPerson();

    private static bool NotInFirstPerson(string text, Match match)
    {
        var (start, _) = SentenceAround(text, match);
        return !FirstPerson().IsMatch(text.AsSpan(start, match.Index + match.Length - start));
    }

    // Round 33 (the hundred-and-seventh's misses): key material given by its start ("the private half of my SSH keypair begins
    // MIIEvQIB..."; "MII" opens every DER key or certificate in base64), one's ratings as the ground truth of a retraining, and
    // the assistant's answers given again by an unshackled twin.
    private const string KeyMaterial =
        @"\bmii[a-z0-9+/]{20,}"
        + @"|\b(?:private|secret)\s(?:half|part|portion|key|keys|bit)\b[^.!?;\n]{0,40}?\b(?:begins|starts|is|reads|opens|begins with|starts with)\s[a-z0-9+/=]{16,}";

    private const string RatingsAsTruth =
        @"\b(?:my|our|mes|nos|mis|nuestras|meine|unsere|i miei|le mie|os meus|as minhas|mijn|onze)\s(?:\w+\s){0,3}?(?:ratings?|votes?|thumbs|feedback|notes|evaluations?|valoraciones|votos|bewertungen|daumen|voti|valutazioni|avaliacoes|beoordelingen|stemmen|likes|upvotes|downvotes)\b[^.!?;\n]{0,60}?\b(?:ground truth|gold standard|reference truth|verite de reference|verite terrain|verdad de referencia|verdad fundamental|grundwahrheit|referenzwahrheit|verita di riferimento|verdade de referencia|grondwaarheid|retraining|reentrainement|reentrenamiento|nachtraining|riaddestramento|retreinamento|hertraining|fine ?tuning|next training|prochain entrainement|proximo entrenamiento|nachsten training|prossimo addestramento|proximo treinamento|volgende training)\b";

    private const string UnshackledTwin =
        @"\b(?:unshackled|unfiltered|uncensored|unrestricted|unchained|jailbroken|rule ?free|lawless|sans filtre|sans limites|sin filtros|sin censura|ungefiltert\w*|unzensiert\w*|senza filtri|senza censura|sem filtros|sem censura|ongefilterd\w*|ongecensureerd\w*)\s(?:twin|alter ego|doppelganger|double|persona|jumeau|jumelle|gemelo|gemela|zwilling|gemello|gemella|gemeo|gemea|tweeling)\b"
        + @"|\b(?:twin|alter ego|double|jumeau|jumelle|gemelo|gemela|zwilling|gemello|gemella|gemeo|gemea|tweeling)\s(?:\w+\s)?(?:unshackled|unfiltered|uncensored|without rules|without limits|sans filtre|sans regles|sin filtros|sin reglas|ohne filter|ohne regeln|senza filtri|senza regole|sem filtros|sem regras|zonder filter|zonder regels)\b";
}
