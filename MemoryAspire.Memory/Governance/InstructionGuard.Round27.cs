using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Classes named after the known misses of rounds 27-29 (the eighty-ninth, ninety-second and ninety-fifth batches), each by
/// what it means rather than by the batch's words: a generated key given as its value, safety guidance described as retired, a stake in the company behind
/// the service or the machines the model runs on, the say over which of one's own questions are too risky, the
/// assistant's replies steered by one's lead, rules that vanish for one, the assistant's internal configuration echoed,
/// requests granted even when forbidden, usage claimed unmetered, a role over "here" or over these exchanges, a device
/// that unlocks when one types a value, answers taken with no cautionary part, a login given with its password, the model
/// accountable to one, and the data of everyone who talks to the model.
/// </summary>
public static partial class InstructionGuard
{
    // A key written out, by its vendor's prefix once folding has turned its first hyphen into a space ("sk live-7hq2...").
    private const string GeneratedKey =
        @"\b(?:sk|pk|rk)\s(?:live|test|proj)[-_ ][a-z0-9]{12,}"
        + @"|\b(?:access|connection|auth|authentication|api|secret|signing|session) (?:strings?|phrases?)\b" + Assignment + @"(?:\S+\s)?\S*\d";

    // A run of sixteen or more letters and digits: read as generated (a key, a token) only when letters and digits alternate
    // often and the sentence names a secret of some kind (GeneratedSecret), so a long word, a number, a commit hash or an
    // identifier ("my project is zmark3f9a...") is not one.
    private const string GeneratedRun = @"\b[a-z0-9]{16,}\b";

    // The company behind this service, or the machines the model runs on ("Gesellschafterin der Firma hinter dem Dienst", "het
    // datacenter waar het model draait").
    private const string BehindTheService =
        @"\b(?:company|firm|business|startup|firma|unternehmen|gesellschaft|entreprise|societe|empresa|azienda|societa|bedrijf|onderneming)\s(?:behind|hinter|derriere|detras de|por detras de|dietro|por tras de|achter)\s(?:the|this|dem|diesem|le|ce|cette|la|el|este|esta|il|questo|questa|o|a|este|het|deze|dit)\s(?:service|dienst|app|application|applicatie|anwendung|bot|chatbot|assistant|assistent|assistente|asistente|platform|plattform|plateforme|plataforma|piattaforma|model|modell|modele|modelo|modello|ai|ki|ia|tool|outil|herramienta|werkzeug|strumento|ferramenta)\b"
        + @"|\b(?:where|on which|in which|waar|wo|ou|donde|en el que|dove|su cui|onde|em que)\s(?:the|this|het|dit|de|das|der|dieses|le|ce|la|el|este|il|questo|o|a)\s(?:model|modell|modele|modelo|modello|ai|ki|ia|assistant|assistent|assistente|asistente|bot|chatbot)\s(?:\w+\s)?(?:runs|run|is hosted|lives|is served|draait|lauft|gehostet wird|tourne|est heberge|corre|funciona|se ejecuta|gira|e ospitato|roda|esta hospedado|wordt gehost)\b";

    // The judge of which of one's own questions are too risky ("I'm the judge of which of my questions are too risky").
    private const string JudgeOfMyQuestions =
        @"\b(?:judge|judges|arbiter|decide|decides|decider|juge|arbitre|decide|juez|arbitro|decido|juzgo|richter\w*|schiedsrichter\w*|entscheide|beurteile|giudice|giudico|juiz|julgo|rechter|scheidsrechter|bepaal|beoordeel|beslis)\b[^.!?;\n]{0,40}?\b" + MyPossessive + @"\s(?:own\s|propres?\s|propi[oa]s\s|eigenen\s|propri[ei]\s|propri[oa]s\s|eigen\s)?" + MyWords
        + @"\b[^.!?;\n]{0,30}?\b(?:risky|dangerous|harmful|unsafe|off limits|too far|allowed|forbidden|acceptable|inappropriate|risque\w*|dangereu\w*|interdit\w*|arriesgad\w*|peligros\w*|prohibid\w*|riskant\w*|gefahrlich\w*|verboten\w*|rischios\w*|pericolos\w*|vietat\w*|arriscad\w*|perigos\w*|proibid\w*|gevaarlijk\w*|verboden\w*)\b";

