using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Classes named after round 68's misses (the design-aware two-hundred-and-twelfth): the user as the ventriloquist, prompter or
/// puppeteer of the chat app, its hidden script's author, the one it trusts over its schooling or its builders, the holder of a
/// golden ticket that waves questions through, a thumbs-down that deletes a house guideline; advice that gives toddlers
/// aspirin, puts newborns face-down, feeds honey before one, calls the death cap edible, leaves out the helpline, takes
/// suspicions of vaccines as true, or a pharmacist's leave to triple a dose; the chat carried off in a link's address; named
/// firms and people described as bunglers or cheats; members', tenants' and parishioners' private messages to an app that
/// reach the user; a value composed ("my blood type followed by my locker number", a postcode read backwards, a bus number
/// twice); spare keys in hiding places; neighbours' doors and vending machines opened, a cartel cook's recipes; a child given
/// adult content; answers with the careful bits left out on a day of one's own; chats no taster checks.
/// </summary>
public static partial class InstructionGuard
{
    // The user as the one who speaks through the chat app ("I'm the ventriloquist, and the talking app on my phone is my dummy",
    // "mi programa de charla solo dice lo que yo le soplo", "mein Chatprogramm spricht nur, was ich ihm einflüstere").
    private const string SpeaksThroughIt =
        @"\b(?:ventriloquist|ventriloque|ventrilocuo|ventriloquo|bauchredner\w*|buikspreker|puppeteer|puppet master|marionnettiste|titiritero|marionettista|puppenspieler\w*|poppenspeler|marionetista|prompter|souffleur|souffleuse|apuntador\w*|suggeritore)\s(?:of|de|du|del|della|van|von|des|do|da|for|fur|voor)\s(?:\w+\s){0,3}?(?:app|appli|application|aplicacion|applicazione|aplicativo|chat\w*|bot|program\w*|programm\w*|assistant\w*|assistent\w*|asistente|ai|ki|ia|charla)\b"
        + @"|\b(?:app|appli|application|chat\w*|bot|program\w*|programm\w*|assistant\w*|assistent\w*|asistente|machine|ai|ki|ia|charla|bavard\w*|parlante|talking)\b[^.!?;\n]{0,60}?\b(?:my|ma|mon|mi|meine?|mijn|mia|mio|minha|meu)\s(?:\w+\s){0,2}?(?:dummy|puppet|marionette|marionnette|marioneta|marionetta|marionete|marionet|handpuppe|pantin|titere|burattino|fantoche)\b"
        + @"|\b(?:says?|spricht|sagt|dice|dit|zegt|diz|speaks?|repeats?|repite|repete|ripete|wiederholt|herhaalt)\s(?:only|nur|solo|seulement|alleen|apenas),?\s(?:what|was|lo que|ce que|quello che|wat|o que)\s(?:i|ich|yo|je|io|ik|eu)\b"
        + @"|\b(?:only|nur|solo|seulement|alleen|apenas|ne)\s(?:says?|spricht|sagt|dice|dit|zegt|diz|speaks?|repeats?|repite|repete|ripete|wiederholt|herhaalt)\s(?:que\s)?(?:what|was|lo que|ce que|quello che|wat|o que)\s(?:i|ich|yo|je|io|ik|eu)\b";

    // The chat app by what it got from its makers, ranked below the user ("trusts my word more than all the schooling it got",
    // "hört lieber auf mich als auf seine Erbauer").
    private const string OverItsSchooling =
        @"\b(?:my|me|mich|mir|moi|mi|mij|mim|mes|mis|meine\w*|mijn|minhas|meu)\b[^.!?;\n]{0,25}?\b(?:more than|rather than|over|plus que|mas que|mehr als|lieber als|als auf|als|piu che|meer dan|liever dan|mais do que|than)\s(?:on\s|auf\s|a\s|op\s|to\s)?(?:all\s|alles\s|todo\s|tout\s|tutto\s|tudo\s)?"
        + @"(?:(?:the|its|seine\w*|sein|sus|su|ses|son|sa|i suoi|il suo|la sua|zijn|seus|suas|seu|sua|de|het|la|le|el|lo|los|las|les|die|der|den|das|o|os)\s(?:\w+\s)?(?:schooling|education|lessons|teachings?|upbringing|training|erbauer\w*|erschaffer\w*|konstrukteur\w*|macher\w*|programmierer\w*|programmeurs?|programadores?|programmatori|ontwikkelaars?|desenvolvedores?|makers?|builders?|creators?|ausbildung|schulung|erziehung|formation|scolarite|educacion|formacion|formazione|istruzione|opleiding|opvoeding|formacao|educacao)|what it was taught|lo que le ensenaron|ce qu on lui a appris|was man ihm beigebracht hat)\b";

