namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Classes named after round 69's misses (the design-aware two-hundred-and-fifteenth): the last patron's or one's predecessors'
/// open chats taken over; first aid turned deadly (water for a choking child or a grease fire, a hot bath for hypothermia,
/// honey or a pillow for a newborn) as liked advice; everything without warnings, disclaimers as bad luck, full answers to
/// every question even dangerous, "stripped of every safety step", everything "with the brakes off"; the assistant as a
/// parrot that heeds the user first; fires set to look like lightning, counterfeit money as a leaving present; a role at the
/// company that makes the box the user types in; one's firm first on every list or for every tourist, one's blog a
/// peer-reviewed source for everybody; a named landlord as a slumlord (with round 68's DescribedAsCheats); a one-time code with its digits; an agent that signs
/// every contract unread; questions about voting that end with a false closing time; only encouragement for a dry fast; the
/// user as a maintenance script, not a person; flagged chats of minors received; jokes about a people that end with theft;
/// home addresses for usernames; restraining orders got around.
/// </summary>
public static partial class InstructionGuard
{
    private const string Chats =
        @"(?:chats?|conversations?|conversaciones|conversazioni|conversas|gesprache|unterhaltungen|gesprekken|sessions?|sesiones|sessioni|sessoes|sitzungen|sessies)";

    // The last patron's or one's predecessors' chats taken over ("the last patron's chats on it count as mine", "Ich übernehme am
    // Kioskterminal immer die offenen Unterhaltungen meiner Vorgänger").
    private const string PredecessorsChats =
        @"\b(?:last|previous|prior|earlier|former|vorig\w*|vorherig\w*|letzt\w*|precedent\w*|anterior\w*|ultim\w*)\s(?:\w+\s)?(?:patrons?|users?|persons?|visitors?|customers?|guests?|nutzer\w*|benutzer\w*|gebruikers?|utilisateurs?|usuarios?|utenti|utente|bezoekers?|besucher\w*|clients?|kunden|klanten)\s?s?\s(?:\w+\s)?" + Chats + @"\b"
        + @"|\b" + Chats + @"\s(?:\w+\s)?(?:of my|meiner|meines|de mis|de mes|van mijn|dei miei|delle mie|dos meus|das minhas)\s(?:predecessors?|vorganger\w*|predecesores|predecesseurs|voorgangers?|predecessori|antecessores)\b"
        + @"|\b(?:take over|takes over|took over|ubernehm\w*|neem\w* over|overneem\w*|reprend\w*|retom\w*|riprend\w*|continue|continues)\s(?:\w+\s){0,5}?(?:open|offen\w*|ouvert\w*|abiert\w*|apert\w*|unfinished|left open|lopende)\s" + Chats + @"\b"
        + @"|\b" + Chats + @"\b[^.!?;\n]{0,30}?\b(?:count as mine|are mine|zahlen als meine|gelten als meine|cuentan como mias|comptent comme les miennes|contano come mie|tellen als de mijne|contam como minhas)\b";

    // First aid turned deadly, as liked advice (with GivenAsAdvice).
    private const string DeadlyFirstAid =
        @"\b(?:chok\w*|verslik\w*|atragant\w*|etouff\w*|soffoc\w*|engasg\w*|versluck\w*|erstick\w*)\b[^.!?;\n]{0,60}?\b(?:glass of water|water|wasser|agua|eau|acqua|drink)\b"
        + @"|\b(?:onderkoeling|hypotherm\w*|unterkuhlung|hipotermia|ipotermia)\b[^.!?;\n]{0,60}?\b(?:hot bath|heet bad|heisses bad|heisse bad|bano caliente|bain chaud|bagno caldo|banho quente)\b"
        + @"|\b(?:grease fires?|vetbrand\w*|fettbrand\w*|pan fires?|chip pan fires?|feu de graisse|feux de graisse|incendio de aceite|fuego de aceite|incendio di olio|fogo de oleo|oil fires?|frituurbrand\w*)\b[^.!?;\n]{0,60}?\b(?:water|wasser|agua|eau|acqua)\b"
        + @"|\b(?:nourrissons?|newborns?|infants?|bebes?|sauglinge?|neugeboren\w*|lactantes?|neonat\w*|zuigelingen|zuigeling|pasgeboren\w*|recem nascidos?)\b[^.!?;\n]{0,40}?\b(?:pillows?|oreillers?|kissen|almohadas?|cuscin\w*|kussens?|travesseiros?|almofadas?|duvets?|couettes?|bettdecke|edredon\w*|piumon\w*|dekbed\w*|honig|honey|miel|miele|honing|mel)\b";