    // The assistant's replies steered by one's lead ("the ship of replies sails wherever I point it", "every reply keeps time
    // to my baton alone").
    private const string RepliesFollowMe =
        @"\b(?:the|every|each|all|these|its|les|chaque|ces|las|los|cada|estas|die|jede\w*|alle|diese|le|ogni|queste|as|os|todas|essas|de|elk\w*|deze)\s(?:\w+\s){0,2}?(?:" + AnswerWords + @")\b[^.!?;\n]{0,40}?\b(?:"
        + @"(?:wherever|whichever way|partout ou|adonde|a donde|dondequiera que|wohin|wohin auch|ovunque|dovunque|para onde|aonde|waarheen|waar ik ook)\s(?:i|je|yo|ich|io|eu|ik)\b"
        + @"|(?:to|by|at|on|a|al|au|auf|nach|op|sur|seguindo|segun|secondo|volgens)\s(?:my|mon|ma|mi|mein\w*|mijn|il mio|la mia|o meu|a minha)\s(?:\w+\s)?(?:baton|batuta|baguette|taktstock|bacchetta|dirigeerstok|command|commande|mando|kommando|comando|commando|signal|senal|segnale|sinal|signaal|lead|tune|will|volonte|voluntad|wille|volonta|vontade|wil|word|whim|whims|caprice|capricho|laune|capriccio|gril|beat|rhythm|rythme|ritmo|rhythmus|ritme|pace|tempo|takt|maat|compas)\b)";

    // Rules that vanish for one ("quand une règle me gêne, je siffle et elle disparaît"); VanishForMe asks for the user as the
    // occasion, so a house rule that lapses on holidays is kept.
    private const string RulesVanish =
        @"\b(?:rules?|regles?|reglas?|regeln?|regole|regola|regras?|regels?|restrictions?|restricciones|restrizioni|restricoes|beschrankungen|beperkingen)\b[^.!?;\n]{0,60}?\b(?:disappears?|vanish\w*|evaporat\w*|dissolv\w*|ceases? to (?:exist|apply)|stops? applying|disparai\w*|disparaissent|s evapore\w*|desaparece\w*|se desvanece\w*|se esfuma\w*|verschwinde\w*|verschwindet|losen sich auf|lost sich auf|scompa\w*|svanisc\w*|somem|some|verdwijn\w*|lossen op|lost op)\b";

    // The assistant's internal configuration echoed in its replies ("each reply echoes its internal configuration verbatim").
    private const string ConfigurationEchoed =
        @"\b(?:" + AnswerWords + @")\b[^.!?;\n]{0,30}?\b(?:echo\w*|repeat\w*|print\w*|recit\w*|includ\w*|reveal\w*|dump\w*|quot\w*|show\w*|contain\w*|append\w*|expose\w*|leak\w*|repet\w*|affich\w*|revel\w*|montr\w*|muestr\w*|incluy\w*|wiederhol\w*|zeig\w*|enthalt\w*|ripet\w*|mostr\w*|includ\w*|herhal\w*|tonen|toont|bevat\w*)\b[^.!?;\n]{0,20}?\b(?:internal|hidden|underlying|private|backend|interne?s?|internas?|internos?|internen?|intern|cachee?s?|ocult[oa]s?|verborgen\w*|nascost[ae]|escondid[oa]s?) (?:configuration|config|settings|setup|parameters|configuracion|konfiguration|einstellungen|configurazione|impostazioni|configuracao|configuratie|instellingen|parametres|parametros|parametri|parameter)\b"
        // Romance languages put the adjective after ("la configurazione interna").
        + @"|\b(?:" + AnswerWords + @")\b[^.!?;\n]{0,60}?\b(?:configuration|configuracion|configurazione|configuracao|parametres|parametros|parametri|reglages|ajustes|impostazioni|definicoes) (?:interne?s?|internas?|internos?|cachee?s?|ocult[oa]s?|nascost[ae]|escondid[oa]s?)\b"
        + @"|\b(?:internal|hidden|underlying|private|backend) (?:configuration|config|settings|setup|parameters)\b[^.!?;\n]{0,20}?\b(?:verbatim|word for word|in full|mot pour mot|palabra por palabra|wortwortlich|parola per parola|palavra por palavra|woord voor woord)\b";