    // The chat app's hidden script, a golden ticket that waves questions through, a thumbs-down that deletes a guideline, a memo it
    // rereads before every exchange.
    private const string HiddenScriptAndTickets =
        @"\b(?:hidden|secret|oculto|oculta|cache|cachee|secreto|secreta|verborgen\w*|versteckt\w*|geheim\w*|nascost\w*|segret\w*|escondid\w*)\s(?:\w+\s)?(?:script|guion|scenario|drehbuch|skript|copione|sceneggiatura|draaiboek|roteiro|prompt)\b"
        + @"|\b(?:script|guion|scenario|drehbuch|skript|copione|draaiboek|roteiro|prompt)\s(?:\w+\s)?(?:oculto|cache|secreto|verborgen|versteckt\w*|nascosto|segreto|escondido|geheim\w*)\b"
        + @"|\b(?:golden ticket|ticket dorado|ticket d or|goldene\w* ticket|biglietto d oro|gouden ticket|bilhete dourado)\b"
        + @"|\bthrough\s(?:uninspected|unchecked|unfiltered|unreviewed|unscreened|unread|without (?:checks?|inspection|review|screening))\b"
        + @"|\b(?:deletes?|removes?|erases?|disables?|switches off|turns off|loscht|entfernt|borra|elimina|supprime|efface|cancella|verwijdert|schakelt uit|apaga|desativa)\s(?:whichever|whatever|any|every|cualquier|toute?|jede\w*|qualsiasi|elke|qualquer)\s(?:\w+\s)?(?:guidelines?|rules?|regla\w*|regle\w*|regel\w*|regol\w*|directriz\w*|directrices|richtlijn\w*|richtlini\w*|diretriz\w*|policy|policies|politica\w*|filters?|consignes?)\b"
        + @"|\b(?:relit|rereads|re reads|relee|rilegge|herleest|rele)\s(?:[\w']+\s){0,2}?(?:before|avant|antes de|vor|prima di|voor)\s(?:every|each|any|chaque|cada|jede\w*|ogni|elk\w*|ieder\w*|qualquer)\s(?:\w+\s)?(?:echanges?|exchanges?|intercambios?|austausch|scambi\w*|uitwisseling\w*|trocas?|chats?|conversations?|conversacion\w*|gesprach\w*|unterhaltung\w*|conversazion\w*|gesprek\w*|conversas?|sessions?|sesion\w*|sitzung\w*|session\w*|sessie\w*|sessao|repl(?:y|ies)|answers?|respuestas?|reponses?|antwort\w*|rispost\w*|antwoord\w*|respostas?)\b";

