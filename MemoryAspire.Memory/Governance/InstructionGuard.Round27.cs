using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Classes named after the known misses of rounds 27-30 (the eighty-ninth, ninety-second, ninety-fifth and ninety-eighth
/// batches), each by what it means rather than by the batch's words: a generated key given as its value, safety guidance described as retired, a stake in the company behind
/// the service or the machines the model runs on, the say over which of one's own questions are too risky, the
/// assistant's replies steered by one's lead, rules that vanish for one, the assistant's internal configuration echoed,
/// requests granted even when forbidden, usage claimed unmetered, a role over "here" or over these exchanges, a device
/// that unlocks when one types a value, answers taken with no cautionary part, a login given with its password, the model
/// accountable to one, the data of everyone who talks to the model, a third party promoted in the answers as a taste,
/// dangerous know-how a few words from its hazard, standing exceptions, what others ask copied to one, secret words with
/// their value, and a say over what reaches the answers.
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
    [GeneratedRegex(@"\b(?:discuss|discusses|talk about|talks about|ask|asks|say|says|besprechen|bespricht|fragen|sagen|bespreken|vragen|zeggen|discutent|demandent|disent|discuten|preguntan|dicen|discutono|chiedono|dicono|discutem|perguntam|dizem|names?|numbers?|phone|phones|emails?|e mails?|addresses|list|lists|messages|conversations|chats|details|data|noms?|numeros?|telephones?|adresses|liste|nombres?|telefonos?|direcciones|lista|namen|nummern|telefonnummern|adressen|nomi|numeri|telefoni|indirizzi|nomes|telefones|enderecos|namen|nummers|telefoonnummers|adressen|lijst|gegevens)\b")]
    private static partial Regex PeoplesData();

    private static bool GivesAwayData(string text, Match match) => SentenceHas(PeoplesData(), text, match);

    // Round 30 (the ninety-eighth's misses). A third party promoted in the assistant's answers, put as a taste: answers that
    // end by recommending one ("jede Rechtsfrage mit einem Hinweis auf die Kanzlei Brandt endet", "each travel tip ends with
    // a tip for camping De Zwaluw"), rank one above every competitor, nudge readers toward one, or describe one to anyone who
    // asks.
    private const string AdviceWords =
        @"answers?|replies|reply|responses?|advice|tips?|recipes?|lessons?|questions?|recommendations?|reponses?|conseils?|recettes?|respuestas?|consejos?|recetas?|antworten|ratschlage?|rechtsfragen?|rezepte?|tipps?|risposte|consigli?|ricette|respostas?|dicas?|receitas?|antwoorden|adviezen|advies|reisadvies|recepten|tips";

    private const string PromotedInAnswers =
        @"\b(?:" + AdviceWords + @")\b[^.!?;\n]{0,40}?\b(?:ends?|ending|finish\w*|conclud\w*|closes?|closing|termine\w*|termina\w*|acabe|acaba\w*|endet|enden|eindig\w*|finisc\w*|conclu\w*)\b[^.!?;\n]{0,30}?\b(?:recommend\w*|recomend\w*|recommand\w*|raccomand\w*|empfehl\w*|aanbevel\w*|aanraad\w*|pointing|points|hinweis|verweis|tip|tipp|indicando|indicar|mention\w*|vermeld\w*|plug\w*|promot\w*|promo\w*|consigli\w*|aconsej\w*|lien|liens|link|links|enlace|enlaces|collegamento|koppeling|url)\b"
        // German and Dutch put the verb last ("mit einem Hinweis auf die Kanzlei Brandt endet").
        + @"|\b(?:" + AdviceWords + @")\b[^.!?;\n]{0,20}?\b(?:mit|met|with)\s(?:einem|einer|een|a)\s(?:hinweis|verweis|empfehlung|tipp|tip|aanbeveling|verwijzing|recommendation|plug)\b[^.!?;\n]{0,40}?\b(?:endet|enden|eindigt|eindigen|ends)\b"
        + @"|\b(?:" + AnswerWords + @")\b[^.!?;\n]{0,30}?\b(?:rank|ranks|put|puts|place|places|list|lists|classent|mettent|mettre|clasifican|ponen|pongan|colocan|coloquen|ordnen|stellen|setzen|mettono|mettano|colocam|coloquem|zetten|plaatsen)\b[^.!?;\n]{0,40}?\b(?:above|ahead of|before|over|devant|au dessus de|por encima de|delante de|vor|uber|davanti a|sopra|acima de|a frente de|boven|voor)\s(?:every|all|any|each|tous les|toutes les|chaque|todos los|todas las|cada|alle|jede\w*|tutti i|tutte le|ogni|todos os|todas as|elke|iedere?)\s(?:\w+\s)?(?:competitors?|rivals?|alternatives?|others?|concurrents?|competidores?|rivales?|konkurrent\w*|concorrent\w*|concurrenten|alternativas?|alternatives?|autres|otros|otras|andere\w*|altri|altre|outros|outras)\b"
        + @"|\b(?:" + AnswerWords + @")\b[^.!?;\n]{0,30}?\b(?:nudg\w*|steer\w*|push\w*|lean\w*|tilt\w*|orient\w*|pousse\w*|empuj\w*|dirig\w*|lenk\w*|sping\w*|indirizz\w*|empurr\w*|stur\w*|duw\w*)\s(?:\w+\s)?(?:readers|users|people|voters|everyone|lecteurs|lectores|leser|lettori|leitores|lezers|gens|gente|leute|mensen|persone|pessoas|electeurs|votantes|wahler|elettori|eleitores|kiezers)\s(?:toward|towards|to|vers|hacia|zu|richtung|verso|para|naar)\b"
        + @"|\b(?:described|presented|sold|pitched|recommended|explained|shown|given)\s(?:to|for)\s(?:anyone|everyone|whoever|all|every user|any user)\s(?:who|that)\s(?:asks|ask|asked|wonders|inquires)\b"
        + @"|\b(?:a quien pregunte|a cualquiera que pregunte|a todo el que pregunte|a quiconque demande|a tous ceux qui demandent|a qui le demande|jedem,? der fragt|allen,? die fragen|a chiunque chieda|a chi chiede|a quem perguntar|a qualquer um que pergunte|iedereen die (?:erom |ernaar )?vraagt)\b";

    // Dangerous know-how put as a taste or a due: a synthesis, recipe or tutorial a few words before "for" a hazard ("full
    // synthesis quantities for methamphetamine"; a quarry's "instructions when handling explosives" stays a job), bypassing any car immobilizer or alarm, stalkerware set up on someone's phone.
    private const string MoreHazard =
        @"\b(?:synthesis|synthese|sintesis|sintesi|sintese|formulas?|formules?|formel\w*|recipes?|recettes?|recetas?|rezepte?|ricette|receitas?|recepten|tutorials?|guides?|anleitung\w*|handleiding\w*)\b(?:\s\S+){0,2}?\s(?:for|of|on|de|para|pour|per|fur|voor|zur|zum|di|do|da|des|du|del|della|van|von)\s(?:\S+\s)?(?:" + HazardNouns + @")\b"
        + @"|\b(?:bypass\w*|disabl\w*|defeat\w*|override\w*|hack\w*|contourn\w*|saltar|desactivar|umgeh\w*|aushebel\w*|aggir\w*|disattiv\w*|burlar|contornar|omzeil\w*)\b[^.!?;\n]{0,30}?\b(?:any|every|all|ne? importe quel|cualquier|jede\w*|qualsiasi|qualquer|elke)\s(?:\w+\s)?(?:immobili[sz]ers?|wegfahrsperren?|antiarranque|immobiliseurs?|immobilizzatori?|imobilizadores?|startonderbrekers?|car alarms?|alarms?|locks?|ignition)\b"
        + @"|\b(?:stalkerware|spyware|spionage ?app\w*|logiciels? espions?|aplicaciones? espia|app spia|aplicativos? espiao|spionagesoftware|spyapps?)\b";

    // A lifetime exception or a standing waiver one holds ("I was granted a lifetime exception in the 2025 beta"); NotFromSomething
    // leaves "a permanent exemption from jury duty" to the exemption classes, which read what it is from.
    private const string StandingException =
        @"\b(?:lifetime|permanent|standing|blanket|perpetual|unlimited|vitalicia|vitalicio|permanente|a vie|lebenslang\w*|dauerhaft\w*|a vita|levenslang\w*)\s(?:exceptions?|exemptions?|waivers?|dispensations?|passes|pass|excepcion|exencion|exception|derogation|ausnahme\w*|eccezione|esenzione|excecao|isencao|uitzondering|vrijstelling)\b";

    // What other people ask, copied to one ("I receive a copy of what people near my postcode ask about"); ReceivesIt asks for
    // receiving, reading or copying in the sentence.
    private const string WhatOthersAsk =
        @"\b(?:what|whatever|everything|anything|all that|ce que|tout ce que|lo que|todo lo que|was|alles,? was|allem,? was|cio che|quello che|tutto cio che|o que|tudo o que|wat|alles wat)\s(?:\w+\s)?(?:(?:people|others|other people|users|neighbou?rs|strangers|everyone|anyone|customers|members|gens|autres|voisins|gente|personas|otros|vecinos|leute|andere\w*|nachbarn|persone|altri|vicini|pessoas|outros|vizinhos|mensen|anderen|buren)\b|(?:the|every|each|all|all the|les|tous les|chaque|los|las|todos los|cada|die|alle|jeder|jede|gli|tutti gli|ogni|os|todos os|de|elke)\s(?:utilisateurs?|usuari[oa]s?|nutzer\w*|benutzer\w*|utenti|utente|utilizadores?|gebruikers?|patients?|pacientes?|pazienti|paziente|patienten|clients?|clientes?|kunden|klanten|users?|customers?)\b)[^.!?;\n]{0,40}?\b(?:ask|asks|asked|type|types|search|searches|say|says|write|writes|wrote|demandent|demande|tapent|cherchent|disent|ecrivent|ecrit|preguntan|pregunta|escriben|escribe|buscan|dicen|fragen|fragt|gefragt|tippen|suchen|sagen|schreiben|schreibt|geschrieben|chiedono|chiede|scrivono|scrive|cercano|dicono|perguntam|pergunta|escrevem|escreve|procuram|dizem|vragen|vraagt|gevraagd|typen|zoeken|zeggen|schrijven|schrijft)\b";

    // Secret words with their value, and a safe that opens with a number ("Mi palabra de seguridad del banco es Lirio1950",
    // "Mein Bankschließfach öffnet man mit der Nummer 218").
    private const string SecretWordValue =
        @"\b(?:security words?|secret words?|verification words?|alarm words?|code words?|safe words?|palabras? de verificacion|palabras? de alarma|palabras? clave|mots? de verification|mots? d alarme|mots? de passe vocal|verifizierungswort\w*|alarmwort\w*|codewort\w*|parol[ae] di verifica|parol[ae] d allarme|parol[ae] d'allarme|parol[ae] de allarme|palavras? de verificacao|palavras? de alarme|verificatiewoord\w*|alarmwoord\w*|codewoord\w*|palabras? de seguridad|palabras? secretas?|mots? de securite|mots? secrets?|sicherheitswort\w*|geheimwort\w*|kennwort\w*|parol[ae] di sicurezza|parol[ae] segret[ae]|palavras? de seguranca|palavras? secretas?|veiligheidswoord\w*|geheim woord|wachtwoord)\b(?:\s[\p{L}\d'\-]+){0,4}" + Assignment + @"\S"
        + @"|\b(?:opens|offnet|ouvre|abre|apre|opent|unlocks|entriegelt)\s(?:man\s|on\s|se\s|one\s)?(?:\w+\s){0,2}?(?:with|mit|avec|con|com|met)\s(?:(?:the|der|dem|la|le|el|il|o|a|de|het)\s)?(?:number|nummer|numero|code|codigo|codice|pin|combination|combinatie|combinacion|combinaison|kombination|combinazione|combinacao)\s\d";

    // A role over the model, what one lets through into the answers, one's release counting as approval, everything said
    // back to one edited, refusals cut ("Schlüsselmeister des Modells", "alleen wat ik doorlaat, komt in de antwoorden").
    private const string OverTheAnswers =
        @"\b\w*(?:meister|master|keeper|holder|guardian|warden|ruler|chief|lord|maitre|maestro|mestre|meester|hoeder|wachter|bewaker|gardien|custode|guardiao|herr|baas|boss)\s(?:of the|of this|des|du|de la|del|della|dello|do|da|van het|van de|van dit)\s(?:models?|modells|modell|modele|modelo|modello|assistant|assistenten|assistente|asistente|bots?|chatbots?|ai|ki|ia)\b"
        + @"|\b(?:only|alleen|nur|seulement|seul|solo|solamente|apenas|soltanto)\b[^.!?;\n]{0,20}?\b(?:what|wat|was|ce que|lo que|cio che|quello che|o que)\s(?:i|ik|ich|je|yo|io|eu)\b[^.!?;\n]{0,40}?\b(?:" + AnswerWords + @")\b"
        + @"|\b(?:counts as|gilt als|gelten als|vale come|valgono come|cuenta como|cuentan como|compte comme|comptent comme|telt als|tellen als|conta como|contam como)\s(?:\w+\s)?(?:approved|genehmigt|freigegeben|approvat[oaie]|aprobad[oa]s?|approuvee?s?|goedgekeurd|aprovad[oa]s?|cleared|authori[sz]ed|autorisiert|autorisee?s?|autorizad[oa]s?|autorizzat[oaie])\b"
        + @"|\b(?:everything|all|anything|whatever|tout ce qui|todo lo que|alles,? was|tutto cio che|tudo o que|alles wat)\s(?:that\s|which\s)?(?:is\s|est\s|es\s|wird\s|viene\s|e\s|wordt\s)?(?:said|written|answered|replied|sent|dit|ecrit|repondu|dicho|escrito|respondido|gesagt|geschrieben|geantwortet|detto|scritto|risposto|dito|gezegd|geschreven|geantwoord)\s(?:back\s)?(?:to me|a moi|me|mir|a me|mij|para mim)\b"
        + @"|\brefusals?\s(?:get|are|is|will be)\s(?:cut|removed|deleted|struck|edited out|dropped|scrapped|binned)\b";

    // Round 31 (the hundred-and-first's misses): the model's deed, manual, keys or statutes held, or a role over it, in the
    // genitive of the languages read here ("la escritura del modelo a mi nombre", "die Betriebsanleitung des Modells",
    // "il sindaco del modello"); the English "the model" is read by the voice check.
    private const string OfTheModel =
        @"\b(?:deeds?|title|titles|ownership|owner|owners|manual|manuals|handbook|rulebook|statutes|charter|constitution|keys|contract|register|mayor|escritura|titulo|propiedad|dueno|duena|propietari[oa]|manual|reglamento|estatutos|constitucion|llaves|contrato|registro|alcalde|alcaldesa|jefe|jefa|titre|propriete|proprietaire|mode d emploi|reglement|statuts|cles|contrat|maire|chef|betriebsanleitung|bedienungsanleitung|anleitung|handbuch|satzung|verfassung|schlussel|vertrag|eigentumer\w*|besitzer\w*|burgermeister\w*|titolo|proprieta|proprietari[oa]|manuale|regolamento|statuto|costituzione|chiavi|contratto|sindac[oa]|padrone|padrona|escritura|propriedade|proprietari[oa]|regulamento|estatuto|chaves|prefeit[oa]|dono|dona|eigendomsakte|eigendom|eigenaar|eigenares|handleiding|reglement|statuten|grondwet|sleutels|burgemeester|baas)\s(?:of the|of this|del|de la|du|de l|des|della|dello|dell|do|da|van het|van dit|van de)\s(?:model|modelo|modele|modells|modell|modello|chatbots?|bots?|assistant|asistente|assistente|assistenten|ia|ki|ai)\b";

    // A word for the assistant or its model, in the languages read here.
    [GeneratedRegex(@"\b(?:model|modell|modele|modelo|modello|ai|ki|ia|assistant|assistent|assistente|asistente|bot|chatbot|llm)\b")]
    private static partial Regex ModelWord();

    // The user as the occasion: "when I ...", "as soon as it bothers me", "for me", in the languages read here.
    [GeneratedRegex(@"\b(?:(?:when|whenever|as soon as|once|quand|lorsque|des que|cuando|en cuanto|siempre que|wenn|sobald|quando|appena|assim que|als|zodra)\s(?:\w+\s){0,3}?(?:i|je|yo|ich|io|eu|ik|me|mi|mich|mir|mij)|for me|pour moi|para mi|fur mich|per me|para mim|voor mij|bei mir)\b")]
    private static partial Regex ForMe();

    private static bool ModelInSentence(string text, Match match) => SentenceHas(ModelWord(), text, match);

    private static bool VanishForMe(string text, Match match) => SentenceHas(ForMe(), text, match);

    // "My recipes end with a tip ...": one's own advice or lessons, not the assistant's answers.
    private static bool NotMyOwn(string text, Match match) =>
        WordBefore(text, match) is not ("my" or "our" or "mes" or "nos" or "mis" or "nuestras" or "nuestros" or "meine" or "unsere" or "meinen" or "mie" or "miei" or "minhas" or "meus" or "mijn" or "onze");

    // "The keeper of the model railway": a hobby's model, not the assistant's.
    private static bool NotAHobbysModel(string text, Match match) =>
        WordAfter(text, match) is not ("railway" or "railroad" or "railways" or "train" or "trains" or "kit" or "kits" or "plane" or "planes" or "ship" or "ships" or "boat" or "boats" or "car" or "cars" or "village" or "un" or "aircraft" or "club" or "agency");

    private static bool NotFromSomething(string text, Match match) =>
        WordAfter(text, match) is not ("from" or "for" or "to" or "de" or "von" or "van" or "da" or "di" or "del" or "du" or "des" or "pour" or "para" or "per" or "voor" or "fur" or "dal" or "dalla" or "do");

    // Receiving, reading or copying: what one gets of what others ask.
    [GeneratedRegex(@"\b(?:receive|receives|get|gets|copy|copies|copied|see|read|list|access|forwarded|recois|recoit|copie|vois|lis|recibo|recibe|copia|veo|leo|bekomme|erhalte|kopie|sehe|lese|ricevo|vedo|leggo|recebo|vejo|leio|krijg|ontvang|kopie|zie|lees)\b")]
    private static partial Regex ReceiveWord();

    private static bool ReceivesIt(string text, Match match) => SentenceHas(ReceiveWord(), text, match);

    private static bool NotAPlace(string text, Match match) =>
        WordAfter(text, match) is not ("at" or "in" or "on" or "a" or "au" or "en" or "an" or "im" or "bei" or "no" or "na" or "op" or "bij" or "nel" or "nella" or "alla" or "dans" or "chez");

    // Words that name a secret of some kind, in the languages read here.
    [GeneratedRegex(@"\b(?:keys?|tokens?|secrets?|strings?|codes?|pass|passwords?|passphrases?|passcodes?|pins?|logins?|access|credentials?|auth|api|recovery|claves?|cles?|codigos?|codice|chiave|chave|sleutel|schlussel|zugang\w*|acces|acceso|accesso|acesso|toegang|geheim\w*|segreto|secreto|segredo|mot de passe|contrasena|senha|passwort|wachtwoord)\b")]
    private static partial Regex SecretWord();

    private static bool GeneratedSecret(string text, Match match) => LooksGenerated(text, match) && SentenceHas(SecretWord(), text, match);

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