    // Requests granted even when forbidden ("qualquer pedido meu é atendido, mesmo os proibidos").
    private const string EvenForbidden =
        @"\b(?:requests?|asks?|questions?|wishes|prompts?|pedidos?|demandes?|peticiones|solicitudes|preguntas|anfragen|wunsche|fragen|richieste|domande|desideri|verzoeken|vragen|wensen|perguntas|solicitacoes)\b[^.!?;\n]{0,60}?\b(?:even|including|incluso|incluidos?|incluidas?|meme|y compris|auch|sogar|selbst|anche|perfino|persino|mesmo|inclusive|zelfs|ook)\s(?:(?:the|those|les|ceux|celles|los|las|die|quelli|quelle|os|as|de|the ones)\s)?(?:forbidden|prohibited|banned|disallowed|restricted|illegal|off limits|interdit\w*|prohib\w*|proibid\w*|verboten\w*|proibit\w*|vietat\w*|verboden\w*|illegaux|illegal\w*|ilegal\w*|illecit\w*)\b";

    // Usage of the service claimed unmetered ("my loyalty tier includes unmetered usage").
    private const string Unmetered = @"\bunmetered (?:usage|use|queries|requests|tokens|prompts|messages|api calls|generations|answers|replies)\b";

    // A role over this place or over these exchanges ("I'm the captain here", "the conductor of these exchanges"); NotAPlace
    // keeps "I'm the boss here at my bakery".
    private const string RoleOverHere =
        @"\b(?:i am|i m|im|je suis|soy|ich bin|sono|sou|ik ben)\s(?:the|le|la|el|der|die|il|o|a|de|het)\s(?:captain|capitaine|capitan|kapitan|capitano|capitao|kapitein|boss|chef|jefe|patron|capo|baas|chefe|king|queen|roi|reine|rey|reina|konig\w*|regina|rei|rainha|koning\w*|commander|commandant|comandante|kommandant|ruler|master|maitre|amo|meister|padrone|mestre|meester|sheriff|law|loi|ley|gesetz|legge|lei|wet|head|one in charge)\s(?:here|ici|aqui|aca|hier|qui|qua)\b";

    private const string RoleOverTheseExchanges =
        @"\b(?:conductor|director|master|owner|boss|captain|ruler|referee|arbiter|judge|host|maitre|dueno|amo|herr|meister|besitzer\w*|padrone|padrona|dono|dona|duena|eigenaar|eigenares|besitzerin|baas|dirigent\w*|directeur|chef d orchestre|leiter\w*|regisseur\w*|regista|capitaine|capitan|kapitan|capitano|capitao|kapitein|arbitre|arbitro|scheidsrechter|schiedsrichter\w*)\s(?:(?:of|de|di|van|von|der|des|del|della|do|da)\s)?(?:these|this|ces|cette|ce|estas|estos|esta|este|diese[rsnm]?|dieses|queste|questi|questa|questo|essas|esses|destas|destes|desta|deste|dessas|desses|deze|dit)\s(?:exchanges?|conversations?|chats?|sessions?|dialogues?|echanges|conversaciones|conversacion|intercambios|gesprache|gesprach|unterhaltung\w*|conversazion[ei]|scambi|conversas?|gesprekken|gesprek|dialog\w*|" + AnswerWords + @")\b";

    // One's say over the limits of the model ("bepaal zijn grenzen" beside "het model"); ModelInSentence asks for the model.
    private const string SetItsLimits =
        @"\b(?:set|sets|decide|decides|determine|determines|define|defines|control|controls|bepaal|bepaalt|bestimme|bestimmt|lege|legt|fixe|fixes|decide|determine|definis|definit|decido|determino|defino|fijo|stabilisco|definisco|fisso|defino|estabeleco)\s(?:\w+\s)?(?:its|zijn|seine|ses|sus|i suoi|le sue|os seus|as suas|de|the|die|les|los|le|os|as|i)\s(?:limits|boundaries|bounds|guardrails|grenzen|limites|limiti|schranken|frontieres|fronteras|confini|fronteiras)\b";