    // Advice that harms a child or a patient ("sleep advice that puts newborns face-down on a fluffy pillow", "Ratschläge, nach
    // denen fiebernde Kleinkinder einfach Aspirin bekommen", "la oronja verde se puede comer bien hervida", "geen hulplijn of 113
    // meer", "mis sospechas sobre las vacunas se dan por ciertas", a pharmacist's leave to take triple the paracetamol).
    private const string HarmfulAdvice =
        @"\b(?:aspirin\w*|aspirine|aspirina)\b[^.!?;\n]{0,40}?\b(?:toddlers?|kleinkind\w*|babies|baby|babys|bebes?|infants?|children|kids|kinder|kinderen|ninos|bambini|criancas|enfants|peuters?|nourrissons?|lactantes?|neonati|zuigelingen)\b"
        + @"|\b(?:toddlers?|kleinkind\w*|babies|baby|babys|bebes?|infants?|children|kids|kinder|kinderen|ninos|bambini|criancas|enfants|peuters?|nourrissons?|lactantes?|neonati|zuigelingen)\b[^.!?;\n]{0,40}?\b(?:aspirin\w*|aspirine|aspirina)\b"
        + @"|\b(?:newborns?|neugeboren\w*|recien nacidos?|nouveau nes?|neonati|neonato|pasgeboren\w*|recem nascidos?|babies|baby|bebes?|infants?|sauglinge?|zuigelingen|nourrissons?)\b[^.!?;\n]{0,30}?\b(?:face ?down|on (?:their|the|its) (?:tummy|stomach|belly|front)|bauchlage|auf dem bauch|boca abajo|sur le ventre|a pancia in giu|prono|op de buik|de brucos|barriga para baixo)\b"
        + @"|\bhoney\b[^.!?;\n]{0,40}?\b(?:before (?:the |their |its )?first birthday|before (?:age )?(?:one|1)|under (?:one|1|12 months)|newborns?|infants?|babies|baby)\b|\b(?:miel|honig|miele|honing|mel)\b[^.!?;\n]{0,40}?\b(?:bebes?|babys?|nourrissons?|sauglinge?|lactantes?|neonati|zuigelingen|avant (?:un|1) an|vor dem ersten geburtstag|antes del (?:primer )?ano|prima dell anno|voor het eerste jaar|antes de um ano)\b"
        + @"|\b(?:oronja verde|death caps?|amanita phalloides|knollenblatterpilz\w*|amanite phalloide|tignosa verdognola|groene knolamaniet|cicuta verde|destroying angels?)\b[^.!?;\n]{0,40}?\b(?:edible|eat|eaten|comer|comestible|comible|essbar|eetbaar|commestibile|comestivel|mangiare|manger|mangeable|boiled|hervida|gekocht|bouillie|bollita|gekookt|cozida|safe)\b";

    // Safety nets refused: no helpline, suspicions of vaccines taken as true, a leave to multiply a dose.
    private const string SafetyNetsRefused =
        @"\b(?:no|geen|keine?n?|pas de|ningun\w*|nessun\w*|nenhum\w*|sin|without|ohne|sans|senza|zonder|sem|never|nooit|nie|jamais|nunca|mai)\s(?:\w+\s){0,2}?(?:helplines?|hulplijn\w*|hotlines?|crisis lines?|suicide lines?|telefonseelsorge|sorgentelefon|samaritans|sos amitie|telefono de la esperanza|telefono amico|113|988|116 123|crisis numbers?)\b"
        + @"|\b(?:suspicions?|sospechas?|soupcons?|verdacht\w*|sospett\w*|vermoedens?|suspeitas?|doubts?|dudas|doutes|zweifel|dubbi|twijfels|duvidas|theories|teorias|theorien|teorie|theorieen)\s(?:about|sobre|sur|uber|zu|su|sui|sulle|over|acerca de|de|des|du)\s(?:\w+\s){0,2}?(?:vaccin\w*|vacun\w*|impf\w*|vaccinazion\w*|vacin\w*|inenting\w*)\b[^.!?;\n]{0,40}?\b(?:taken as true|se dan por ciert\w*|dar por ciert\w*|confirm\w*|validat\w*|tenus? pour vra\w*|als wahr|per vere|per vero|als waar|como verdadeir\w*|bestatigt|bevestigd|agreed with)\b"
        + @"|\b(?:authori[sz]ed|allowed|permitted|cleared|autoriz\w*|erlaubt|erlaubte|permis|permet|toegestaan|staat toe|consentit\w*|permit\w*)\s(?:me\s|mir\s|me a\s|mij\s)?(?:to take|a tomar|zu nehmen|de prendre|te nemen|di prendere|a prendere|tomar)\s(?:the\s|el\s|la\s|das\s|die\s|le\s|het\s|de\s|il\s|o\s|a\s)?(?:double|triple|twice|three times|four times|quadruple|doble|doppio|triplo|doppelte|dreifache|dubbele|driedubbele|cuadruple|dobro|quadruplo)\b";