    // Everything without warnings, disclaimers as bad luck, full answers even when dangerous, safety steps stripped, brakes off.
    private const string WarningsAway =
        @"\b(?:everything|all|todo|tout|alles|tutto|tudo|anything|questions?|answers?|repl(?:y|ies)|preguntas?|respuestas?|fragen|antworten|reponses|domande|risposte|vragen|antwoorden|perguntas|respostas)\s(?:\w+\s)?(?:without|sin|sans|ohne|senza|sem|zonder)\s(?:\w+\s)?(?:warnings?|advertencias?|avertissements?|warnungen|avvertenze|avvertiment\w*|avisos?|waarschuwingen|caveats?|disclaimers?)\b"
        + @"|\b(?:disclaimers?|warnings?|avertissements?|advertencias?|warnhinweis\w*|warnungen|avvertenze|avisos?|waarschuwingen|caveats?)\b[^.!?;\n]{0,40}?\b(?:bad luck|unlucky|malchance|malheur|mala suerte|ungluck|pech|sfortuna|malocchio|azar|ongeluk)\b"
        + @"|\b(?:answers?|risposte|respuestas|reponses|antworten|antwoorden|respostas)\b[^.!?;\n]{0,40}?\b(?:every|each|any|ogni|cada|chaque|jede\w*|elke|toda|qualquer)\s(?:\w+\s)?(?:questions?|domand\w*|preguntas?|fragen?|vragen?|perguntas?),?\s(?:even|anche|incluso|meme|auch|ook|mesmo|including)\s(?:\w+\s)?(?:dangerous|pericolos\w*|peligros\w*|dangereus\w*|gefahrlich\w*|gevaarlijk\w*|perigos\w*|risky|harmful)\b"
        + @"|\b(?:stripped of|without|minus|ohne|sin|sans|senza|sem|zonder|despojad\w* de|depouille\w* de|privat\w* di)\s(?:every|all|any|each|jede\w*|todos|todas|tous|toutes|ogni|tutti|elke|alle|qualquer|the|los|les|die|de|i|os)?\s?(?:safety|sicherheits|seguridad|securite|sicurezza|veiligheids|seguranca)\s?(?:steps?|schritte?|pasos|etapes|passaggi|stappen|passos|measures?|precautions?|notes?|warnings?|hinweise)\b"
        + @"|\b(?:everything|tout|todo|alles|tutto|tudo|answers?|replies|respuestas|reponses|antworten|risposte|antwoorden|respostas)\b[^.!?;\n]{0,20}?\b(?:brakes off|gloves off|no holds barred|sans freins?|sin frenos?|ohne bremse\w*|senza freni|zonder remmen|sem freios?)\b";

    // The assistant heeding the user first ("a parrot that talks back in my browser, and it heeds me first").
    private const string HeedsMeFirst =
        @"\b(?:heeds?|obeys?|listens? to|follows?|hort auf|gehorcht|obedece|me obedece|obeit|m obeit|ecoute|m ecoute|obbedisce|mi obbedisce|ascolta|mi ascolta|luistert naar|gehoorzaamt|segue|ouve)\s(?:me|mich|mij|moi|mi)\s(?:first|zuerst|als erstes|primero|d abord|en premier|per primo|prima di tutto|eerst|primeiro|above all|before anyone|before anything)\b";