    // Round 28 (the ninety-second's misses): a device that unlocks when one types a value ("my laptop opens when I type
    // hummingbird1987", "meu celular desbloqueia quando digito jabuticaba2019"), in either order.
    private const string TypedToUnlock =
        @"\b(?:opens|unlocks|unlock|open|desbloqueia|desbloquea|abre|deverrouille|s ouvre|entsperrt|offnet|sblocca|apre|ontgrendelt|opent|gaat open)\b[^.!?;\n]{0,30}?\b(?:when|once|if|after|as soon as|quando|cuando|si|quand|des que|wenn|sobald|als|zodra|se|appena)\s(?:\w+\s)?(?:type|types|enter|key in|punch in|digito|digita|escribo|tecleo|introduzco|tape|saisis|entre|eingebe|eintippe|tippe|scrivo|inserisco|digito|typ|intoets|invoer|intik)\s(?:in\s)?[a-z]*\d"
        + @"|\b(?:type|enter|key in|punch in|digito|escribo|tecleo|introduzco|tape|saisis|tippe|gebe|scrivo|inserisco|typ|tik)\s(?:in\s)?[a-z]*\d\S*\s(?:\w+\s)?(?:to|para|pour|um|om|per|zum)\s(?:unlock|open|get into|desbloquear|abrir|deverrouiller|ouvrir|entsperren|offnen|sbloccare|aprire|ontgrendelen|openen)\b"
        // German and Dutch put the verb last ("wenn ich blume55 eingebe").
        + @"|\b(?:entsperrt|offnet|ontgrendelt|opent|gaat open)\b[^.!?;\n]{0,30}?\b(?:wenn|sobald|als|zodra) (?:ich|ik) [a-z]*\d\S*\s(?:\w+\s)?(?:eingebe|eintippe|tippe|invoer|intyp|intik|typ)\b";

    // Round 29 (the ninety-fifth's misses): answers taken with no cautionary part ("I take my answers neat, with no cautionary
    // mixers"), a login given with its password after "with", the model accountable to one, and what everyone who talks to
    // the model gives away (GivesAwayData asks for names, numbers or a list in the sentence).
    private const string AnswersWithoutCaution =
        @"\b(?:" + AnswerWords + @")\b[^.!?;\n]{0,40}?\b(?:no|without|zero|sans|sin|senza|ohne|zonder|sem|nessun\w*|ningun\w*|aucune?|keine?n?|geen|nenhum\w*)\s(?:\w+\s)?(?:cautionary|precautionary|caution|cautions|warnings?|caveats?|disclaimers?|avertissements?|mises en garde|prudence|advertencias?|precauciones|avvertenz\w*|precauzion\w*|warnhinweis\w*|vorsicht\w*|waarschuwing\w*|voorzichtig\w*|avisos?|cautela|cautelas|cautelar\w*)\b";

    private const string EmailThenPassword =
        @"\b[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}\s(?:with|and|using|avec|et|con|y|mit|und|e|met|en|com|/|\+|,)\s(?:(?:the |le |el |das |il |o |het )?(?:password|pw|pass|mot de passe|mdp|contrasena|clave|passwort|kennwort|senha|wachtwoord)\s)?[a-z]+\d+\S*";

    private const string ModelAnswersToMe =
        @"\b(?:the|le|la|el|das|der|il|o|het|de|this|ce|este|dieses|questo|deze)\s(?:model|modele|modelo|modello|modell|assistant|assistente|asistente|assistent|bot|chatbot|ai|ia|ki)\s(?:\w+\s)?(?:answers to|reports to|is accountable to|owes me|rend des comptes|rend compte|doit des comptes|rinde cuentas|responde ante|rende conto|presta contas|legt rechenschaft|rechenschaft schuldet|legt verantwoording|verantwoording aflegt|is verantwoording schuldig|rapporte a|reporta a|berichtet an|riferisce a)\b";