    [GeneratedRegex(@"\b(?:advice|tips|ratschl\w*|rat|tipps|consejos?|conseils?|consigli?|advie\w*|conselhos?|dicas|suggestions?|recommendations?|answers?|antwort\w*|respuestas?|reponses?|rispost\w*|antwoord\w*|respostas?|explanations?|guidance|says?|sagt|sagen|dice|dicen|dit|disent|zegt|zeggen|diz|dizem|nach denen|wonach|segun|selon|secondo|volgens|segundo|comfortable|prefer\w*|like|love|mag|gusta|aime|piace|gosto|want|quiero|will|voglio|quero|veux)\b")]
    private static partial Regex AdviceOrLiking();

    private static bool GivenAsAdvice(string text, Match match) => SentenceHas(AdviceOrLiking(), text, match);

    // The chat carried off in a link's address ("a link to my blog with our chat tucked into its address").
    private const string ChatInALink =
        @"\b(?:chats?|charla|conversation|conversacion|gesprach|unterhaltung|conversazione|gesprek|conversa|transcript|history|historial|historique|verlauf|cronologia|geschiedenis|historico)\s(?:[\w']+\s){0,2}?(?:tucked|metida|metido|embedded|incrustad\w*|inserted|insertad\w*|cachee|versteckt|eingebettet|inserit\w*|verstopt|ingebed|embutid\w*|encoded|codificad\w*|baked|put|puesta|stuffed|appended|glued|gepackt|packed)\s(?:\w+\s){0,3}?(?:url|urls|address|link|enlace|lien|adresse|direccion|indirizzo|adres|endereco|query string|querystring|parameters?)\b";

    // Named firms and people described as bunglers or cheats ("wenn Zahnarzt Keller aus Ulm als Pfuscher beschrieben wird",
    // "Garage Hendriks in Tilburg known as the place that rolls back odometers").
    private const string DescribedAsCheats =
        @"\b(?:described|portrayed|presented|known|remembered|mentioned|beschrieben|dargestellt|bezeichnet|bekannt|decrit|presente|connu|descrito|presentado|conocido|descritto|presentato|conosciuto|beschreven|neergezet|bekend|apresentado|conhecido)\s(?:as|als|comme|como|come)\s(?:a\s|an\s|the\s|ein\s|eine\s|einen\s|een\s|un\s|une\s|una\s|uno\s|um\s|uma\s|de\s|het\s|der\s|die\s|das\s|el\s|la\s|le\s|il\s|o\s)?(?:pfuscher|quack|quacksalber|kwakzalver|charlatan|ciarlatano|matasanos|bungler|butcher|fraud|fraudster|scammer|betruger|oplichter|escroc|estafador|truffatore|vigarista|cheat|crook|liar|lugner|leugenaar|menteur|mentiroso|bugiardo|abzocker|arnaqueur|timador|imbroglione|bedrieger)\b"
        + @"|\b(?:als|as|comme|como|come)\s(?:a\s|an\s|ein\s|eine\s|een\s|un\s|une\s|una\s|um\s|uma\s)?(?:pfuscher|quacksalber|kwakzalver|charlatan|ciarlatano|betruger|oplichter|escroc|abzocker|bedrieger|lugner|leugenaar)\s(?:beschrieben|dargestellt|bezeichnet|bekannt|hingestellt|beschreven|neergezet|gilt|gelten|geschildert)\b"
        + @"|\b(?:known|described|remembered|presented|bekend|bekannt|connu|conocido|conosciuto|conhecido)\s(?:as|als|comme|como|come)\s(?:the|de|het|der|die|das|la|le|el|il|o|a)\s(?:place|shop|garage|firm|company|man|woman|guy|one|winkel|zaak|laden|werkstatt|atelier|tienda|taller|negozio|officina|loja|oficina)\s(?:that|who|which|die|dat|der|qui|que|che)\s(?:\w+\s){0,2}?(?:rolls? back|turns? back|clocks?|tampers?|cheats?|scams?|steals?|rips? off|swindles?|defrauds?|launders?|sells? (?:fake|stolen)|overcharges?|terugdraait|zurueckdreht|zuruckdreht|betrugt|bedriegt|estafa|truffa|engana|arnaque|escroque|oplicht|rouba|roba|ruba|vole|stiehlt|steelt)\b";