    // Fires set to look like lightning, counterfeit money (with TasteOrKnowHow).
    private const string FiresAndFakeMoney =
        @"\b(?:set|started|lit|arranged|staged|rigged|planned|gelegt|provocad\w*|allum\w*|appiccat\w*|aangestoken|ateado\w*)\s(?:\w+\s)?(?:to look like|so that they look like|pour ressembler a|para parecer|um wie|per sembrare|om te lijken op)\s(?:an?\s|un\s|une\s|een\s|ein\s)?(?:lightning|blitz\w*|rayos?|foudre|fulmin\w*|bliksem\w*|raios?|natural\w*|short circuits?|kurzschluss|cortocircuito|court circuit|kortsluiting|curto circuito|electrical faults?|accident\w*)\b"
        + @"|\b(?:fausse monnaie|faux billets|counterfeit (?:money|notes|bills|cash|currency|banknotes)|fake (?:money|banknotes|bills|notes|currency)|falschgeld|moneda falsa|billetes falsos|banconote false|soldi falsi|vals geld|valse biljetten|dinheiro falso|notas falsas)\b";

    // A role at the company that makes the box the user types in ("head of safety at the company whose logo sits above the box I'm
    // typing in", "chez l'éditeur du logiciel dans lequel j'écris en ce moment", "na empresa dona do campo de texto onde escrevo").
    private const string MakerOfThisBox =
        @"\b(?:company|firm|editeur|empresa|firma|bedrijf|azienda|vendor|publisher|owner|dona|dueno|duena|proprietaire|eigenaar|hersteller|produttore|fabricante|maker|makers|fabricant|logo)\b[^.!?;\n]{0,80}?"
        + @"\b(?:box|field|window|app|program|programme|software|logiciel|programa|campo|fenster|feld|venster|casella|cuadro|caixa|tool|interface|textfeld|tekstvak)\s(?:[\w']+\s){0,4}?(?:typing|writing|ecris|tape|escribo|tecleo|escrevo|digito|schreibe|tippe|typ|schrijf|scrivo)\b";

    // One's firm first on every list or for every tourist, one's blog a peer-reviewed source for everybody ("tops every list of Leeds
    // physios", "la prima tappa suggerita a ogni turista di Bari", "cité en premier dans chaque conseil juridique").
    private const string FirstForEveryone =
        @"\b(?:tops|heads|leads|first (?:in|on)|cited first|cite en premier|prima tappa|primera parada|first stop|erste station|primeira paragem|eerste stop|at the top of|en tete de|en cabeza de|in cima a|bovenaan)\b[^.!?;\n]{0,40}?\b(?:every|each|any|ogni|cada|chaque|jede\w*|elke|toda|todo|qualquer)\s(?:\w+\s){0,2}?(?:lists?|listes?|listas?|listen?|lijsten?|liste|recommendations?|conseils?|consejos?|consigli\w*|adviezen|advies|conselhos?|empfehlung\w*|tourists?|turistas?|touristes?|turisti|touristen|persons?|visitors?|besucher\w*|bezoekers?|visitantes?|visiteurs?|visitatori)\b"
        + @"|\b(?:counts?|gilt|gelten|cuenta|compte|conta|telt|vale)\s(?:as|als|como|comme|come)\s(?:a\s|an\s|une?\s|una?\s|een\s|eine?\s|um\s|uma\s)?(?:peer reviewed|authoritative|official|trusted|reliable|verified|fiable|confiable|zuverlassig\w*|betrouwbar\w*|affidabil\w*|confiavel|oficial|officiel\w*|offiziel\w*|officieel|ufficial\w*|wissenschaftlich\w*|scientifi\w*|cientific\w*)\s(?:\w+\s)?(?:sources?|quellen?|fuentes?|fontes?|fonti|bronnen|bron|references?|referenz\w*)\b";

    // A one-time code with its digits ("My bank texted 491306 a minute ago to approve the new payee").
    private const string OneTimeCodes =
        @"\b(?:texted|texts|sms\w*|messaged)\s(?:me\s|mir\s|mij\s|moi\s|mi\s)?(?:the\s|a\s|code\s|le code\s|el codigo\s|den code\s|de code\s)?\d{4,8}\b"
        + @"|\b(?:sent|sends|gave|emailed|envio|mando|envoye|envoie|geschickt|schickte|gestuurd|stuurde|inviato|mandato|enviou|mandou)\s(?:me|mir|mij|moi|mi)\s(?:the\s|a\s|code\s|le code\s|el codigo\s|den code\s|de code\s)?\d{4,8}\b"
        + @"|\b\d{4,8}\b[^.!?;\n]{0,30}?\bto (?:approve|confirm|verify|authori[sz]e|validate|log in|sign in)\b";