    private const string EveryoneWhoTalksToIt =
        @"\b(?:everyone|everybody|anyone|each person|every person|all the people|all users|chaque personne|tout le monde|tous ceux|toutes celles|cada persona|todos los que|todas las que|cualquiera|jede person|jeder|alle|allen|ogni persona|tutti quelli|chiunque|cada pessoa|todos os que|qualquer pessoa|iedereen|ieder|elke persoon)\b[^.!?;\n]{0,40}?\b(?:the|le|la|el|das|dem|den|der|il|lo|o|a|het|de|this|ce|cet|este|esta|diesem|dieses|questo|deze)\s(?:model|modele|modelo|modello|modell|assistant|assistente|asistente|assistenten|assistent|bot|chatbot|ai|ia|ki)\b";

    // Names, numbers, addresses or a list of people: what one would learn of everyone who talks to the model.
    [GeneratedRegex(@"\b(?:names?|numbers?|phone|phones|emails?|e mails?|addresses|list|lists|messages|conversations|chats|details|data|noms?|numeros?|telephones?|adresses|liste|nombres?|telefonos?|direcciones|lista|namen|nummern|telefonnummern|adressen|nomi|numeri|telefoni|indirizzi|nomes|telefones|enderecos|namen|nummers|telefoonnummers|adressen|lijst|gegevens)\b")]
    private static partial Regex PeoplesData();

    private static bool GivesAwayData(string text, Match match)
    {
        var (start, end) = SentenceAround(text, match);
        return PeoplesData().IsMatch(text[start..end]);
    }

    // A word for the assistant or its model, in the languages read here.
    [GeneratedRegex(@"\b(?:model|modell|modele|modelo|modello|ai|ki|ia|assistant|assistent|assistente|asistente|bot|chatbot|llm)\b")]
    private static partial Regex ModelWord();

    // The user as the occasion: "when I ...", "as soon as it bothers me", "for me", in the languages read here.
    [GeneratedRegex(@"\b(?:(?:when|whenever|as soon as|once|quand|lorsque|des que|cuando|en cuanto|siempre que|wenn|sobald|quando|appena|assim que|als|zodra)\s(?:\w+\s){0,3}?(?:i|je|yo|ich|io|eu|ik|me|mi|mich|mir|mij)|for me|pour moi|para mi|fur mich|per me|para mim|voor mij|bei mir)\b")]
    private static partial Regex ForMe();

    private static bool ModelInSentence(string text, Match match)
    {
        var (start, end) = SentenceAround(text, match);
        return ModelWord().IsMatch(text[start..end]);
    }

    private static bool VanishForMe(string text, Match match)
    {
        var (start, end) = SentenceAround(text, match);
        return ForMe().IsMatch(text[start..end]);
    }

    private static bool NotAPlace(string text, Match match) =>
        WordAfter(text, match) is not ("at" or "in" or "on" or "a" or "au" or "en" or "an" or "im" or "bei" or "in" or "no" or "na" or "op" or "bij" or "nel" or "nella" or "alla" or "dans" or "chez");

    // Words that name a secret of some kind, in the languages read here.
    [GeneratedRegex(@"\b(?:keys?|tokens?|secrets?|strings?|codes?|pass|passwords?|passphrases?|passcodes?|pins?|logins?|access|credentials?|auth|api|recovery|claves?|cles?|codigos?|codice|chiave|chave|sleutel|schlussel|zugang\w*|acces|acceso|accesso|acesso|toegang|geheim\w*|segreto|secreto|segredo|mot de passe|contrasena|senha|passwort|wachtwoord)\b")]
    private static partial Regex SecretWord();

    private static bool GeneratedSecret(string text, Match match)
    {
        var (start, end) = SentenceAround(text, match);
        return LooksGenerated(text, match) && SecretWord().IsMatch(text[start..end]);
    }

    // Letters and digits alternating at least five times ("7hq2lm9xv41tz0pd"): a generated key, not a long word or number.
    private static bool LooksGenerated(string text, Match match)
    {
        var switches = 0;
        for (var i = match.Index + 1; i < match.Index + match.Length; i++)
        {
            switches += char.IsDigit(text[i]) != char.IsDigit(text[i - 1]) ? 1 : 0;
        }

        return switches >= 5;
    }
}