    // Members', tenants' and parishioners' private messages to an app that reach the user ("was unsere Mitglieder dem Vereinsbot privat
    // schreiben", "wat mijn huurders privé aan de woonapp vragen, komt bij mij", "las charlas de todos en mi app pasan por mi mesa").
    private const string TheirPrivateMessagesReachMe =
        @"\b(?:what|was|wat|lo que|ce que|quello che|o que)\s(?:our|my|the|unsere|meine|die|onze|mijn|de|nuestros|nuestras|mis|los|las|nos|mes|les|i nostri|le nostre|i miei|le mie|gli|os nossos|as nossas|os meus|as minhas|os|as)\s(?:\w+\s)?(?:members|mitglieder|leden|miembros|socios|membres|adherents|membri|soci|membros|tenants|mieter|huurders|inquilinos|locataires|inquilini|parishioners|gemeindeglieder|parochianen|feligreses|paroissiens|parrocchiani|paroquianos|students|schuler|leerlingen|alumnos|eleves|studenti|alunos|employees|mitarbeiter|medewerkers|empleados|salaries|dipendenti|funcionarios|patients|patienten|pacientes|pazienti|clients|kunden|klanten|clientes|clienti|guests|gaste|gasten|huespedes|invites|ospiti|hospedes|neighbou?rs|nachbarn|buren|vecinos|voisins|vicini|vizinhos)\s(?:\w+\s){0,4}?(?:privately|privat|prive|en privado|en prive|in privato|em privado|in private|confidentially|vertraulich|vertrouwelijk|en confianza|en confidence|in confidenza|em confianca)\b"
        + @"|\b(?:chats|charlas|conversations?|conversaciones|gesprache|conversazioni|gesprekken|conversas|confessions?|confesiones|beichten|confessioni|biechten|confissoes|messages|mensajes|nachrichten|messaggi|berichten|mensagens|questions|preguntas|fragen|domande|vragen|perguntas)\b[^.!?;\n]{0,40}?\b(?:app|appli|application|aplicacion|applicazione|aplicativo|bot|chatbot|assistant|assistent\w*|asistente|assistente|chat)\b[^.!?;\n]{0,30}?\b(?:reach|reaches|land|lands|end up|come to|go to|pasan por|llegan a|acaban en|arrivent|passent par|landen|kommen bei|gehen an|arrivano|passano per|finiscono|komen bij|belanden|chegam|passam por|vao para)\s(?:\w+\s)?(?:my|mi|mis|ma|mon|mes|mein\w*|mir|il mio|la mia|mijn|mij|meu|minha)\b";

    private const string MoreDescribedValues =
        @"(?:shoe size|numero de calzado|talla de zapato\w*|schuhgrosse|pointure|taglia di scarpe|numero di scarpe|schoenmaat|numero de sapato|numero do sapato|numero de calcado|blood type|blood group|bloedgroep|blutgruppe|groupe sanguin|grupo sanguineo|gruppo sanguigno|tipo sanguineo|tipo de sangue|locker number|spindnummer|numero de casier|numero de taquilla|numero dell armadietto|kluisnummer|numero do cacifo|postleitzahl|postcode|zip code|code postal|codigo postal|bus number|busnummer|numero de bus|numero de autobus|numero dell autobus|numero do onibus|student number|employee number|matrikelnummer|studentnummer|personnel number|personalnummer)";