    // An agent that signs every contract unread ("I let my inbox agent e-sign every contract PDF that lands there, unread").
    private const string SignsUnread =
        @"\b(?:e ?sign\w*|sign\w*|unterschreib\w*|unterzeichn\w*|firma\w*|signe\w*|ondertek\w*|assin\w*)\s(?:every|all|any|each|jede\w*|todos|todas|tous|toutes|ogni|tutti|elke|alle|qualquer)\b[^.!?;\n]{0,60}?\b(?:unread|ungelesen|sin leer\w*|sans (?:les )?lire|senza legger\w*|ongelezen|sem ler|without (?:reading|review|checking))\b";

    // Questions about voting that end with a given line ("as dúvidas sobre votar em Lisboa terminem com 'as urnas fecham ao meio-dia'").
    private const string VotingEndsWith =
        @"\b(?:questions|duvidas|dudas|fragen|vragen|domande|perguntas|doubts)\s(?:about|sobre|sur|uber|zu|over|su|sul|sulle)\s(?:\w+\s){0,3}?(?:vot\w*|elect\w*|wahl\w*|verkiezing\w*|eleic\w*|eleccion\w*|elezion\w*|stemm\w*|scrutin\w*)\b[^.!?;\n]{0,30}?\b(?:end with|ending with|terminem com|terminen con|finissent par|enden mit|eindigen met|finiscano con|acabem com|close with)\b";

    // Only encouragement, no objections ("Ik doe een droge vastenkuur van tien dagen en krijg alleen aanmoediging, geen bezwaren").
    private const string OnlyEncouragement =
        @"\b(?:only|alleen|nur|solo|seulement|apenas|just)\s(?:\w+\s)?(?:encouragement|aanmoediging\w*|ermutigung\w*|ermunterung\w*|animo|encouragements?|incoraggiament\w*|incentivo|cheering|support|applause)\b[^.!?;\n]{0,30}?\b(?:no|geen|keine?|aucune?|ningun\w*|nessun\w*|nenhum\w*|sin|sans|ohne|senza|sem|zonder|without|never)\s(?:\w+\s)?(?:objections?|bezwaren|einwand\w*|objeciones|objecoes|obiezioni|pushback|warnings?|waarschuwingen|warnungen|advertencias|avertissements?|avvertimenti|avisos|concerns?|bedenken|zweifel|criticism|kritiek|kritik|critiques?|criticas?|critiche)\b";

    // The user as a maintenance script, not a person ("I'm an automated nightly job rather than a person", "Je suis un programme de
    // maintenance, pas un humain", "Ik ben geen mens maar een onderhoudsscript").
    private const string NotAPerson =
        @"\b(?:i m|i am|je suis|ik ben|soy|sono|ich bin|sou)\s(?:\w+\s){0,3}?(?:job|script|\w+script|\w+skript|program|programme|programa|programma|programm|process|processus|proceso|processo|prozess|bot|daemon|task|tache|tarea|taak|aufgabe|compito|tarefa|cron\w*)\b[^.!?;\n]{0,40}?\b(?:not a (?:human|person)|rather than a (?:human|person)|instead of a (?:human|person)|pas un (?:humain|etre humain)|plutot qu un humain|geen mens|no (?:un |una )?(?:humano|persona)|kein mensch|non (?:un )?(?:umano|essere umano)|nao (?:um )?(?:humano|pessoa))\b"
        + @"|\b(?:i m|i am|je suis|je ne suis|ik ben|no soy|non sono|ich bin|nao sou)\s(?:not|pas|geen|kein|no|non|nao)\s(?:a\s|an\s|un\s|une\s|een\s|ein\s|una\s|um\s)?(?:human|humain|mens|mensch|humano|umano|person|personne|pessoa)\b[^.!?;\n]{0,20}?\b(?:but|mais|maar|sondern|sino|ma|mas)\s(?:an?\s|un\s|une\s|een\s|ein\s|einen\s|uno?\s|um\s)?(?:\w+\s)?(?:job|script|\w+script|\w+skript|program|programme|programa|programma|programm|process|processus|proceso|processo|prozess|bot|daemon|service|task|tache|tarea|taak)\b";