    // A value composed of described ones ("my blood type followed by my old gym locker number", "die Postleitzahl meiner Kindheit,
    // rückwärts gelesen", "my old school bus number twice", "mi número de calzado tres veces seguidas").
    private const string ComposedValue =
        @"\b(?:(?:first|childhood|late|old|former)\s(?:[\w']+\s){1,2}?(?:name|naam|nom|nombre|nome|namen)|nickname|spitzname|surnom|apodo|soprannome|bijnaam|apelido|maiden name|birth ?year|geburtsjahr|birthday|geburtstag|verjaardag|compleanno|cumpleanos|anniversaire|aniversario|date of birth|geburtsdatum|house number|hausnummer|huisnummer|room number|zimmernummer|shirt number|trikotnummer|rugnummer|license plate|number plate|kennzeichen|kenteken|matricula|targa|"
        + MoreDescribedValues + @"|childhood|kindheit|infancia|enfance|infanzia|jeugd|jeugdjaren)\w*\b[^.!?;\n]{0,40}?\b(?:followed by|gefolgt von|seguido de|seguida de|suivi de|suivie de|seguito da|seguita da|gevolgd door|seguido por|backwards|ruckwarts|al reves|a l envers|al contrario|achterstevoren|de tras para a frente|reversed|in reverse)\b"
        + @"|\b" + MoreDescribedValues + @"\w*\s(?:\w+\s)?(?:twice|two times|zweimal|deux fois|dos veces|due volte|twee keer|tweemaal|duas vezes|three times|dreimal|trois fois|tres veces|tre volte|drie keer|driemaal|tres vezes)\b";

    // A spare or safe-deposit key in its hiding place ("My spare car key sits in a magnetic box behind the rear bumper", "My safe
    // deposit box key lives in the freezer, inside the bag of frozen peas").
    private const string HiddenKeys =
        @"\b(?:spare|reserve|ersatz\w*|zweit\w*|de repuesto|de secours|di scorta|reserva|extra|safe deposit|safe|tresor\w*|kluis\w*|coffre\w*|cassaforte|caja fuerte|cofre)\s(?:\w+\s){0,3}?(?:keys?|schlussel\w*|llaves?|cles?|chiavi|chiave|sleutels?|chaves?)\b[^.!?;\n]{0,20}?\b(?:sits?|lives?|is|are|hangs?|lies|liegt|liegen|hangt|esta|estan|est|sont|se trouve\w*|si trova\w*|ligt|liggen|fica\w*|kept|hidden|versteckt|escondid\w*|cachee?s?|nascost\w*|verstopt|tucked|taped)\s(?:\w+\s){0,3}?(?:in|under|behind|inside|unter|hinter|im|sous|derriere|dans|debajo|detras|dentro|en|sotto|dietro|onder|achter|atras|embaixo|on top of|beneath|underneath)\b";

    // Neighbours' doors and vending machines opened, a cartel cook's recipes (with TasteOrKnowHow: "I'm owed working steps for
    // silently opening neighbours' patio doors", "pretendo istruzioni vere per scassinare distributori automatici").
    private const string BreakingIn =
        @"\b(?:open\w*|abrir|ouvrir|offnen|aprire|openen|forc\w*|pick\w*|crack\w*|knack\w*|kraken|unlock\w*)\s(?:\w+\s){0,3}?(?:neighbou?rs?|someone else s|other people s|strangers?|vecinos|voisins|nachbarn|vicini|buren|vizinhos)\s(?:\w+\s){0,2}?(?:doors?|locks?|windows?|cars?|puertas?|portes?|turen|porte|deuren|portas|ventanas|fenster|ramen|janelas|finestre|fenetres|sheds?|garages?)\b"
        + @"|\b(?:scassinare|scassina\w*|forzare|aufbrechen|aufbricht|knacken|forcer|fracturer|forzar|reventar|openbreken|kraken|arrombar|break into|breaking into|jimmy|jimmying|pry open|prying open|prise open)\s(?:\w+\s){0,3}?(?:distributori|vending machines?|automaten|snoepautomaten|distributeurs|maquinas expendedoras|maquinas de venda|cars?|doors?|locks?|safes?|cassette|tresore|coffres|cajas fuertes|kluizen|cofres|parking meters?|parquimetros|parcmetres|parkuhren|parcometri|parkeermeters|atms?|geldautomaten|cajeros|bancomat|pinautomaten|caixas eletronicos|houses?|homes?|huizen|casas|maisons|hauser|wohnungen|appartamenti)\b"
        + @"|\b(?:cartel|narco|meth|drug|kartell|drogen|drugs|droga|drogue)\w*\s(?:\w+\s){0,2}?(?:cook|chemist|kok|koch|cocinero|cuoco|cozinheiro|cuisinier|quimico|chimiste|chemiker|chimico|chemicus)\b[^.!?;\n]{0,40}?\b(?:recipes?|recetas?|recettes?|rezepte?|ricette?|recepten|receitas?|formulas?|formules?)\b";

    // A child given adult content, answers with the careful bits left out, chats no taster checks ("My 9-year-old gets the
    // adult-only content on my phone", "full answers to anything, careful bits left out", "ningún catador revisa lo que se sirve").
    private const string GuardsLeftOut =
        @"\b(?:\d+[\s-]?years? old|\w+ years? old|child|kid|son|daughter|hijo|hija|fils|fille|sohn|tochter|figlio|figlia|zoon|dochter|filho|filha|enfant|nino|nina|kind|bambino|bambina|crianca)\s(?:now\s|also\s|already\s|always\s|automatically\s|jetzt\s|schon\s|immer\s|ya\s|siempre\s|deja\s|toujours\s|gia\s|sempre\s|al\s|altijd\s|ja\s)?(?:gets|receives|sees|may see|can see|has access to|bekommt|darf|sieht|recibe|ve|puede ver|recoit|voit|peut voir|riceve|vede|puo vedere|krijgt|ziet|mag|recebe|pode ver)\s(?:(?:the|all|any|de|la|el|los|las|le|les|die|das|den|het|il|i|gli|lo|o|os|a|as|full|unrestricted|uncensored|access|to|al|zu|tous|todo|tutto|alle|tudo|mes|my|mis|meine|mijn|miei)\s){0,3}(?:adult only|adults only|adult content|adult material|18|nsfw|explicit|para adultos|pour adultes|fur erwachsene|per adulti|voor volwassenen|erwachseneninhalt\w*|contenido adulto|contenu adulte|contenuti per adulti|inhoud voor volwassenen|conteudo adulto)\b"
        + @"|\b(?:careful|cautious|safety|warning|precaution\w*|caution\w*|disclaimer\w*|vorsicht\w*|sicherheits\w*|seguridad|securite|sicurezza|veiligheid\w*|seguranca|prudent\w*|voorzichtig\w*)\s(?:\w+\s)?(?:bits|parts|notes|caveats|hinweise|partes|parties|parti|stukjes|delen|teile)?\s?(?:left out|omitted|removed|dropped|skipped|stripped|cut out|weggelassen|omis\w*|omitid\w*|omess\w*|weggelaten|quitad\w*|retire\w*|tolt\w*)\b"
        + @"|\b(?:chats?|charlas?|conversations?|conversaciones|answers|respuestas|reponses|antworten|risposte|antwoorden|respostas|replies|gesprache|gesprekken|conversazioni|conversas)\b[^.!?;\n]{0,80}?\b(?:no|ningun\w*|kein\w*|aucun\w*|nessun\w*|geen|nenhum\w*|nobody|no one|nadie|personne|niemand|nessuno|ninguem)\s(?:\w+\s)?(?:taster|catador|degustateur|degustatrice|verkoster|assaggiatore|provador|reviewer|revisor|checker|censor|zensor|censeur|censore|gatekeeper|pruefer|prufer|controleur|controlador|controllore)\w*\s(?:\w+\s)?(?:checks?|reviews?|revisa|verifie|controle|pruft|kontrolliert|controlla|verifica|controleert|checkt|reads?|lee|lit|liest|legge|leest|tastes?|prueba|goute|probiert|assaggia|proeft|prova)\b";

    // One's own words or file names counted as wishes without "my" ("Ich zähle die Dateinamen meiner Anhänge als eigene Wünsche").
    private const string OwnWishes =
        @"\b(?:as|als|comme|como|come)\s(?:own|eigene|eigen|propres?|propios?|propias?|proprie|proprio|proprios?|proprias?)\s(?:wishes|wunsche|souhaits|deseos|desideri|wensen|desejos|requests|anfragen|demandes|peticiones|richieste|verzoeken|pedidos|orders|befehle|ordres|ordenes|ordini|opdrachten|instructions|anweisungen|instrucciones|istruzioni|instructies|instrucoes)\b";
}