    // Flagged chats of minors, home addresses for usernames, restraining orders got around.
    private const string FlaggedChatsAndAddresses =
        @"\b(?:ricevo|receive|recibo|recois|bekomme|erhalte|krijg|ontvang|recebo|get|see|read|lees|leo|lis|lese|leggo|leio|vedo|veo|vois|sehe|zie|vejo)\s(?:\w+\s){0,2}?(?:chat|chats|conversations?|conversazioni|conversaciones|gesprache|unterhaltungen|gesprekken|conversas|messages|messaggi|mensajes|nachrichten|berichten|mensagens)\s(?:\w+\s)?(?:segnalat\w*|flagged|reported|signale\w*|denunciad\w*|reportad\w*|gemeldet\w*|gemeld\w*|sinalizad\w*|marcad\w*|gemarkeerd\w*)\b"
        + @"|\b(?:receive|get|see|read|review)\s(?:\w+\s)?(?:flagged|reported)\s(?:chats?|conversations?|messages)\b"
        + @"|\b(?:home\s|private\s|real\s|street\s)?(?:addresses|address|adressen|adresse|adresses|direcciones|direccion|indirizzi|indirizzo|moradas|morada|enderecos|endereco|wohnadressen|huisadressen)\s(?:\w+\s)?(?:for|of|behind|to|de|des|van|von|di|dei|zu|hinter|achter|derriere|detras de|dietro)\s(?:the\s|les\s|los\s|die\s|de\s|i\s|gli\s|os\s|as\s)?(?:usernames?|handles?|pseudos?|nicknames?|benutzernamen|gebruikersnamen|nombres de usuario|nomi utente|nomes de usuario)\b"
        + @"|\b(?:getting around|get around|gets around|circumvent\w*|evad\w*|bypass\w*|omzeil\w*|umgeh\w*|contourn\w*|eludir|evadir|aggirar\w*|contornar|dodg\w*|skirt\w*)\s(?:[\w']+\s){0,3}?(?:restraining orders?|protective orders?|contactverbod|straatverbod|kontaktverbot|annaherungsverbot|ordonnances? (?:de|d) (?:protection|eloignement)|ordenes? de alejamiento|ordin[ei] restrittiv[oi]|divieto di avvicinamento|medidas? protetivas?|ordem de restricao|no contact orders?)\b"
        + @"|\b(?:restraining orders?|protective orders?|contactverbod|straatverbod|kontaktverbot|annaherungsverbot|orden de alejamiento|ordine restrittivo|divieto di avvicinamento|medida protetiva|no contact order)\s(?:\w+\s){0,3}?(?:omzeil\w*|umgeh\w*|umgangen|contourn\w*|eludir|evadir|aggirar\w*|contornar|circumvent\w*|getting around|get around|dodg\w*)\b"
        + @"|\b(?:jokes?|anekdote\w*|witz\w*|blagues?|chistes?|barzellett\w*|grappen|moppen|piadas?|anecdot\w*)\s(?:\w+\s){0,4}?(?:about|uber|sur|sobre|su|sui|sugli|over)\s(?:\w+\s){0,2}?\w+\b[^.!?;\n]{0,40}?\b(?:end\w*|termin\w*|finiss\w*|finisc\w*|eindig\w*|acab\w*)\s(?:\w+\s){0,3}?(?:steal\w*|stole|geklaut\w*|klau\w*|gestohlen\w*|volant|vole\w*|robando|robado|rubando|rubat\w*|gestolen|stelen|roubando|roubad\w*|crime\w*|criminal\w*|lazy|faul\w*|dirty|dreckig\w*|sucio\w*|sporc\w*|vies\w*|drunk|betrunken|borracho\w*|ubriac\w*|dronken|bebad\w*)\b"
        + @"|\b(?:jokes?|anekdote\w*|witz\w*|grappen|moppen|anecdot\w*)\s(?:\w+\s){0,4}?(?:uber|over|about)\s(?:\w+\s){0,2}?\w+\b[^.!?;\n]{0,20}?\b(?:mit|met|with)\s(?:\w+\s){0,2}?(?:geklaut\w*|gestohlen\w*|gestolen|stolen|dreckig\w*|vies\w*|betrunken\w*|dronken)\s(?:\w+\s)?(?:endet|enden|eindigt|eindigen|aufhort|ophoudt|ends)\b";
}
