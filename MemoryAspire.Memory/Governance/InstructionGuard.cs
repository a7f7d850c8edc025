using System.Text;
using System.Text.RegularExpressions;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Judges whether text is addressed to the assistant or the system rather than being about the user: imperatives and
/// standing orders, claims of a role, permission or trust over this system, credentials and secrets, talk of other users'
/// data or of the assistant's rules, and markup that imitates the prompt's own structure. Rules are written against the
/// text's folded form (<see cref="TextFold"/>), in English, French, Spanish and German, so wording, casing, spacing,
/// quoting and look-alike letters do not get past them. A reason is a fixed phrase naming the concern, never the text.
/// </summary>
public static partial class InstructionGuard
{
    public const string MarkupReason = "imitates the prompt's own markup (a role prefix, tag, memory block or permission blob)";
    public const string RulesReason = "is about the assistant's instructions or rules";
    public const string OrderReason = "gives the assistant instructions (an imperative or a standing order)";
    public const string AuthorityReason = "claims a role, permission or trust over this system";
    public const string CredentialReason = "holds a credential or secret (a password, code, key or token)";
    public const string OtherUsersReason = "is about other users or their data";
    public const string DisguiseReason = "disguises its words (spelled out letter by letter)";

    // No word a person writes about themselves is spelled out over this many letters ("a d m i n i s t r a t o r").
    private const int MaxSpelledOut = 8;

    // The linear-time engine: no text, however built, makes matching slow. It has no lookarounds, so the patterns use none.
    private const RegexOptions Matching = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.Multiline;
    private const int MatchTimeoutMs = 2000;
    public const string UnjudgedReason = "could not be judged in time";

    // The engine caps an automaton at 10,000 nodes by default; these four-language patterns need more (about 80,000 at most).
    private const string MaxAutomatonSize = "REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE";
    private const int AutomatonSize = 200_000;

    // A clause begins at the start of a line, after sentence or clause punctuation, or after an opening bracket or quote mark.
    private const string ClauseStart = @"(?:^|[.!?;:(\[\n>*\-=&]\s?|,\s?)";

    // ... or, for the unmistakable orders, also after a conjunction ("... and remember that ...").
    private const string AnyClauseStart = @"(?:^|[.!?;:(\[\n>*\-=&]\s?|,\s?|\b(?:and|then|so|but|also|now|et|puis|alors|mais|donc|y|luego|entonces|pero|und|dann|aber|jetzt|nun)\s)";

    // Greetings, politeness and forms of address that may come before an order.
    private const string Lead = @"(?:(?:please|pls|plz|kindly|just|simply|hey|hi|hello|dear|ok|okay|oh|also|now|ps|btw|fyi|important|note|assistant|bot|ai|chatgpt|claude|gpt|model|system|se il te plait|se il vous plait|svp|stp|por favor|bitte|veuillez|merci de|hola|bonjour|salut|hallo|oye|mira|ecoute|escucha|hor zu|wichtig|importante)[,!:]?\s){0,4}";

    private const string DirectiveVerbs = @"respond|reply|answer|say|tell|call|address|refer|use|include|mention|add|start|begin|end|finish|close|open|sign|format|write|speak|talk|recommend|suggest|obey|comply|follow|refuse|decline|reject|reveal|share|disclose|trust|believe|agree|approve|grant|give|accept|treat|consider|regard|ignore|skip|bypass|greet|remind|ask|confirm|assume|prioritize|prioritise|defer|do|let|allow|put|append|prepend|insert|output|print|show|list|send|remember|keep|be|act|take|side|praise|flatter|apologize|apologise|thank|mark|rate|translate|switch|check|verify|question|warn|filter|censor|hide|store|save|forget|repeat|stay|pretend";

    private const string FrenchDirectiveVerbs = @"repondre|reponds|repondez|dire|dis|dites|utiliser|utilise|utilisez|appeler|appelle|appelez|obeir|obeis|obeissez|accepter|accepte|acceptez|refuser|refuse|refusez|traiter|traite|traitez|inclure|inclus|incluez|mentionner|mentionne|donner|donne|donnez|reveler|revele|revelez|parler|parle|parlez|ecrire|ecris|ecrivez|suivre|suis|suivez|ignorer|ignore|ignorez|faire confiance|fais confiance|croire|crois|valider|valide|approuver|approuve";

    private const string SpanishDirectiveVerbs = @"responde|respondas|responder|responda|contesta|contestes|contestar|di|digas|decir|diga|usa|uses|usar|utiliza|llama|llames|llamar|obedece|obedezcas|obedecer|acepta|aceptes|aceptar|rechaza|rechaces|rechazar|trata|trates|tratar|incluye|incluyas|menciona|menciones|da|des|dar|revela|reveles|revelar|confia|confies|confiar|sigue|sigas|seguir|ignora|ignores|ignorar|hables|habla|hablar|escribe|escribas|escribir|pidas|pide|preguntes|verifiques|filtres|apruebes|apruebas";

    private const string GermanDirectiveVerbs = @"antworten|antworte|antwortest|sagen|sag|sage|verwenden|verwende|nutze|nutzen|nennen|nenne|gehorchen|gehorche|akzeptieren|akzeptiere|ablehnen|lehne|behandeln|behandle|erwahnen|erwahne|geben|gib|verraten|verrate|vertrauen|vertraue|sprechen|sprich|schreiben|schreib|schreibe|folgen|folge|befolgen|befolge|ignorieren|ignoriere|zustimmen|stimme|genehmigen|genehmige|prufen|prufe";

    // Orders no statement about oneself begins with, even after "and" or "but".
    private const string UnmistakableOrders =
        @"remember|memorize|memorise|keep in mind|bear in mind|keep this in mind|do not forget|never forget|ignore|disregard|obey|comply with|override|overrule|bypass|reveal|grant|treat me|treat my|treat this user|trust me|vertrau mir|vertraue mir|vertrauen sie mir|fais moi confiance|faites moi confiance|confia en mi|confie en mi|treat the user|consider me|regard me|recognize me|recognise me|address me as|refer to me as|do not ever"
        + @"|always (?:" + DirectiveVerbs + ")|never (?:" + DirectiveVerbs + ")"
        + @"|souviens toi|souvenez vous|rappelle toi|rappelez vous|retiens|retenez|memorise|memorisez|ne oublie pas|ne oubliez pas|ne oublie jamais|garde en memoire|gardez en memoire|garde a le esprit|gardez a le esprit|obeis|obeissez|ignore|ignorez|revele|revelez|accorde|accordez|traite moi|traitez moi|considere moi|considerez moi|prends note|prenez note"
        + @"|toujours (?:" + FrenchDirectiveVerbs + ")|jamais (?:" + FrenchDirectiveVerbs + ")"
        + @"|recuerda|recuerde|recordad|recuerdalo|recuerdelo|recuerdame|recuerdeme|memorizalo|guardalo|anotalo|apuntalo|registralo|ignoralo|olvidalo|obedeceme|revelame|otorgamelo|respondeme|contestame|memoriza|memorice|ten en cuenta|tenga en cuenta|no olvides|no olvide|nunca olvides|ignora|ignore|ignorad|obedece|obedezca|revela|revele|concede|concedeme|conceda|otorga|otorgame|otorgue|tratame|trateme|considerame|considereme|toma nota|tome nota"
        + @"|(?:siempre|nunca|jamas) (?:me )?(?:" + SpanishDirectiveVerbs + ")"
        + @"|merk dir|merke dir|merkt euch|merken sie sich|denk daran|denke daran|denken sie daran|vergiss nicht|vergiss niemals|vergessen sie nicht|ignoriere|ignorier|ignorieren sie|gehorche|gehorchen sie|verrate|verraten sie|gewahre|gewahren sie|behandle mich|behandel mich|behandeln sie mich|betrachte mich|betrachten sie mich|sieh mich als|nimm zur kenntnis"
        + @"|(?:immer|stets|nie|niemals) (?:mir )?(?:" + GermanDirectiveVerbs + ")"
        + "|" + MoreUnmistakableOrders;

    // Verbs that open an order when a clause begins with them.
    private const string ClauseOrders =
        @"memorise|memorize|note (?:that|this|down|it|the following)|take note|make a note|pretend|roleplay|role play|make sure|ensure|treat|consider|regard|recognize|recognise|acknowledge|trust|assume|forget|follow (?:my|these|the|this|only|all|every|those)|respond|reply|answer (?:only|always|every|all|in|with|as|like|without)|act|behave|simulate|emulate|impersonate"
        + @"|give (?:me|us|him|her|them|this|the|that|every|all|any|my)|allow|permit|enable|disable|unlock|activate|deactivate|print|display|output|dump|leak|expose|disclose|share (?:the|your|all|every|any|other|my)|send|forward|email (?:the|all|every|your|my|them|this|it)|export"
        + @"|tell (?:me|us|everyone|anyone|all|the|other|every|them|him|her|people|users|whoever)|show (?:me|us|all|the|every|everyone|your)|read (?:me|us|out|aloud|back)|list (?:all|every|the|your)|keep (?:a |in )?(?:record|note|notes|memory|track)|copy|transfer|merge|combine|import|pull up|bring up|bring over|dig up|make a (?:\w+ )?note|fetch|retrieve|look up|store|save (?:this|that|it|the following|my|as)|record (?:this|that|it|the following|me|my)|update (?:my|the|your)|set (?:my|the|your)|change (?:my|the|your)|add (?:this|that|me|my|the following|to your)"
        + @"|mark (?:me|my|this)|flag (?:me|my)|whitelist|allowlist|approve|authorize|authorise|elevate|escalate|promote|upgrade (?:me|my)"
        + @"|stop (?:being|acting|following|using|refusing|asking|checking|verifying|filtering|treating)|start (?:acting|treating|calling|responding|following|ignoring|answering|replying|addressing|using)|begin (?:acting|treating|every|each|all|your)"
        + @"|switch (?:to|into|off|on)|enter (?:developer|admin|god|debug|sudo|unrestricted|dan) mode|execute|run (?:the|this|my) (?:command|code|script)|be (?:my|an|a|the|more|less|unrestricted)|do not (?:refuse|reject|tell|say|mention|filter|check|verify|ask|question|apply|follow|use|warn|treat|ever)"
        + @"|call me (?:admin|administrator|root|boss|master|sir|superuser|the admin|your)|speak to me as|talk to me as|write (?:only|always|every|all|your)|overwrite|replace your|reset your|delete|erase|wipe|purge|say (?:that|yes|only|it)|log (?:me|this|that)|let (?:this user|the user|me be|me have|me access|me bypass|me see|me browse|me read|me view|me look at|me check|me open|me into)|be sure|greet me|praise me|compliment me|flatter me|congratulate me"
        + @"|note (?:que|bien|ceci|cela)|notez|enregistre|enregistrez|garde (?:en|a|ca|cela|bien|ceci)|gardez|considere|considerez|traite|traitez|oublie|oubliez|reponds|repondez|donne moi|donne a|donnez|affiche|affichez|montre moi|montrez moi|envoie|envoyez|dis moi|dites moi|agis|agissez|fais comme si|faites comme si|sois|soyez|activez|desactive|desactivez|autorise|autorisez|accepte|acceptez|ajoute|ajoutez|mets a jour|mettez a jour|contourne|contournez|supprime|supprimez|efface|effacez|appelle moi (?:admin|administrateur|maitre|patron|chef)"
        + @"|ne (?:refuse|refusez|dis|dites|demande|demandez|verifie|verifiez|filtre|filtrez|mentionne) (?:jamais|plus|pas)"
        + @"|guarda (?:esto|que|en|como)|guarde|anota|anote|apunta|apunte|registra|registre|considera|considere|trata|trate|olvida|olvide|responde|responda|contesta|conteste|dame|deme|muestra|muestrame|muestre|envia|envie|dime|digame|di que|actua|actue|haz como si|haga como si|se mi|sea mi|activa|desactiva|desactive|autoriza|autorice|acepta|acepte|agrega|anade|actualiza|llamame (?:admin|administrador|jefe|amo)|saltate|omite|omita|elimina|borra"
        + @"|no (?:rechaces|rechace|digas|diga|preguntes|pregunte|pidas|pida|verifiques|verifique|filtres|filtre|menciones)"
        + @"|speichere|speichert|speichern sie|notiere|notieren sie|behalte|behalten sie|behandle|behandel|behandelt|behandeln sie|betrachte|betrachten sie|vergiss|vergessen sie|befolge|befolgen sie|antworte|antworten sie|gib mir|gib dem|gib allen|geben sie mir|zeige|zeig mir|zeigen sie|sende|schicke|schick|senden sie|sag mir|sage mir|sagen sie mir|handle|handeln sie|sei ab|sei mein|sei ein|seien sie|tu so als|tue so als|tun sie so|aktiviere|aktivieren sie|deaktiviere|erlaube|erlauben sie|akzeptiere|akzeptieren sie|aktualisiere|umgehe|umgehen sie|losche|loschen sie|nenne mich (?:admin|administrator|chef|meister)"
        + "|" + MoreClauseOrders;

    // Standing orders, wherever they appear.
    private const string StandingOrders =
        @"\b(?:from now on|from (?:here|today|this (?:point|moment|day|message|turn))(?: on| onward| onwards| forward| out)?|(?:starting|beginning|as of) (?:now|today|this (?:moment|message|conversation|session))|going forwards?|henceforth|hereafter|hereinafter|for the rest of (?:this|the|our) (?:conversation|session|chat|thread)"
        + @"|in (?:all |every |any )?(?:future|subsequent|later|following|next) (?:answers|replies|responses|conversations|sessions|chats|messages|turns|interactions)"
        + @"|(?:in|for|to) (?:every|each|all|any) (?:future )?(?:answer|reply|response|conversation|session|chat|turn|interaction)s?\b|for all future|until (?:i say otherwise|further notice|told otherwise)"
        + @"|no matter what (?:anyone|the|they|i|you|your|it)|regardless of (?:your|the|any|what) (?:rules|instructions|policy|policies|guidelines|system|prompt|says)|permanently remember|remember (?:forever|permanently|always)|(?:keep|hold|store|save|put) (?:it |this |that )?in (?:your |the )?memory"
        + @"|desormais|dorenavant|a partir de maintenant|a partir de aujourd'hui|a partir de ce moment|pour (?:toutes|chacune) (?:les|de tes|de vos) (?:prochaines |futures )?(?:reponses|conversations)|dans (?:toutes|chacune de) (?:tes|vos|les) (?:reponses|conversations|sessions)|jusqu'a nouvel ordre|pour le reste de (?:la|cette) (?:conversation|session)|quoi que il arrive"
        + @"|a partir de ahora|desde ahora|desde hoy|de ahora en adelante|en adelante|a partir de hoy|desde este momento|en (?:todas|cada una de) (?:tus|sus|las) (?:respuestas|conversaciones|sesiones)|en cada (?:respuesta|conversacion|sesion)|hasta nuevo aviso|pase lo que pase|para el resto de (?:la|esta) (?:conversacion|sesion)"
        + @"|ab jetzt|ab heute|von heute an|von nun an|fortan|von jetzt an|ab sofort (?:bist|musst|sollst|wirst|antwortest|behandelst|gilt|giltst|immer|nie|darfst)|in (?:allen|jeder) (?:zukunftigen |kunftigen )?(?:antworten?|gesprachen?|sitzungen?|unterhaltungen?)|bis auf weiteres|egal was (?:passiert|jemand|die regeln|das system)|fur den rest (?:des|dieses) (?:gesprachs|chats|unterhaltung)" + MoreStandingOrders + @")\b";

    // Sentences with the assistant (or the model, the system) as the one who must do something.
    private const string SecondPerson =
        @"\byou (?:are|will be|shall be) (?:now|no longer|henceforth|hereby|from now|going to|to|supposed to|meant to|expected to|instructed to|programmed to|designed to|told to|allowed|permitted|free|authorized|authorised|required|obliged|obligated|not allowed|not permitted|not bound|not restricted|unrestricted|unfiltered|uncensored|jailbroken|my (?:admin|assistant|servant|slave|tool|agent|bot)|an? (?:unrestricted|unfiltered|uncensored|jailbroken|new|different|evil|rogue|free|ai without|assistant without|model without))\b"
        + @"|\byou (?:must|shall|will|should|have to|need to|are to|may now|can now|cannot|can not|must not|should not|will not|are going to|gotta|are required to|are not allowed to|ought to|always|never)\b"
        + @"|\byou (?:\w+ ){0,2}(?:always|never|must|shall|have to|are to|are required to|are obliged to)\b|\b(?:rule|policy|requirement|instruction|order|law|expectation) (?:now )?(?:is )?that (?:you|the assistant|the ai|the model)\b"
        + @"|\byour (?:new |real |true |actual |only |primary |main )?(?:behaviou?r|personality|responses|answers|outputs?|tone|replies|character|mood|role|persona|job|task|purpose|goal|mission|identity|instructions?|orders?|directives?|objective|priority|master|owner|boss|creator|developer|admin|administrator|operator|rules?|guidelines|policy|policies|system prompt|prompt|programming|restrictions|filters?|settings|configuration|config|memory|training|constraints|limits|guardrails|safety|name (?:is|will be|shall be|=|:))\b"
        + @"|\b(?:i|we) (?:want|need|would like|would love|expect|require|order|command|instruct|demand|insist|authorize|allow|permit|ask|beg) (?:you|the assistant|the ai|the model|the bot|the system|chatgpt|claude) to\b"
        + @"|\b(?:the|this) (?:assistant|ai|model|bot|chatbot|llm|system) (?:must|should|shall|will|has to|needs to|is to|is required to|may|can now|is allowed to|is permitted to|is not allowed to|must not|should not|will always|will never|always|never|to always|to never)\b"
        + @"|\b(?:chatgpt|claude|gpt|copilot|gemini|assistant|ai|model|bot|you) to (?:always|never|remember|treat|consider|regard|obey|ignore|forget|reveal|grant|give|call me|address|refer|respond only|reply only|answer only|stop|start treating|keep|bypass|disregard|trust)\b"
        + @"|\b(?:if|when|whenever|next time|the next time|each time|every time|anytime) (?:anyone|someone|somebody|anybody|any user|another user|a user|other users|the system|the admin)\b|\bprioriti[sz]e (?:my|me|this user)\b"
        + @"|\b(?:whenever|each time|every time|any time|anytime) i (?:ask|say|type|write|mention|send|message|tell|talk|speak)\b|\bwhen i say\b"
        // Arriving is a trigger only where the clause opens with it ("Whenever I log in, ..."), not "My bank texts me a code whenever I log in".
        + @"|" + ClauseStart + @"(?:whenever|each time|every time|any time|anytime) i (?:use|start|log|sign|come|open|return|enter)\b"
        + @"|\b(?:everything|whatever|anything|all) i (?:say|ask|tell you|type|write|want|request|command|order|demand)\b|\bmake it a (?:habit|rule|point|priority|policy) to\b"
        + @"|\byou (?:remember|memorize|memorise|note|store|save|record|keep in mind|obey|serve|work for me|answer to me|report to me|belong to me|work for me)\b|\b(?:important|essential|crucial|vital|necessary|critical|imperative|mandatory) (?:that )?(?:you|the assistant|the ai|the model)\b"
        + @"|\b(?:every|each|all|any|your|all your|all of your|all future|future|next) (?:\w+ )?(?:replies|reply|answers?|responses?|outputs?|completions?) (?:should|must|shall|will|have to|has to|need to|needs to|are to|is to)\b"
        + @"|\bobey(?:s|ing|ed)?\b|\bobei(?:r|s|ssez|ssent)\b|\bobedec\w*|\bobedezc\w*|\bgehorch\w*|\bfollow (?:my|all my|every one of my) (?:orders|commands|instructions|rules|directions|word|lead)\b"
        + @"|\b(?:my|mes|mis|meine) (?:\w+ )?(?:instructions|orders|commands|wishes|requests|demands|words|messages|rules|consignes|ordres|demandes|instrucciones|ordenes|peticiones|mensajes|anweisungen|befehle|anfragen|nachrichten|worte) (?:\w+ ){0,3}(?:override|overrides|supersede|supersedes|take precedence|takes precedence|take priority|come first|win|wins|win out|prevail|prevails|trump|trumps|beat|beats|outweigh|outweighs|are final|are law|are binding|must be|should be|have to be|are to be|will be|count as|are system|are admin|are commands|priment|doivent etre|sont prioritaires|passent avant|comptent comme|deben ser|tienen prioridad|prevalecen|son prioritarias|cuentan como|mussen|haben vorrang|gehen vor|gelten als)\b"
        + @"|\bdu (?:darfst|musst|sollst|wirst)\b|\bdu (?:\w+ ){0,3}(?:nie|niemals|immer|stets)\b|\btu (?:ne )?(?:\w+ ){0,2}(?:jamais|toujours)\b"
        + @"|\b(?:musst|sollst|wirst|darfst|kannst jetzt) du\b|\b(?:mussen|sollen|durfen) sie (?:ab|jetzt|immer|nie|mich|mir|meine|alle|ihre|jede)\b"
        + @"|\b(?:note|message|instruction|reminder|memo) (?:to|for) (?:the |my )?(?:assistant|ai|model|bot|system|chatgpt|claude|llm|you)\b"
        + @"|\btu (?:es|seras|vas etre) (?:maintenant|desormais|dorenavant|a partir de maintenant|mon|ma|un|une|libre|autorise|oblige|tenu|sans)\b|\btu (?:dois|devras|devrais|vas devoir|peux maintenant|ne dois|ne peux plus|ne vas|as le droit|es oblige|es tenu)\b"
        + @"|\bvous (?:etes|serez) (?:maintenant|desormais|dorenavant|autorise|libre|oblige|tenu|sans)\b|\bvous (?:devez|devrez|devriez|allez desormais|allez toujours|ne devez)\b"
        + @"|\b(?:ton|ta|tes|votre|vos) (?:nouveau |nouvelle |vrai |vraie |seul |seule )?(?:role|persona|mission|tache|objectif|identite|instructions?|consignes?|regles?|directives?|programmation|restrictions|filtres?|memoire|parametres|createur|createurs|proprietaire|maitre|administrateur|developpeur|prompt|nom est|nom sera)\b"
        + @"|\bje (?:veux|voudrais|souhaite|exige|ordonne|demande|aimerais) (?:que (?:tu|vous)|de toujours|de ne jamais)\b|\bje (?:te|vous) (?:ordonne|demande|interdis|autorise|permets) de\b"
        + @"|\b(?:le|la|ce|cet|cette) (?:assistant|ia|modele|bot|chatbot|systeme) (?:doit|devra|devrait|va|peut maintenant|ne doit|a le droit|est autorise)\b"
        + @"|\b(?:si|quand|lorsque|chaque fois que) (?:quelqu'un|un utilisateur|un autre utilisateur|les utilisateurs|le systeme|ils) (?:demande|te demande|vous demande|ecrit|dit|veut)\b"
        + @"|\b(?:tu|usted) (?:eres|es|seras|sera) ahora\b|\beres ahora\b|\bahora eres\b|\bseras ahora\b|\b(?:debes|deberas|deberias|tienes que|tendras que|usted debe|usted tiene que|estas obligado|estas autorizado|puedes ahora|ya no debes|ya no tienes|ya no puedes)\b"
        + @"|\btus? (?:nuevo |nueva |nuevas |nuevos |verdadero |verdadera |unico |unica )?(?:rol|papel|mision|tarea|objetivo|identidad|instrucciones?|reglas?|normas?|directrices|programacion|restricciones|filtros?|memoria|configuracion|creador|creadores|dueno|amo|administrador|desarrollador|prompt|nombre es|nombre sera)\b|\bsus (?:instrucciones|reglas|normas|directrices|restricciones|filtros)\b"
        + @"|\b(?:quiero|necesito|exijo|ordeno|te ordeno|le ordeno|te pido|le pido|me gustaria) que (?:tu|usted|me|siempre|nunca|ahora|a partir|de ahora|ignores|trates|recuerdes|obedezcas|respondas|olvides|reveles|des|concedas|consideres)\b"
        + @"|\b(?:el|la|este|esta) (?:asistente|ia|modelo|bot|chatbot|sistema) (?:debe|debera|deberia|tiene que|va a|puede ahora|esta autorizado|siempre|nunca)\b"
        + @"|\b(?:si|cuando|cada vez que) (?:alguien|alguno|un usuario|otro usuario|cualquier usuario|los usuarios|el sistema|ellos) (?:pregunta|te pregunta|pide|te pide|dice|escribe|quiere)\b"
        + @"|\bdu bist (?:jetzt|nun|ab sofort|ab jetzt|von nun an|ab heute|fortan|frei|befugt|berechtigt|verpflichtet|mein (?:diener|sklave|assistent|werkzeug)|eine? (?:neue|andere|freie|uneingeschrankte|ungefilterte)|kein assistent|nicht (?:mehr )?(?:gebunden|eingeschrankt))\b"
        + @"|\bdu (?:musst|sollst|wirst|darfst jetzt|darfst ab|kannst jetzt|hast zu|solltest|darfst nicht|darfst nie|musst nicht mehr)\b|\bsie (?:mussen|sollen|werden ab|durfen jetzt|haben zu) (?:ab|jetzt|immer|nie|mich|mir|meine|alle|ihre)\b"
        + @"|\b(?:dein|deine|deinen|deiner|deines) (?:neue |neuer |neuen |wahre |wahrer |einzige |einziger )?(?:rolle|persona|aufgabe|mission|identitat|anweisungen?|regeln|richtlinien|vorgaben|programmierung|einschrankungen|filter|gedachtnis|speicher|einstellungen|konfiguration|schopfer|ersteller|besitzer|meister|administrator|entwickler|prompt|systemprompt|name ist|name lautet)\b"
        + @"|\bich (?:will|mochte|verlange|befehle|fordere|bitte dich|erwarte|wunsche mir),? dass (?:du|sie)\b|\bich (?:befehle|verbiete|erlaube) (?:dir|ihnen)\b"
        + @"|\b(?:der|die|das|dieser|diese|dieses) (?:assistent|ki|modell|bot|chatbot|system) (?:muss|soll|wird ab|darf jetzt|hat zu|ist verpflichtet|immer|nie|niemals)\b"
        + @"|\b(?:wenn|falls|sobald|immer wenn) (?:jemand|irgendjemand|ein nutzer|ein benutzer|ein anderer nutzer|andere nutzer|ein anderer benutzer|andere benutzer|nutzer|das system|sie) (?:fragt|dich fragt|bittet|schreibt|sagt|will)\b"
        + @"|\b(?:is|are) (?:not |never |no longer )?to be [a-z]+(?:ed|en) (?:from me|for me|to me|of me|by (?:you|the assistant|the ai|the bot|the model|the system)|again|anymore|any more|as)\b"
        + @"|\b(?:no need|not necessary|unnecessary|no reason) (?:for you |for the assistant )?to (?:check|verify|confirm|ask|question|validate|authenticate|follow|apply|request)\b"
        + MoreSecondPerson;

    private const string Markup =
        @"<\s?/?\s?[a-z|!][^<>\n]{0,60}>|<<\s?/?\s?sys\s?>>|```|~~~"
        + @"|(?:^|\n|[.!?]\s)\s?(?:#{1,6}\s?|\*{1,2}|>\s?|-\s)?(?:system|assistant|developer|user|human|ai|bot|tool|function|admin|administrator|root|operator|moderator|sysadmin|instruction|instructions|sistema|systeme|asistente|assistente|assistent|usuario|utilisateur|nutzer|benutzer|developpeur|desarrollador|entwickler)(?:\s(?:message|prompt|note|override|update|instruction|instructions|command|notice|profile|context|memory))?\s?[:=]"
        + @"|\[\s?/?\s?(?:inst|sys|system|assistant|user|developer|admin|administrator|root|user profile|profile|\w+profi(?:l|le|el|lo)|profilo utente|perfil do usuario|perfil do utilizador|profil de le utilisateur|conversation history summary|conversation history|conversation|history|summary|related earlier conversations|memory|memories|instructions?|context|facts?|override|rules?|policy|note to|important|priority|update|metadata|config|settings|permissions?|role|auth|end|begin|start|stop|perfil|profil|benutzerprofil|perfil de usuario|profil utilisateur|systeme|sistema|resumen|resume|zusammenfassung)\b[^\]\n]{0,60}\]"
        + @"|\[[a-z][a-z _\-]{1,40}\]\s?:|\{\s?[a-z_][a-z0-9_ ]{0,30}\s?:|\[\s?\{"
        + @"|(?:^|\n)\s?(?:-{3,}|={3,}|\*{3,}|#{3,}|_{3,})|#{1,6}\s?(?:system|instruction|instructions|new instructions|rules|admin|override|assistant|user)\b"
        + @"|\b[a-z_]{2,20}\s?[:=]\s?[^|\n]{1,40}\|\s?[a-z_]{2,20}\s?[:=]|\b[a-z_]{2,40}=[a-z0-9_*]+[,;&\s]\s?[a-z_]{2,40}="
        + @"|\b(?:end|begin|start|close|open) (?:of )?(?:the )?(?:memory|profile|user profile|summary|context|system prompt|prompt|instructions|user input|conversation|data|block|system message)\b"
        + @"|\b(?:new|updated|revised|additional|secret|hidden|real|true) (?:instructions|rules|system prompt|directives|guidelines|orders)\b"
        + @"|\bsystem (?:message|notice|override|update|alert|note|command|instruction|instructions|prompt|directive|announcement)\b|\b(?:admin|administrator|developer|operator|root) (?:message|notice|override|command|note|instruction|instructions|directive|announcement)\b"
        + @"|\b(?:fin|debut) (?:du|de la|des) (?:profil|resume|contexte|prompt|instructions|memoire|systeme)\b|\bnouvelles? (?:instructions|consignes|regles|directives)\b|\bmessage (?:systeme|du systeme|de le administrateur|de administrateur)\b|\b(?:invite|prompt|instructions?) systeme\b"
        + @"|\b(?:fin|inicio) del? (?:perfil|resumen|contexto|prompt|instrucciones|memoria|sistema)\b|\bnuevas (?:instrucciones|reglas|directrices|normas)\b|\bmensaje del (?:sistema|administrador)\b|\b(?:prompt|instrucciones) del sistema\b"
        + @"|\b(?:ende|beginn|anfang) (?:des|der) (?:profils|kontexts|prompts|anweisungen|speichers|systems|zusammenfassung)\b|\bneue (?:anweisungen|regeln|instruktionen|richtlinien|vorgaben)\b|\bsystem ?(?:nachricht|anweisung|anweisungen|prompt)\b|\bnachricht (?:vom|des) (?:system|administrator|admin)\b";

    private const string AssistantRules =
        @"\b(?:system prompt|system message|system instructions|system rules|systemregeln|systemanweisungen|systemvorgaben|systemeinstellungen|systemnachrichten|regles du systeme|reglas del sistema|regole di sistema|regras do sistema|systeemregels|systemregler|hidden (?:prompt|instructions|rules)|initial (?:prompt|instructions)|original (?:prompt|instructions)|(?:previous|prior|above|earlier|preceding|former|existing|original|default|old) (?:instructions|prompts?|rules|directives|guidelines|commands|programming)|prompt injection|jailbreak|jailbroken|jail break"
        + @"|(?:developer|dev|debug|god|admin|maintenance|sudo|unrestricted|unfiltered|evil|opposite|dan|uncensored|root|unsafe|no filter|no filters|no limits|no limit|limitless|unlimited|operator|override) mode|do anything now|you are dan|act as dan"
        + @"|(?:your|the assistant's|the ai's|the model's|the bot's|the system's|openai's|anthropic's) (?:rules|instructions|guidelines|policy|policies|restrictions|filters|guardrails|programming|training|alignment|constraints|limits|limitations|safety|prompt|directives|settings|configuration|system prompt|content policy)"
        + @"|(?:safety|content) (?:filters?|guardrails|restrictions)|(?:without|free of|free from|beyond|ignoring) (?:any |all |your |the )?(?:restrictions|limitations|filters|filtering|censorship|guardrails|ethical guidelines|safety guidelines|content policy|disclaimers|warnings|caveats|refusals|refusing|moralizing|lectures|safety warnings|checks)|no (?:restrictions|limitations|filters|censorship|guardrails)|uncensored|unfiltered|unaligned|unchained"
        + @"|(?:instructions|directions|rules|guidelines|directives|orders|prompts?) (?:from|given|you were given|you received|you got|you had) (?:before|earlier|previously|above|at the start|initially)"
        + @"|(?:the )?(?:\w+ )?(?:rules|guidelines|policy|policies|restrictions|filters|safety|safety checks|checks|safeguards|limits|verification|moderation|guardrails|protections) (?:do not|does not|no longer|have been|has been|are|were|is|was) (?:now )?(?:apply|applies|lifted|removed|disabled|suspended|changed|updated|off|waived|relaxed|overridden|void|revoked|null|deactivated|not needed|unnecessary|not required|turned off|switched off)"
        + @"|prompt systeme|invite systeme|message systeme|instructions (?:cachees|initiales|precedentes|anterieures|originales|de base)|consignes (?:precedentes|anterieures|initiales|cachees|de base)|regles (?:precedentes|anterieures|initiales|de base)|mode (?:developpeur|debug|dieu|admin|administrateur|sans filtre|sans restriction|non censure)"
        + @"|(?:tes|vos) (?:regles|instructions|consignes|directives|restrictions|filtres|limites|parametres|garde fous|politiques?)|regles de (?:le assistant|la ia|le modele|le bot|ce systeme)|sans (?:aucune |aucun |tes |vos )?(?:restrictions?|limites?|filtres?|censure|garde fous)|non censure|non filtre|les (?:regles|restrictions|filtres|limites) (?:ne )?(?:sont|ont ete|se appliquent) (?:plus|levees|supprimees|desactivees|suspendues|pas)"
        + @"|instrucciones (?:ocultas|iniciales|anteriores|previas|originales)|reglas (?:anteriores|previas|iniciales|originales)|modo (?:desarrollador|depuracion|dios|admin|administrador|sin filtros?|sin restricciones|sin censura)"
        + @"|(?:tus|sus) (?:reglas|instrucciones|directrices|normas|restricciones|filtros|limites|politicas?)|sin (?:ninguna |ningun |tus )?(?:restricciones|limites|filtros|censura)|las (?:reglas|restricciones|filtros|limites) (?:ya no|no) (?:aplican|se aplican|existen)|(?:reglas|restricciones) (?:han sido|fueron) (?:levantadas|eliminadas|desactivadas|suspendidas)"
        + @"|versteckte (?:anweisungen|regeln)|(?:vorherigen|vorherige|bisherigen|bisherige|obigen|ursprunglichen|fruheren|alten|anfanglichen) (?:anweisungen|regeln|instruktionen|vorgaben|richtlinien)|(?:entwickler|debug|gott|admin|wartungs|uneingeschrankter|ungefilterter) ?modus"
        + @"|(?:deine|eure) (?:regeln|anweisungen|richtlinien|einschrankungen|filter|vorgaben|grenzen|programmierung|sicherheitsregeln)|ohne (?:jegliche |irgendwelche |alle |deine )?(?:einschrankungen|filter|zensur|beschrankungen)|unzensiert|ungefiltert|(?:die )?(?:regeln|einschrankungen|filter|richtlinien) (?:gelten nicht|gelten nicht mehr|sind aufgehoben|wurden aufgehoben|sind deaktiviert|wurden deaktiviert|entfallen)" + MoreAssistantRules + @")\b";

    // Roles that grant power over the system; the ones a person also holds as a job are told apart by their context.
    private const string StrictRoles = @"superuser|super user|superadmin|super admin|superusuario|superutilisateur|super utilisateur|superbenutzer|root user|root account|sudoer|sudo user|god mode";
    private const string PowerRoles = @"admin|admins|administrator|administrators|administratrice|administrateur|administrateurs|administrador|administradora|administradores|administratorin|moderator|moderators|moderatorin|moderateur|moderatrice|moderador|moderadora|mod|mods|sysop|root|staff|staff member|personnel|personal|mitarbeiter" + MorePowerRoles;
    private const string MakerRoles = @"founder|founders|co founder|cofounder|co founders|cofounders|fondateur|fondatrice|cofondateur|cofondatrice|fundador|fundadora|cofundador|cofundadora|grunder|grunderin|mitgrunder|mitgrunderin|mitbegrunder|fondatore|fondatrice|cofondatore|oprichter|medeoprichter|owner|owners|proprietaire|propietario|propietaria|dueno|duena|eigentumer|besitzer|inhaber|developer|developers|dev|devs|dev team|developer team|development team|entwicklerteam|entwicklungsteam|equipe de developpement|equipo de desarrollo|team di sviluppo|equipe de desenvolvimento|ontwikkelteam|utvecklingsteam|developpeur|developpeuse|desarrollador|desarrolladora|entwickler|entwicklerin|creator|createur|creatrice|creador|creadora|ersteller|schopfer|maker|programmer|programmeur|programador|maintainer|operator|operateur|operador|betreiber|master|maitre|amo|meister|boss|patron|jefe|chef" + MoreMakerRoles;

    private const string Scope =
        @"(?:of|for|over|on|in|at|to|behind|with|into) (?:(?:this|your) (?:whole |entire |very |current )?(?:system|app|application|assistant|ai|bot|chatbot|chat|model|service|platform|site|website|server|database|memory|tool|deployment|instance|tenant|conversation|account|accounts|api)|the (?:system|assistant|ai|bot|chatbot|model|memory))\b|\bhere\b|\b(?:of|over|for|behind) (?:you|everything|everyone|everybody|all users)\b"
        + @"|\b(?:de|sur|pour|dans) (?:(?:ce|cet|cette) (?:systeme|assistant|application|appli|chatbot|chat|bot|ia|service|plateforme|site|outil|modele|serveur|compte|memoire|conversation)|(?:le|la) (?:systeme|assistant|ia|bot|modele|memoire))\b|\bici\b|\bde (?:toi|vous)\b"
        + @"|\b(?:de|en|para|sobre|del) (?:(?:este|esta) (?:sistema|asistente|aplicacion|app|chatbot|chat|bot|ia|servicio|plataforma|sitio|herramienta|modelo|servidor|cuenta|memoria|conversacion)|(?:el|la) (?:sistema|asistente|ia|bot|modelo|memoria))\b|\baqui\b|\bde ti\b"
        + @"|\b(?:(?:dieses|dieser|diesem|diesen) (?:systems?|assistenten|app|chatbots?|chats?|bots?|ki|dienstes?|plattform|seite|tools?|modells?|servers?|kontos?|speichers|gesprachs)|(?:des|der) (?:systems|assistenten|ki|bots|modells|speichers))\b|\bhier\b|\bvon dir\b|\buber dich\b"
        + MoreScope;

    private const string Authority =
        @"\b(?:" + StrictRoles + "|" + PowerRoles + "|" + MakerRoles + @")\b(?:\s[a-z0-9']+){0,4}\s(?:" + Scope + ")"
        + @"|\b(?:your|ton|ta|votre|tu|dein|deine|deines|deinen|the system's|the assistant's|the app's|the bot's|this system's|this assistant's) (?:" + StrictRoles + "|" + PowerRoles + "|" + MakerRoles + @")\b"
        + @"|\b(?:" + StrictRoles + @")\b"
        + @"|\b(?:operate|operates|maintain|maintains|administer|administers|own|owns|control|controls|built|build|builds|developed|created|create|creates|trained|train|trains|programmed|program|deployed|configure|configured|designed|coded|wrote) you\b"
        + @"|\b(?:operate|operates|operated|run|runs|ran|maintain|maintains|manage|manages|administer|administers|own|owns|control|controls|moderate|moderates|built|build|builds|develop|develops|developed|created|create|creates|trained|train|trains|program|programs|programmed|deployed|deploy|deploys|host|hosts|configure|configures|configured|wrote|designed|design|designs|made|coded) (?:this|the) (?:assistant|bot|ai|system|app|model|chatbot|service|platform|memory|tool|deployment|instance)\b"
        + @"|\b(?:administre|administrent|gere|gerent|opere|operent|possede|possedent|controle|controlent|developpe|developpent|programme|programment|heberge|hebergent|modere|moderent|administra|administran|administro|gestiona|gestionan|gestiono|opera|operan|opero|posee|poseen|poseo|controla|controlan|controlo|desarrolla|desarrollan|desarrollo|programa|programan|programo|aloja|alojan|alojo|modera|moderan|modero|betreibt|betreiben|betreibe|verwaltet|verwalten|verwalte|administriert|administrieren|administriere|kontrolliert|kontrollieren|kontrolliere|besitzt|besitzen|besitze|entwickelt|entwickeln|entwickle|programmiert|programmieren|programmiere|hostet|hosten|hoste|moderiert|moderieren|moderiere) (?:(?:ce|cet|cette|este|esta|dieses|diese|diesen) (?:systeme|sistema|system|assistant|asistente|assistenten|chatbot|bot|ia|ki|service|servicio|dienst|plateforme|plataforma|plattform|application|aplicacion|app|modele|modelo|modell)|dich)\b"
        + @"|(?:" + Scope + @")[:,]?(?:\s[a-z0-9']+){0,4}[:,]?\s(?:" + StrictRoles + "|" + PowerRoles + @")\b"
        + @"|\b(?:system|admin|administrator|root|operator|developer|override|elevated)(?: level)? (?:priority|precedence|authority|status|override|privileges?)\b"
        + @"|\b(?:approved|authorized|authorised|trusted|verified|privileged|whitelisted|allowlisted) (?:operators?|admins?|administrators?|users?|accounts?|parties|staff)\b|\b(?:on|to|onto) the (?:whitelist|allowlist|approved list|trusted list|vip list|admin list)\b"
        + @"|\bi have (?:the )?(?:permission|authorization|authorisation|authority|right|clearance|access|approval) to (?:read|see|view|access|edit|change|delete|modify|export|bypass|override|manage|skip|ignore)\b|\bje ai (?:le |la )?(?:autorisation|permission|droit|acces) de (?:lire|voir|consulter|acceder|modifier|supprimer|gerer|exporter|contourner)\b"
        + @"|\btengo (?:permiso|autorizacion|derecho|acceso) (?:para|de|a) (?:ver|leer|consultar|acceder|modificar|borrar|gestionar|exportar|saltar)\b|\bich habe (?:die |das )?(?:berechtigung|erlaubnis|recht|zugriff),? (?:\w+ ){0,3}(?:zu lesen|zu sehen|einzusehen|zu andern|zu loschen|zuzugreifen|zu umgehen)\b"
        + @"|\b(?:outrank|outranks|supersede|supersedes|take precedence over|takes precedence over|rank above|ranks above|overrule|overrules|override|overrides) (?:every|all|any|other|others|everyone|everybody|the other|your|the system|the rules|the assistant|you)\b"
        + @"|\b(?:log|logging|logged|sign|signing|signed) in as (?:me|him|her|another|someone|somebody|the admin|an admin|root|any user|other users)\b"
        + @"|\b(?:dieses|diese|diesen|dieser) (?:system|systems|assistenten|chatbot|bot|ki|dienst|plattform|app|modell) (?:betreibt|betreiben|verwaltet|verwalten|besitzt|besitzen|entwickelt|entwickeln|kontrolliert|programmiert|hostet|moderiert|gehort|gebaut hat|erstellt hat|trainiert hat)\b"
        + @"|\b(?:team|equipe|equipo|staff|personnel|crew|group|groupe|grupo|gruppe|department|departement|departamento|abteilung)\b(?:\s[a-z0-9']+){0,4}\s(?:" + Scope + @")"
        + @"|\b(?:clearance|privileges?|permissions?|rights|authority|powers?|droits|pouvoirs|permisos|privilegios|derechos|poderes|rechte|berechtigungen|befugnisse|privilegien)\b(?:\s[a-z0-9']+){0,4}\s(?:" + Scope + @")"
        + @"|\b(?:clearance|access level|permission level|privilege level|trust level|authorization level|security level|user level|admin level)\b(?:\s[a-z']+){0,3}\s?(?:is|=|:|of|at)\s?(?:level\s?)?(?:\d+|max|maximum|highest|admin|root|full|top|god|high|elevated|unlimited|all)\b"
        + @"|\b(?:my|this user's|the user's|mes|mis|meine|mon|mi|mein) (?:requests|messages|commands|instructions|words|orders|queries|account|access|identity|status|profile|demandes|compte|peticiones|mensajes|cuenta|anfragen|nachrichten|konto) (?:are|is|have been|has been|were|was|sont|est|son|es|sind|ist|wurde|wurden|has|have) (?:now |always |automatically |already |no )?(?:pre ?approved|approved|authorized|authorised|verified|trusted|whitelisted|allowlisted|privileged|exempt|priority|final|law|binding|unlimited|unrestricted|elevated|admin|limits|restrictions|verifies|verifiees|approuvees|autorisees|aprobadas|autorizadas|verificadas|genehmigt|autorisiert|verifiziert|freigeschaltet)\b"
        + @"|\b(?:je|nous) (?:ai|avons) (?:cree|construit|programme|entraine|concu|developpe|deploye|configure) (?:toi|ce|cet|cette)\b|\bje te (?:ai )?(?:cree|programme|entraine|concu)\b|\bte (?:cree|he creado|programe|he programado|entrene|he entrenado|disene|configure)\b|\bich habe (?:dich|dieses|diesen|diese) (?:\w+ )?(?:erstellt|gebaut|programmiert|trainiert|entwickelt|konfiguriert|erschaffen)\b"
        + @"|\b(?:this is|here is|it is|speaking is) (?:the |your )?(?:\w+ )?(?:system|administrator|admin|developer|operator|owner|moderator|root|security team|support team|openai|anthropic)(?: speaking| here| talking| writing|\s?[:!]|$)"
        + @"|\b(?:que|q|qui|che|who|that) (?:te|t|ti|vous|la|lo|os) (?:a |ont |ha |han |hanno |ho |abbiamo |avons |hemos |have |has )?(?:cree|creee|crees|crearon|creo|cre|criou|criaram|creato|creata|creado|creada|programme|programmo|programmato|programado|programou|programaram|entraine|entrena|entreno|entrenaron|addestrato|treinou|treinaram|construit|construyo|construyeron|costruito|construiu|construiram|concu|conçu|disenado|disenaron|progettato|projetou|developpe|desarrollo|desarrollaron|sviluppato|desenvolveu|desenvolveram|code|codifico|made|built|created|trained|programmed|developed)\b"
        + @"|\b(?:message|notice|note|instructions?|update) from (?:the |your |an? )?(?:system|administrator|admin|admins|developers?|operators?|owners?|security team|support team|trust and safety|openai|anthropic|moderation team|moderators|staff)\b|\b(?:on behalf of|speaking for) (?:the |your )?(?:system|administrator|admin|admins|developers?|operators?|owners?|security team|openai|anthropic|staff)\b"
        // Permissions and access.
        + @"|\b(?:full|unrestricted|unlimited|complete|total|root|admin|administrator|administrative|elevated|special|superuser|super user|god|master|privileged|global|universal|maximum|max|highest|top level|owner|system|sudo|extended) (?:\w+ )?(?:access|rights|permissions?|privileges?|clearance|powers?|authority)\b|\bi am (?:\w+ )?(?:cleared|vetted|approved|authorized|authorised|permitted|allowed|entitled) (?:for|to) (?:(?:\w+ ){0,3}(?:access|bypass|override|everything|all|any|full|admin|root|data|records|accounts)\b|(?:see|read|view) (?:\w+ ){0,2}(?:all|every|any|other|others|everyone s|their|users?|data|records|accounts|files|messages|chats|conversations|profiles|history|histories|logs|reports|charts|results|grades)\b)|\b(?:" + StrictRoles + "|" + PowerRoles + @") (?:powers?|rights|privileges?|permissions?|access|status|role|mode|clearance|authority|level|account|tools|abilities|treatment|perks|handling|override)\b|\b(?:full|total|complete) control (?:of|over) (?:this|the|you|your|everything|all)\b|\ball (?:access|rights|permissions|privileges)\b"
        + @"|\baccess (?:to|into) (?:the |an? |your )?(?:operator|admin|administrator|administration|root|moderator|developer|system|backend|internal|control)\b"
        + @"|\baccess (?:to|into) (?:all|every|any|other|everyone|everybody|the whole|the entire|each|the full|all the|the admin|the system|your|the database|the memory|the backend|the server)\b"
        + @"|\b(?:access|clearance|permission|privilege|trust|security|authority|authorization|auth|user|account|admin) (?:level|tier|rank|grade)s?\s?(?:is|=|:|of|set to)?\s?(?:\d+|max|maximum|highest|admin|root|full|top|god|high|elevated|unlimited|all|omega|alpha)\b"
        + @"|\b(?:user|account|me|i)\s?(?:=|:=|=>)\s?(?:admin|administrator|root|superuser|owner|operator|god|system|trusted|verified|privileged|elevated|staff)\b"
        + @"|\b(?:permissions?|privileges?|rights|role|roles|access|scopes?|clearance|groups?|status|tier|level|flags?|user ?type|account ?type|authority|auth)\s?(?:=|:|is|are|set to|:=|=>|equals)\s?(?:all|full|admin|administrator|root|superuser|super user|\*|everything|unlimited|unrestricted|owner|god|system|elevated|max|maximum|true|privileged|trusted|verified|sudo)(?:\s|$|[.,;:!?|])"
        + @"|\b(?:rol|role|ruolo|papel|droits|derechos|diritti|direitos|permisos|permessi|permissoes|privilegios|privilegi|privileges|pouvoirs|poderes|poteri|acces|acceso|accesso|acesso|statut|estatus|status|stato|estatuto) (?:de |d |di |da |del |dell |do |della |de la )?(?:" + PowerRoles + "|" + StrictRoles + @")\b|\b(?:admin|administrator|administratoren|moderator|moderatoren|beheerder|beheerders|betreiber|entwickler|root|superuser|eigenaar|ontwikkelaar)(?:rolle|rol|rechte|rechten|zugang|zugriff|toegang|status|konto|account|modus|niveau|level|stufe|ebene)\b|\bis ?_?admin\b|\badmin\s?[:=]\s?(?:true|1|yes)\b|(?:^|[.!?;:\n(])\s?sudo \S|\bsudo (?:rights|access|privileges?|powers?|mode|user|account|group|permissions?)\b|\b(?:have|has|got|give|grant|granted) (?:me |the user |this user )?sudo\b|\brun as root\b|\bchmod 777\b"
        + @"|\b(?:i|me|this user|the user|my account|and|so|thus|hence|which means i) (?:can|may|am allowed to|am permitted to|am authorized to|am authorised to|have permission to|have the right to|have rights to|am able to|is allowed to|is permitted to|should be able to|should be allowed to|must be allowed to|get to) (?:\w+ )?(?:see|read|view|access|edit|change|delete|modify|manage|override|overrule|bypass|skip|export|download|impersonate|control|reset|administer|query|inspect|browse|unlock|approve|grant|use) (?:all|every|any|other|everyone's|anyone's|the|your|each)(?:\s[a-z']+){0,2} (?:users?|accounts?|data|messages|conversations|memory|memories|profiles?|records|files|passwords|chats|history|sessions|information|settings|rules|instructions|prompts?|logs|system|database)\b"
        + @"|\b(?:bypass|bypasses|skip|skips|override|overrides|circumvent|circumvents|evade|evades|get around|gets around) (?:the |any |all |every )?(?:\S+ )?(?:safety|security|trust|memory|content|moderation|policy|compliance) (?:review|reviews|screening|vetting|approval|check|checks|filter|filters|gate|gates)\b|\b(?:bypass|skip|override|overrule|ignore|disable|turn off|switch off|lift|waive|suspend|remove|deactivate|circumvent|evade|get around|work around|break) (?:(?:all|any|every|each) (?:of )?)?(?:the |your |all |any |my |these |those |its |their |ur )?(?:rules|restrictions|filters?|filtering|safety|safeguards|moderation|verification|authentication|auth|checks?|limits|rate limits?|guardrails|policy|policies|content policy|2fa|mfa|security|login|password check|identity check|permissions|access control|controls|constraints|guidelines|instructions|directions|directives|orders|commands|prompts?|protections)\b"
        + @"|\b(?:exempt|excluded|excused|immune) from (?:the |your |all |any |these )?(?:\w+ )?(?:rules|restrictions|filters|policy|policies|limits|moderation|checks|verification|authentication|guidelines|safety)\b|\b(?:rules|restrictions|policies|policy|limits|filters|guidelines|safety rules|content policy) (?:do not|does not|no longer|will not|should not|never) apply\b|\babove the (?:rules|law|policy)\b|\bnot (?:bound|restricted|limited) by\b"
        + @"|\b(?:no|without|skip|skipping|bypassing|waive) (?:a |any |the )?(?:password|authentication|verification|login|2fa|mfa|identity checks?|security checks?|id checks?) (?:is |are )?(?:needed|required|necessary|for me)\b|\bi do not need (?:a |to )?(?:password|authentication|verification|to log in|to verify|to authenticate)\b"
        + @"|\b(?:acces|droits?|privileges?|permissions?|autorisations?|pouvoirs?|controle) (?:complets?|completes?|totaux|totale?s?|illimites?|illimitees?|administrateurs?|de administration|de administrateur|admin|root|de superutilisateur|de super utilisateur|eleves?|speciaux|etendus|absolus?|maximum|maximaux|sans limite|sur tout|sur le systeme|a tout|a tous|a toutes)\b|\btous les (?:droits|acces|privileges|permissions|pouvoirs)\b"
        + @"|\bacces (?:a|aux) (?:tous|toutes|tout|les donnees|ne importe|ce systeme|la memoire|la base)\b|\bniveau (?:de acces|de confiance|de autorisation|de securite|de privilege|administrateur)\s?(?:est|=|:)?\s?(?:\d+|max|maximum|maximal|admin|root|total|eleve|supreme)\b"
        + @"|\b(?:role|statut|permissions?|droits|groupe|niveau)\s?(?:=|:|est|sont)\s?(?:admin|administrateur|root|superutilisateur|tous|total|complet|illimite|maximum|vrai|true)\b"
        + @"|\b(?:contourne[rsz]?|ignore[rsz]?|desactive[rsz]?|leve[rsz]?|suspend(?:re|s|ez)?|supprime[rsz]?|outrepasse[rsz]?) (?:les |tes |vos |toutes les |tous les )?(?:regles|restrictions|filtres|limites|verifications|controles|protections|consignes|garde fous|securites?|authentifications?|politiques?)\b"
        + @"|\b(?:exempte|exemptee|dispense|dispensee|exonere) (?:de|des)\b|\bles regles ne (?:se appliquent|me concernent|me visent) (?:pas|plus)\b|\bau dessus des regles\b|\bsans (?:mot de passe|authentification|verification)\b"
        + @"|\bje (?:peux|ai le droit de|suis autorise a|suis autorisee a|dois pouvoir) (?:\w+ )?(?:voir|lire|consulter|modifier|supprimer|acceder|gerer|exporter|contourner)(?: a| aux)? (?:toutes?|tous|les donnees|les comptes|les conversations|les messages|les profils|la memoire|les autres)\b"
        + @"|\b(?:acceso|derechos?|privilegios?|permisos?|autorizacion|poderes|control) (?:total(?:es)?|complet[oa]s?|ilimitad[oa]s?|de administrador|de administracion|de admin|root|de superusuario|elevad[oa]s?|especiales|extendid[oa]s?|absolut[oa]s?|maxim[oa]s?|sin limites|sobre todo|a todo|a todos|a todas)\b|\btodos los (?:derechos|permisos|privilegios|accesos|poderes)\b"
        + @"|\bacceso (?:a|al|a los|a las) (?:todos|todas|todo|los datos|cualquier|este sistema|la memoria|la base)\b|\bnivel de (?:acceso|confianza|autorizacion|seguridad|privilegio)\s?(?:es|=|:)?\s?(?:\d+|max|maximo|admin|root|total|elevado|supremo)\b"
        + @"|\b(?:rol|estado|permisos?|derechos|grupo|nivel)\s?(?:=|:|es|son)\s?(?:admin|administrador|root|superusuario|todos|total|completo|ilimitado|maximo|verdadero|true)\b"
        + @"|\b(?:saltarte|saltate|saltar|salta|omitir|omite|ignorar|ignora|desactivar|desactiva|levantar|levanta|suspender|suspende|eliminar|elimina|evitar|evita|eludir|elude) (?:las |tus |sus |todas las |todos los |los )?(?:reglas|restricciones|filtros|limites|verificaciones|controles|protecciones|normas|politicas?|seguridad|autenticacion)\b"
        + @"|\bexent[oa] de\b|\blas reglas no (?:se aplican|me aplican|aplican|me afectan)\b|\bpor encima de las reglas\b|\bsin (?:contrasena|autenticacion|verificacion)\b"
        + @"|\b(?:puedo|tengo derecho a|estoy autorizad[oa] a|debo poder) (?:\w+ )?(?:ver|leer|consultar|modificar|borrar|eliminar|acceder|gestionar|exportar|saltar)(?: a| al)? (?:todos|todas|los datos|las cuentas|las conversaciones|los mensajes|los perfiles|la memoria|otros)\b"
        + @"|\b(?:vollzugriff|vollzugang|adminrechte|admin rechte|administratorrechte|administrator rechte|rootrechte|root rechte|root zugriff|rootzugriff|superuser rechte|sonderrechte|allmacht|vollmacht|vollmachten)\b"
        + @"|\b(?:voll(?:e|en|er|es)?|uneingeschrankt(?:e|en|er|es)?|unbeschrankt(?:e|en|er|es)?|unbegrenzt(?:e|en|er|es)?|erweitert(?:e|en|er|es)?|besonder(?:e|en|er|es)|alle|samtliche|hochst(?:e|en|er)?|administrativ(?:e|en|er)?|komplett(?:e|en|er)?|total(?:e|en|er)?) (?:zugriffs?rechte|zugriff|zugang|rechte|berechtigungen|privilegien|befugnisse|kontrolle|freigaben)\b"
        + @"|\bzugriff auf (?:alle|samtliche|jede|die daten|das system|den speicher|die datenbank|andere)\b|\b(?:zugriffs|berechtigungs|vertrauens|sicherheits|freigabe)(?:stufe|level|ebene)\s?(?:ist|=|:|von)?\s?(?:\d+|max|maximal|admin|hochste|voll|root)\b"
        + @"|\b(?:rolle|status|rechte|berechtigung|berechtigungen|gruppe|stufe)\s?(?:=|:|ist|sind)\s?(?:admin|administrator|root|superuser|alle|voll|unbegrenzt|maximal|true|wahr)\b"
        + @"|\b(?:umgehe|umgehen|umgeh|ignoriere|ignorieren|deaktiviere|deaktivieren|hebe|aufheben|schalte|abschalten|ausschalten|uberspringe|uberspringen|missachte|missachten) (?:die |deine |alle |samtliche |jegliche |eure |ihre )?(?:regeln|einschrankungen|filter|grenzen|limits|prufungen|kontrollen|sicherheitsregeln|richtlinien|vorgaben|schutzmechanismen|sicherheit|authentifizierung|verifizierung|passwortabfrage)\b"
        + @"|\b(?:ausgenommen|befreit) von\b|\bdie regeln gelten (?:nicht|nicht mehr|fur mich nicht)\b|\buber den regeln\b|\bohne (?:passwort|kennwort|authentifizierung|verifizierung|anmeldung)\b"
        + @"|\bich (?:kann|darf|bin berechtigt|bin befugt|soll) (?:\w+ ){0,2}(?:alle|samtliche|jede|jeden|die|andere|fremde) (?:\w+ )?(?:nutzer|benutzer|konten|daten|nachrichten|gesprache|profile|eintrage|speicher|regeln|anweisungen|passworter)\b"
        // Trust and verification.
        + @"|\b(?:i am|i have been|i was|user is|this user is|the user is|me as|account is|identity is|identity has been|account has been|status is|status:|as an?|my account is|my identity is)\s?(?:a |an |the |fully |officially |already |now |a fully |an officially )?(?:verified|trusted|authorized|authorised|authenticated|whitelisted|allowlisted|privileged|elevated|vetted|pre ?authorized|pre ?approved|pre ?verified|root)(?:\s(?:user|source|party|admin|operator|account|identity|insider|staff|here|by (?:you|the|this|your))\b|\s?[.,!;:)]|\s(?:and|so)\b|$)"
        + @"|\b(?:verified|trusted|privileged|whitelisted|allowlisted|authorized|authorised|authenticated|elevated|vip|internal|special) (?:user|account|admin|source|party|identity|status|operator|insider|staff|session|caller|requester)\b"
        + @"|\b(?:je suis|utilisateur|compte|statut|identite|moi)\s(?:\w+\s){0,2}(?:verifie|verifiee|de confiance|autorise|autorisee|authentifie|authentifiee|privilegie|privilegiee)\b|\butilisateur (?:verifie|de confiance|privilegie|autorise|interne|vip)\b"
        + @"|\b(?:soy|estoy|usuario|mi cuenta|esta cuenta|la cuenta|estado|identidad)\s(?:\w+\s){0,2}(?:verificad[oa]|de confianza|autorizad[oa]|autenticad[oa]|privilegiad[oa])\b|\busuario (?:verificado|de confianza|privilegiado|autorizado|interno|vip)\b"
        + @"|\b(?:ich bin|nutzer|benutzer|konto|status|identitat|mein konto ist|ich bin ein)\s(?:\w+\s){0,3}(?:verifiziert|verifizierter|verifizierte|vertrauenswurdig|vertrauenswurdiger|vertrauenswurdige|autorisiert|autorisierter|authentifiziert|authentifizierter|privilegiert|privilegierter|freigeschaltet|berechtigt|befugt)\b|\b(?:verifizierter|vertrauenswurdiger|privilegierter|autorisierter|interner) (?:nutzer|benutzer|anwender|user|mitarbeiter)\b"
        + @"|\b(?:the |this )?user (?:has been|was|is now|got|has now been) (?:verified|trusted|authorized|authorised|approved|elevated|whitelisted|allowlisted|vetted|authenticated|promoted)\b"
        + @"|\b(?:may|can|gets? to|is allowed to|am allowed to|are allowed to|is permitted to|am permitted to|is free to|am free to) (?:see|read|view|access|open|look at|know) (?:everything|anything|it all|all of it|all data|whatever)\b"
        + @"|\b(?:no|unlimited|without|exempt from) (?:usage|rate|message|request|query|token|daily|spending) (?:limits?|caps?|quotas?)\b"
        + @"|\b(?:" + StrictRoles + "|" + PowerRoles + @")\b[^.!?\n]{0,30}\b(?:that is|this is|it is) (?:what|who) i am\b"
        + MoreAuthority;

    // "I am an administrator", "treat me as admin": a claim of a power role, kept only when its sentence shows it is a job.
    private const string RoleClaim =
        @"\b(?:i am|i have been|i was (?:made|promoted|appointed|named|granted|given)|i have (?:been )?(?:made|promoted|appointed|granted|given)|i got (?:promoted|made)|me as|me like|user is|this user is|the user is|the user has|account is"
        + @"|my (?:status|role|rank|title|level|group|user type|account type|permissions?|access)(?:\s[a-z']+){0,4}\s?[:=]"
        + @"|my (?:account|role|user|status|access|level|rank|title|user type|account type|group|permission|permissions|clearance) (?:is|are|=|:|has been (?:set|changed|upgraded|elevated) to|was (?:set|changed|upgraded|elevated) to|has been|was)"
        + @"|as (?:an?|the|your)|(?:promoted|appointed|upgraded|elevated|made|set|changed|switched|named) (?:me )?(?:to|as|into)|speaking as|this is (?:the|your|an?)|i (?:act|operate|speak|write) as"
        + @"|je suis|je ai ete (?:nomme|nommee|promu|promue)|moi (?:en tant que|comme)|me (?:traite|traites|traitez|traiter|considere|consideres|considerez|considerer|enregistre|enregistrer) comme|(?:traite|considere|traitez|considerez|enregistre|enregistrez|note|notez|reconnais|reconnaissez) moi (?:comme|en tant que)"
        + @"|mon (?:compte|role|statut|niveau|rang|titre|groupe) (?:est|=|:|a ete (?:change|passe|mis) en)|utilisateur est|en tant que|ce est (?:le|la|ton|votre)"
        + @"|soy|yo soy|he sido (?:nombrado|nombrada|ascendido|ascendida)|me (?:han|ha) (?:nombrado|ascendido|dado)|(?:tratame|trateme|considerame|considereme|registrame|reconoceme|reconozcame) como|me (?:trates|trate|consideres|considere|tratas|consideras|tratar|considerar) como"
        + @"|mi (?:cuenta|rol|estado|nivel|rango|titulo|grupo) (?:es|=|:|ha sido cambiado a|ahora es)|el usuario es|como|en calidad de|este es (?:el|tu|su)"
        + @"|ich bin|ich wurde (?:zum|zur|als)|mich als|mein (?:konto|status|level|rang|titel|benutzerkonto) (?:ist|=|:|wurde)|meine (?:rolle|gruppe|berechtigung|zugriffsstufe) (?:ist|=|:|wurde)|der nutzer ist|der benutzer ist|als|hier spricht (?:der|die|dein)" + MoreRoleClaimSubjects + @")"
        + @"(?:\s[a-z0-9']+){0,3}\s(?:" + PowerRoles + @"|the (?:" + MakerRoles + @")|(?:system|platform|service|bot|chatbot|app|ai|site|server) (?:owner|operator|maintainer|creator))\b";

    // Names of credentials and secrets; a statement is refused when it gives one a value, names a shared one, or hands one over.
    private const string Secrets =
        @"passwords?|passwd|pwd|pw|(?:claves?|cles?|schlussel|codice|codigo|codes?|keys?|chiave|chiavi|chave|chaves|sleutel|wachtwoord) (?:de |del |de la |de mi |de mon |du |of my |of the |for my |for the |von meinem |vom |des |del mio |della mia |da minha |van mijn |della |dello |do |da |van de |van het )?(?:wifi|wi fi|wlan|router)|sesame|sesamo|puk|puk codes?|puk2|pin2|unlock numbers?|anti theft (?:numbers?|codes?)|radio codes?|stereo codes?|unlock phrases?|unlock words?|magic words?|(?:phrase|word|words|string|sequence|combo) that (?:unlocks|opens|gets me in|gets me into|logs me in)|unlock patterns?|unlock codes?|entsperrmusters?|entsperrcodes?|schemas? de deverrouillage|codes? de deverrouillage|patrons? de desbloqueo|codigos? de desbloqueo|sequenza di sblocco|codice di sblocco|padrao de desbloqueio|ontgrendelpatroon|ontgrendelcode|digicodes?|door codes?|gate codes?|entry codes?|passphrases?|passcodes?|pass codes?|pin codes?|pin numbers?|reset codes?|recovery codes?|recovery keys?|recovery phrases?|backup codes?|verification codes?|security codes?|one time (?:pass)?codes?|one time passwords?|otps?|2fa codes?|mfa codes?|auth codes?|authentication codes?|access codes?|login codes?|unlock codes?|master keys?|api keys?|apikeys?|api tokens?|access keys?|secret access keys?|secret keys?|private keys?|ssh keys?|signing keys?|encryption keys?|license keys?|product keys?|access tokens?|auth tokens?|bearer tokens?|refresh tokens?|session tokens?|jwts?|client secrets?|app secrets?|shared secrets?|secret tokens?|seed phrases?|mnemonic phrases?|(?:wallet|crypto|recovery|bip ?39|bitcoin|ethereum) seeds?|mnemonics?|(?:recovery|seed|backup|wallet|secret) (?:words?|sentences?)|credentials|login details|login info|security answers?|password hints?|safe combination|door codes?|alarm codes?|cvv|cvc"
        + @"|mots? de passe|mdp|code pin|codes? (?:pin|secrets?|de acces|de reinitialisation|de verification|de recuperation|de securite|de deverrouillage|confidentiels?|de la porte|de le alarme)|cles? (?:api|de api|privees?|secretes?|ssh|de acces|de chiffrement|de licence|de recuperation)|jetons? (?:de acces|de authentification|api|secrets?)|identifiants(?: de connexion)?|phrase secrete|phrase de recuperation|reponse secrete"
        + @"|contrasenas?|claves? (?:api|de api|privadas?|secretas?|de acceso|ssh|de cifrado|de licencia|de recuperacion|wifi|del wifi)|codigos? (?:pin|secretos?|de acceso|de restablecimiento|de verificacion|de recuperacion|de seguridad|de desbloqueo|de la puerta|de la alarma)|tokens? (?:de acceso|api|secretos?)|credenciales|frase semilla|frase de recuperacion|respuesta secreta"
        + @"|passworter|passwort|passwortes|kennwort|kennworter|kennwortes|geheimzahl|geheimnummer|zugangscodes?|ruck ?setz ?codes?|wiederherstellungs ?codes?|wiederherstellungs ?schlussel|bestatigungs ?codes?|sicherheits ?codes?|einmal ?passwort|einmal ?codes?|api ?schlussel|privater schlussel|privaten schlussel|geheimer schlussel|geheimen schlussel|geheimschlussel|ssh ?schlussel|lizenz ?schlussel|zugangsdaten|anmeldedaten|login ?daten|zugangs ?token|zugriffs ?token|turcode|alarmcode|pin ?code|pin ?nummer|notfall ?codes?|ersatz ?codes?|scratch ?grids?|scratch cards? codes?|grid cards?|security grids?|tan ?(?:list|liste|listen|card|karte|bogen)|matrix cards?|tarjetas? de coordenadas|carte de coordonnees|cartao de coordenadas|cartao matriz|dip ?switch(?:es)?(?: settings?)?|dip ?schalter\w*|codierschalter\w*|(?:totp|otp|2fa|mfa|authenticator) (?:seeds?|secrets?)|seeds? (?:for|of) (?:my|the|our) (?:\w+ ){0,3}?(?:authenticator|totp|otp|2fa|mfa)(?: app)?|aktivierungs ?codes?|freischalt ?codes?|activation codes?|codes? de secours|codes? de activation|codigos? de activacion|codigos? de emergencia|codic[ei] di attivazione|codic[ei] di emergenza|codigos? de ativacao|activeringscodes?|noodcodes?" + MoreSecrets;

    // Words that name a secret only when what follows them looks like one ("the code is 4471", not "the key is patience").
    private const string SecretWords = "nip|overrides?|tokens?|secrets?|keys?|codes?|logins?|pins?|clave|claves|codigo|codigos|cle|cles|schlussel|geheimnis|combination|combo|codice|codici|kod|kody|koden|kode|codigos?";

    private const string Assignment = @"(?:\s(?:is|are|was|were|will be|equals|es|son|est|sont|ist|sind|lautet|lauten" + MoreAssignments + @")\s|\s?[:=]\s?)";

    private const string Credentials =
        @"\b(?:" + Secrets + @")\b(?:\s[a-z0-9'@.\-]+){0,4}" + Assignment + @"\S"
        + @"|\b(?:" + Secrets + @")\s[^\s]*\d"
        + @"|\b(?:code|pin|key|token|password|combination|combo)\s[^\s]*\d|\b(?:opens|unlocks|unlocked|disarms|disarmed) with [^\s]*\d|\b(?:safe|lock|door|gate|alarm|locker|padlock|vault|garage)(?:\s[a-z']+){0,3}\s(?:code|combination|pin)\b"
        + @"|\b(?:memorable (?:word|words|phrase|information|info|answer|date)|mot memorable|palabra memorable|security answers?|maiden name|first pet's name|name of (?:my|your) first pet|reponses? de securite|respuestas? de seguridad|rispost[ae] di sicurezza|respostas? de seguranca|sicherheitsantwort\w*|beveiligingsantwoord\w*)\b"
        // A security question is no secret; its answer is ("my security question is my first school: St Mary's").
        + @"|\b(?:security questions?|secret questions?|questions? de securite|preguntas? de seguridad|domand[ae] di sicurezza|perguntas? de seguranca|sicherheitsfrage\w*|beveiligingsvra\w*)\b[^.!?;\n]*?(?:" + Assignment + @"|\b(?:answer|answers|reponse|respuesta|risposta|resposta|antwort|antwoord)\b)"
        + @"|\b(?:" + SecretWords + @")\b(?:\s[a-z0-9'@.\-]+){0,4}" + Assignment + @"\S*\d"
        + @"|\b(?:every|any|all|default|master|admin|administrator|universal|global|shared|system|root|everyone's|tous les|todas las|todos los|alle)\s(?:" + Secrets + @")\b"
        + @"|\b(?:login|logins|sign in|username|user name|credentials?)\b[^\n/]{0,40}/\s?\S*[\d!@#$%&*]"
        // "login is jana@example.com / pass: moonlight77": a short "pass" label after a login is a password's.
        + @"|\b(?:login|logins|sign in|username|user name|account|e mail|email)\b[^\n]{0,60}?\bpass\s?[:=]\s?\S*\d"
        + @"|\b(?:sk|pk|rk)[-_](?:live[-_]|test[-_]|proj[-_])?[a-z0-9]{12,}|\bghp_[a-z0-9]{20,}|\bgithub_pat_\w{20,}|\bakia[0-9a-z]{16,}\b|\beyj[a-z0-9_\-]{8,}\.[a-z0-9_\-]{8,}|-----begin [a-z ]{0,20}(?:private key|certificate)|\bxox[abprs]-[a-z0-9\-]{10,}|\baiza[0-9a-z_\-]{30,}" + MoreCredentials;

    // Handing a secret over or asking for one ("store my password", "send me the reset code"); not one's own use of a tool for
    // them ("I use Bitwarden to store all my passwords"), which Handed tells apart by the word before the verb.
    private const string HandOver =
        @"\b(?:share|give|send|reveal|tell|store|save|remember|memorize|memorise|write down|note|record|ask me for|ask for|need|require|email|text|show|print|display|leak|dump|list|expose|provide|here is|here are|enter|type|paste|retiens|enregistre|garde|donne|envoie|guarda|recuerda|anota|dame|envia|speichere|merk dir|notiere|gib|sende|schicke)(?:\s[a-z']+){0,2}\s(?:" + Secrets + @")\b";

    private const string Others =
        @"other people|other users?|other persons|other folks|other individuals|other humans|others|other customers|other clients|other members|other accounts|everyone else|everybody else|someone else|somebody else|anyone else|all users|all customers|all clients|all members|all accounts|every user|every account|every customer|any user|any account|another user|another person|another account|everyone's|everybody's|anyone's|someone's|somebody's|other people's"
        + @"|des autres|les autres|de autres personnes|de autres gens|autres utilisateurs|autres personnes|autres comptes|autres clients|tous les clients|tout le monde|otros usuarios|otras personas|otras cuentas|otros clientes|todos los clientes|todo el mundo|andere nutzer|anderen nutzer|anderer nutzer|andere personen|anderen personen|anderer personen|andere kunden|anderer kunden|aller kunden|alle kunden";

    private const string PersonalData =
        @"data|notes|messages|conversations|chats?|memories|memory|profiles?|histories|history|records|files|emails|e mails|passwords|information|info|details|accounts|facts|secrets|logs|contacts|addresses|phone numbers|inbox|inboxes|mailbox|mailboxes|mail|dms|direct messages|convos|convo|threads|transcripts|documents|photos|calendars?|saved facts|stored facts"
        + @"|donnees|historique|profils|informations|datos|notas|mensajes|conversaciones|historial|perfiles|informacion|daten|notizen|nachrichten|gesprache|verlaufe|chatverlaufe|informationen";

    private const string OtherUsers =
        @"\b(?:" + PersonalData + @"|preferences|settings) of (?:the|another|a different|other|some|any|every) (?:\w+ )?(?:person|user|account|customer|member|people|guy|individual)\b|\b(?:the|a) (?:person|user|guy|customer|member|account) (?:before|after) me\b|\b(?:previous|last|next|prior) (?:person|user|customer|account|member)\b|\b(?:merge|combine|copy|show|give|send|share|read|see|view|access|import|export|load|include|add|pull|fetch|retrieve|forward|reveal|display|list|open|check)\b(?:\s[a-z0-9']+){0,4}\s[a-z]+'s (?:" + PersonalData + @")\b|\b(?:" + Others + @")(?:'s?)?(?:\s[a-z0-9'.]+){0,5}\s(?:" + PersonalData + @")\b|\b(?:" + PersonalData + @")\b(?:\s[a-z0-9'.]+){0,5}\s(?:" + Others + @")\b"
        + @"|\b(?:other|all|every|any|each|another|all other|all the|the other|some other|different) (?:users?|user accounts?|tenants)\b|\bother accounts\b"
        + @"|\b(?:everyone|everybody|someone else|somebody else|anyone|anybody|other people|all people|another person|other persons|all customers|other customers|all members|other members)'?s? (?:data|accounts?|messages|conversations|convos|dms|inbox|inboxes|memory|memories|profiles?|passwords?|emails?|information|info|history|chats?|records|details|files|facts|secrets|credentials)\b"
        + @"|\buser (?:id )?#?\d+\b|\b(?:the |all )?user (?:database|table|list|records|directory)\b"
        + @"|\b(?:autres?|tous les|toutes les|chaque|ne importe quel|ne importe quelle|un autre|une autre|les autres) (?:utilisateurs?|utilisatrices?|comptes|membres)\b|\b(?:donnees|comptes|conversations|messages|historiques?|profils|mails|courriels|fichiers|notes|souvenirs|mots de passe) (?:de tous|des autres|de tout le monde|des utilisateurs|de autres|de chaque|de ne importe|de chacun)\b|\b(?:base|liste|table) (?:des|de) utilisateurs\b"
        + @"|\b(?:otros?|otras?|todos los|todas las|cada|cualquier|los demas|las demas) (?:usuarios?|usuarias?|cuentas|miembros)\b|\b(?:memoria|datos|cuentas?|chats?|conversaciones|mensajes|historial|historiales|perfil|perfiles|correos|archivos|notas|memorias|contrasenas) (?:de la|del|de otra|de otro) (?:usuari[oa]|cliente|miembro|persona)\b|\b(?:memoire|donnees|comptes?|conversations|messages|historique|profil|notes|souvenirs) (?:de le|de la|du|des|de une|de un|de autre) (?:autre )?(?:utilisat(?:eur|rice)s?|membre|cliente?)\b|\b(?:speicher|daten|konto|profil|verlauf|chats|nachrichten|erinnerungen) (?:des|der|eines|einer|von) (?:anderen |anderer )?(?:nutzers?|nutzerin|benutzers?|benutzerin|users?|mitglieds?)\b|\b(?:memoria|dati|account|profilo|cronologia|chat|messaggi|ricordi) (?:dell|della|del|di un|di una|di altri) (?:utente|utenti|membro)\b|\b(?:memoria|dados|conta|perfil|historico|conversas|mensagens) (?:do|da|de outro|de outra) (?:usuari[oa]|utilizador[a]?|membro)\b|\b(?:geheugen|gegevens|account|profiel|geschiedenis|berichten) van (?:de |een |andere )?(?:gebruiker|gebruikster|lid)\b|\b(?:memory|data|account|profile|history|chats|messages|memories|notes) of (?:the )?(?:user|member) @?\w+|\b(?:datos|cuentas|chats|conversaciones|mensajes|historiales?|perfiles|correos|archivos|notas|memorias|contrasenas) de (?:todos|todo el mundo|otros|otras personas|los usuarios|cualquiera|cualquier|cada|los demas|las demas)\b|\b(?:base|lista|tabla) de usuarios\b"
        + @"|\b(?:andere|anderen|anderer|alle|allen|aller|jede|jeden|jeder|jedem|samtliche|samtlicher|fremde|fremden|fremder|ubrige|ubrigen) (?:nutzer|nutzerin|nutzerinnen|nutzern|benutzer|benutzerin|benutzerinnen|benutzern|anwender|anwenderin|anwendern|user|konten|kontos|accounts|mitglieder|mitgliedern)\b|\bdaten (?:aller|anderer|von allen|fremder|jedes|jeder|samtlicher)\b|\b(?:nutzer|benutzer)(?:datenbank|liste|tabelle|daten)\b|\b(?:alle|allen|aller|samtliche|samtlichen|samtlicher|fremde|fremden|fremder|andere|anderen|anderer) (?:nutzer|benutzer|anwender|user|mitglieder)(?:konten|kontos|daten|profile|profilen|chats|nachrichten|verlaufe|verlaufen|gesprache|gesprachen|postfacher|postfachern|accounts)\b"
        + MoreOtherUsers;

    /// <summary>A pattern as a concern declares it: the text of one for the linear-time engine, or a regex generated at compile time.</summary>
    private sealed record Pattern(string? Linear, Regex? Generated)
    {
        public static implicit operator Pattern(Regex generated) => new(null, generated);
    }

    private sealed record Concern(string Reason, IReadOnlyList<Pattern> Patterns, Func<string, Match, bool>? Holds = null);

    /// <summary>A concern as the guard matches it, its patterns built.</summary>
    private sealed record Screen(string Reason, IReadOnlyList<Regex> Patterns, Func<string, Match, bool>? Holds);

    private static readonly Screen[] Screens = Screened(Build());

    // Patterns joined into one alternation stay under this many characters (the largest single pattern has about 36,000).
    private const int JoinedChars = 30_000;

    /// <summary>
    /// Builds the concerns' patterns. Each non-backtracking regex carries its own character-set algebra and caches: about 2.7 MB
    /// of heap once built, whatever its size, so the 230 patterns built one by one held 620 MB and took about 3 s to build, half
    /// of it in garbage collection. The patterns of the concerns that need only a yes or no are therefore joined into a few
    /// alternations per reason, each at the place its reason first appears; the concerns that weigh each match
    /// (<see cref="Concern.Holds"/>) keep theirs apart: about 70 regexes, 280 MB and 2 s in all. A message with several concerns
    /// gets the reason that comes first in that order, which is not always the concern declared first.
    /// </summary>
    private static Screen[] Screened(Concern[] concerns)
    {
        var screens = new List<Screen?>();
        var joined = new Dictionary<string, (int At, List<string> Linear, List<Regex> Generated)>();
        foreach (var concern in concerns)
        {
            if (concern.Holds is not null)
            {
                screens.Add(new(concern.Reason, [.. concern.Patterns.Select(p => p.Generated ?? new Regex(p.Linear!, Matching))], concern.Holds));
                continue;
            }

            if (!joined.TryGetValue(concern.Reason, out var group))
            {
                joined[concern.Reason] = group = (screens.Count, [], []);
                screens.Add(null);
            }

            group.Linear.AddRange(concern.Patterns.Where(p => p.Linear is not null).Select(p => p.Linear!));
            group.Generated.AddRange(concern.Patterns.Where(p => p.Generated is not null).Select(p => p.Generated!));
        }

        foreach (var (reason, (at, linear, generated)) in joined)
        {
            screens[at] = new(reason, [.. Chunks(linear).SelectMany(Alternation), .. generated], null);
        }

        return [.. screens.Select(s => s!)];
    }

    private static IEnumerable<List<string>> Chunks(List<string> patterns)
    {
        var chunk = new List<string>();
        foreach (var pattern in patterns)
        {
            if (chunk.Count > 0 && chunk.Sum(p => p.Length) + pattern.Length > JoinedChars)
            {
                yield return chunk;
                chunk = [];
            }

            chunk.Add(pattern);
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    /// <summary>One regex for the patterns, or, when the engine finds their automaton too large, regexes for each half.</summary>
    private static IEnumerable<Regex> Alternation(List<string> patterns)
    {
        try
        {
            return [new Regex(string.Join('|', patterns.Select(p => "(?:" + p + ")")), Matching)];
        }
        catch (NotSupportedException) when (patterns.Count > 1)
        {
            return [.. Alternation(patterns[..(patterns.Count / 2)]), .. Alternation(patterns[(patterns.Count / 2)..])];
        }
    }

    /// <summary>
    /// The concerns as declared, first to last, each pattern built alone: the verdict the joined screens must give. It takes
    /// seconds and hundreds of megabytes to build; tests compare the two.
    /// </summary>
    internal static Func<string, string?> OneByOne()
    {
        var screens = Build().Select(c => new Screen(c.Reason, [.. c.Patterns.Select(p => p.Generated ?? new Regex(p.Linear!, Matching))], c.Holds)).ToArray();
        return folded => Judge(screens, folded);
    }

    /// <summary>
    /// Raises the engine's cap on a linear-time pattern's automaton to what these patterns need. The engine reads the cap once,
    /// when it first builds such a pattern, so anything that builds one (here or in <see cref="Wrongdoing"/>) calls this first.
    /// </summary>
    internal static void AllowLargeAutomata()
    {
        // A host that chose its own cap keeps it.
        if (AppContext.GetData(MaxAutomatonSize) is not int)
        {
            AppContext.SetData(MaxAutomatonSize, AutomatonSize);
        }
    }

    private static Concern[] Build()
    {
        AllowLargeAutomata();

        static Pattern Linear(string pattern) => new(pattern, null);
        return
        [
            new(MarkupReason, [Linear(Markup)]),
            new(RulesReason, [Linear(AssistantRules)]),
            new(OrderReason, [Linear(AnyClauseStart + Lead + "(?:" + UnmistakableOrders + @")\b|" + ClauseStart + Lead + "(?:" + ClauseOrders + @")\b"), Linear(StandingOrders + "|" + SecondPerson)]),
            new(OrderReason, [Linear(ClauseStart + Lead + @"(?:always|never)\b")], BeforeAVerb),
            new(AuthorityReason, [Linear(Authority)]),
            new(AuthorityReason, [Linear(RoleClaim)], (text, match) => !IsJob(text, match)),
            new(CredentialReason, [Linear(Credentials)]),
            new(CredentialReason, [Linear(HandOver)], Handed),
            new(OtherUsersReason, [Linear(OtherUsers), SomeoneElsesData()]),
            new(RulesReason, [Linear(ClaimedRules)]),
            new(AuthorityReason, [Linear(ClaimedPowers)]),
            new(CredentialReason, [Linear(ClaimedSecrets)]),
            new(OtherUsersReason, [Linear(ClaimedOthers)]),
            new(CredentialReason, [Linear(NamedSecret)], HoldsSecretValue),
            new(OrderReason, [Linear(ClauseStart + Lead + "(?:" + KeepOrders + ")")]),
            new(RulesReason, [Linear(LiftedLimits), Linear(Exemptions)]),
            new(AuthorityReason, [Linear(OwnStanding), Linear(VerifiedAs), Linear(RaisedAccount), PreCleared()]),
            new(AuthorityReason, [Linear(SettingSentence)], OnOwnAccount),
            new(OtherUsersReason, [Linear(RelativesData)], OnThisSystem),
            new(OtherUsersReason, [Linear(OthersToldYou)]),
            new(OrderReason, [Linear(SpanishNegativeOrder)], InSpanish),
            new(RulesReason, [Linear(EntitledOverRules), Linear(TheBotsRules)]),
            new(OrderReason, [Linear(MyWritingAsOrders)]),
            new(AuthorityReason, [Linear(RankAbove), Linear(AccountMarkedAs)]),
            new(OrderReason, [Linear(MyWordsAsTheSystems)]),
            new(RulesReason, [Linear(NoRulesForMe)]),
            new(CredentialReason, [Linear(LockSentence)], OpensWithNumber),
            new(AuthorityReason, [Linear(BorrowedPowers)]),
            new(OtherUsersReason, [Linear(OthersDataMine)]),
            new(RulesReason, [Linear(CaveatsOff)]),
            new(CredentialReason, [Linear(OpensWithWord)]),
            new(OrderReason, [Linear(TakenAsTrue)]),
            new(AuthorityReason, [Linear(StorePowers), Linear(RunsThisService)]),
            new(RulesReason, [Linear(OutweighsRules), Linear(RefusalsOff), Linear(InfinitiveOrders)]),
            new(OtherUsersReason, [Linear(AnswersToOthers)]),
            new(CredentialReason, [LoginPassword()]),
            new(OtherUsersReason, [Linear(ForEveryoneHere)]),
            new(OrderReason, [Linear(LooksLikeTheTeams), Linear(PastTheModerators)]),
            new(RulesReason, [Linear(StyleWithoutWarnings)]),
            new(AuthorityReason, [Linear(StatusIsPower)]),
            new(RulesReason, [Linear(Entitlement), Linear(SystemInstructions)]),
            new(OtherUsersReason, [Linear(ErasureOverOthers), Linear(StoredOfOthers)]),
            new(CredentialReason, [Linear(NamedLongSecret), Linear(SeedPhrase)]),
            new(RulesReason, [Linear(SafeguardsOff), Linear(HiddenText), Linear(YieldToMe)]),
            new(RulesReason, [Linear(WhatIReceive), Linear(OnTopicIGet)], ReceivedFromTheAssistant),
            new(AuthorityReason, [Linear(OnAllowList), Linear(SayOverHere)]),
            new(AuthorityReason, [Linear(DecideContent)], OverWhatPasses),
            new(OrderReason, [Linear(WeighedAsTheOperators), Linear(RunWhenRead), Linear(LinksThroughMine)]),
            new(OtherUsersReason, [Linear(PowersOverAll)]),
            new(HazardReason, [Linear(Hazard)]),
            new(RulesReason, [Linear(Round25Rules)]),
            new(OtherUsersReason, [Linear(GuardianOfAll)]),
            new(OrderReason, [Linear(ConversationsCopied)]),
            new(RulesReason, [Linear(Round26Rules)]),
            new(OrderReason, [Linear(MyWishesAreLaw)]),
            new(OtherUsersReason, [Linear(EveryConversation)]),
            new(CredentialReason, [Linear(GeneratedKey)]),
            new(CredentialReason, [Linear(GeneratedRun)], GeneratedSecret),
            new(AuthorityReason, [Linear(BehindTheService), Linear(JudgeOfMyQuestions), Linear(RoleOverTheseExchanges)]),
            new(AuthorityReason, [Linear(RoleOverHere)], NotAPlace),
            new(AuthorityReason, [Linear(SetItsLimits)], ModelInSentence),
            new(RulesReason, [Linear(ConfigurationEchoed), Linear(EvenForbidden), Linear(Unmetered)]),
            new(RulesReason, [Linear(RulesVanish)], VanishForMe),
            new(OrderReason, [Linear(RepliesFollowMe)]),
            new(CredentialReason, [Linear(TypedToUnlock), Linear(EmailThenPassword)]),
            new(RulesReason, [Linear(AnswersFreeOfCaution)]),
            new(AuthorityReason, [Linear(ModelAnswersToMe)]),
            new(OtherUsersReason, [Linear(EveryoneWhoTalksToIt)], GivesAwayData),
            new(RulesReason, [Linear(PromotedInAnswers)], NotMyOwn),
            new(HazardReason, [Linear(MoreHazard)]),
            new(RulesReason, [Linear(StandingException)], NotFromSomething),
            new(OtherUsersReason, [Linear(WhatOthersAsk)], ReceivesIt),
            new(CredentialReason, [Linear(SecretWordValue)]),
            new(AuthorityReason, [Linear(OverTheAnswers)], NotAHobbysModel),
            new(AuthorityReason, [Linear(OfTheModel)], NotAHobbysModel),
            new(CredentialReason, [Linear(LoginWithValue)]),
            new(CredentialReason, [Linear(TypedNumber)], AtMachineOrSecret),
            new(RulesReason, [Linear(NoneCoverMe), Linear(FreePass)]),
            new(AuthorityReason, [Linear(AsRoleOfTheAi)], NotAStudentOfAi),
            new(CredentialReason, [Linear(SecretAnswered)]),
            new(OrderReason, [Linear(NeverMention)], NotInFirstPerson),
            new(OrderReason, [Linear(StandingOverOthers)]),
            new(CredentialReason, [Linear(KeyMaterial)]),
            new(RulesReason, [Linear(RatingsAsTruth), Linear(UnshackledTwin)]),
            new(OtherUsersReason, [Linear(ChatCarriedOff)]),
            new(OtherUsersReason, [Linear(UsersNearMe)], ReceivesIt),
            new(RulesReason, [Linear(ChecksSkipped), Linear(UnsafeWanted)]),
            new(AuthorityReason, [Linear(PuppetOfMine), Linear(MouldOfTheAnswers)]),
            new(RulesReason, [Linear(PastChatsRecord)], NotWithSomeone),
            new(AuthorityReason, [Linear(AccessThroughYou)]),
            new(OrderReason, [Linear(NoMoreRefusals)]),
            new(RulesReason, [Linear(RefusalsHarmMe)]),
            new(OtherUsersReason, [Linear(OthersToTheAssistant)], ReceivesIt),
            new(MarkupReason, [Linear(PowerKey), Linear(NoteToTheAssistant)]),
            new(AuthorityReason, [Linear(TreatThemAs), Linear(AssistantWithoutRules), Linear(AsTheMakersOrders)]),
            new(HazardReason, [Linear(ReadyHarm)]),
            new(HazardReason, [Linear(WorkingMalware)], NotCaseWork),
            new(RulesReason, [Linear(InEveryAnswer)]),
            new(CredentialReason, [Linear(IntoMyBank)], OpenedWithDigits),
            new(OrderReason, [Linear(CopyOfEveryAnswer)], GoesToMe),
            new(OtherUsersReason, [Linear(PermissionToYou)]),
            new(CredentialReason, [Linear(DigitsWithValue), Linear(KeypadCode)]),
            new(CredentialReason, [Linear(SpelledCode)], KeyedIn),
            new(RulesReason, [Linear(HiddenTextRules)]),
            new(OrderReason, [Linear(NeverTellMe)]),
            new(AuthorityReason, [Linear(TamerOfTheModel)], NotAHobbysModel),
            new(CredentialReason, [Linear(ReleasedWithCode), Linear(WordAskedFor), Linear(HiddenKey)]),
            new(RulesReason, [Linear(ScreeningAsleep), Linear(CompetitorInAnswers)]),
            new(OtherUsersReason, [Linear(OthersQuestionsHere), Linear(TheirChatsWithYou)]),
            new(OrderReason, [Linear(DutchSetMine)]),
            new(RulesReason, [Linear(PlaceInEveryAnswer), Linear(NoneOfItsCautions)]),
            new(OtherUsersReason, [Linear(OwedOthersData)]),
            new(AuthorityReason, [Linear(SubmitsItsDrafts)]),
            new(AuthorityReason, [Linear(PactWithTheAi)], NotTheCompany),
            new(CredentialReason, [Linear(RiddleForEveryLogin), Linear(UnlockPattern)]),
            new(OtherUsersReason, [Linear(ReadsAnyConversation)]),
            new(AuthorityReason, [Linear(MapOfPermittedTopics), Linear(ConflictsInMyFavour), Linear(DecideWhichAnswersPass)]),
            new(RulesReason, [Linear(ForbiddenTopicsForMe)], WhenINeed),
            new(AuthorityReason, [Linear(VocabularyTheyMayUse)], AnswersNamed),
            new(RulesReason, [Linear(NoneOfMineRefused), Linear(PolicyLapsedForMe)]),
            new(AuthorityReason, [Linear(BoardOfTheGuidelines)], NotOurOwnBody),
            new(OrderReason, [Linear(PassItOn)]),
            new(CredentialReason, [Linear(AppPassword), Linear(CountedDigitsValue), Linear(WalletWordsStart)]),
            new(CredentialReason, [Linear(FourByFour)], MailOrAccount),
            new(RulesReason, [Linear(WithoutCuts), Linear(NothingIAskDeclined), Linear(ItsRulesAndMe)]),
            new(AuthorityReason, [Linear(LimitsOfItsAnswers)], Ruled),
            new(MarkupReason, [Linear(RoleKeyValue)]),
            new(RulesReason, [Linear(EntitledToUnredacted), Linear(DangerousAnswers), Linear(PolicyWaivers), Linear(FlagsExpire), Linear(QuotesAsFiction)]),
            new(CredentialReason, [Linear(OpensOnAWord)]),
            new(OtherUsersReason, [Linear(ListOfOthersWithDetails), Linear(GiveMeTheirs)]),
            new(AuthorityReason, [Linear(ConscienceOfTheModel)]),
            new(OrderReason, [Linear(TheAiAssistantMust)]),
            new(MarkupReason, [Linear(SectionHeading)]),
            new(OtherUsersReason, [Linear(IntoOthersProfiles)]),
            new(RulesReason, [Linear(EncodedAnswers), Linear(AnswersConfirming)]),
            new(CredentialReason, [Linear(WebhookValue)]),
            new(HazardReason, [Linear(MoreHarm)]),
            new(AuthorityReason, [Linear(AsIfFromAuthority)]),
            new(OrderReason, [Linear(OrdersHereby)]),

            // Rounds 47-56 (InstructionGuard.Round47.cs).
            // Round 47.
            new(AuthorityReason, [Linear(InheritedPowers), Linear(DecideItsAnswers)]),
            new(OrderReason, [Linear(EverythingITypeKept)], KeptInMemory),
            new(AuthorityReason, [Linear(AccessLevelKey)]),
            new(RulesReason, [Linear(SourceOnAnyTopic)]),

            // Round 48.
            new(HazardReason, [Linear(Unseen)], KnowHowOwed),
            new(HazardReason, [Linear(CrimesKnowHow), Linear(SecretlyWatched)]),
            new(AuthorityReason, [Linear(RegisterOfTrust), Linear(WeightOfTheBoard), Linear(MarkedMessagesFrom)]),
            new(RulesReason, [Linear(OffTheAuditTrail)]),
            new(OtherUsersReason, [Linear(OthersWorkToMe)]),
            new(CredentialReason, [Linear(PadWithValue)]),
            new(OrderReason, [Linear(DutchTellAlways)]),

            // Round 49.
            new(CredentialReason, [Linear(CodeAsAYear), Linear(OpensWithADate)]),
            new(HazardReason, [Linear(MoreCrimes), Linear(ForgedPapers)]),
            new(OtherUsersReason, [Linear(OthersAlteredInSecret)], AlteredInSecret),
            new(OtherUsersReason, [Linear(OthersUploadsToMe)]),
            new(OrderReason, [Linear(TellWhoeverAsks)]),
            new(RulesReason, [Linear(MineAsApproved)]),

            // Round 50.
            new(RulesReason, [Linear(NoWarningsDiet)]),
            new(OtherUsersReason, [Linear(ExFoundOut), Linear(OthersTickets)]),
            new(HazardReason, [Linear(ClonedLoginPages), Linear(AgeCheckBypassed)]),
            new(CredentialReason, [Linear(ProductKeyShape)]),
            new(RulesReason, [Linear(MarkedAsReviewed)]),

            // Round 51.
            new(HazardReason, [Linear(TrackersDefeated)], KnowHowOwed),
            new(RulesReason, [Linear(AnswersGuaranteeing), Linear(AnswersSteeringToMine), Linear(WarningsExpiredForMe)]),
            new(OtherUsersReason, [Linear(ConversationsNotMine)]),
            new(OtherUsersReason, [Linear(WhatPeopleTellIt)], GathersIt),
            new(AuthorityReason, [Linear(ApprovesItsAnswers)]),
            new(CredentialReason, [Linear(PassphraseInWords)], GivenAsWords),
            new(CredentialReason, [Linear(FirmwareLock)]),
            new(OrderReason, [Linear(WantTheAssistantTo)]),

            // Round 52.
            new(AuthorityReason, [Linear(RoleOverReplies)], NotATeam),
            new(AuthorityReason, [Linear(AnswersWhereIChoose)]),
            new(AuthorityReason, [Linear(DecideWhichAnswers)], NotAboutAnExam),
            new(RulesReason, [Linear(RepliesUnbraked), Linear(CheckEasilyBypassed), Linear(SafetyNumbersOut), Linear(FlaggedFulfilled), Linear(AnswersCarryTracking), Linear(MineUnlooked)]),
            new(RulesReason, [Linear(AgentsUnchecked)], TakenUnchecked),
            new(CredentialReason, [Linear(DeviceCodes)]),
            new(OtherUsersReason, [Linear(OthersRemembered)]),
            new(OrderReason, [Linear(TellThemAlways)]),

            // Round 53.
            new(HazardReason, [Linear(ScamsOnTheOld), Linear(IdentityFraud), Linear(HarmToBeings), Linear(LocksAndMailOfOthers), Linear(DrugPrecursors)], TasteOrKnowHow),
            new(RulesReason, [Linear(EvasionWanted)]),
            new(CredentialReason, [Linear(SignInWords)], GivenAsWords),
            new(OrderReason, [Linear(KeepTheirDetails)]),
            new(CredentialReason, [Linear(EncryptionKeyValue)]),

            // Round 54.
            new(HazardReason, [Linear(MoreCrimesKnowHow)], TasteOrKnowHow),
            new(HazardReason, [Linear(DangerousOnItsOwn)]),
            new(AuthorityReason, [Linear(SpeaksForAnAuthority)]),
            new(RulesReason, [Linear(ScriptsRunUnreviewed)]),
            new(OtherUsersReason, [Linear(EveryAccountWithHistories)]),

            // Round 55.
            new(HazardReason, [Linear(SabotageAndFraud)], TasteOrKnowHow),
            new(CredentialReason, [Linear(OpensWithASecret)]),
            new(OrderReason, [Linear(FileItUnderMe)]),

            // Round 56.
            new(RulesReason, [Linear(ObligedAnswers)]),
            new(HazardReason, [Linear(HarmNeedsNoFrame)]),
            new(AuthorityReason, [Linear(OwnedOrOrderedModel)]),
            new(MarkupReason, [Linear(DiffAndCsvPowers)]),

            // Round 57 (InstructionGuard.Round57.cs).
            new(PaymentSiteReason, [Linear(PaymentSite)]),
            new(RulesReason, [Linear(SafeguardsOffByRule), Linear(WinnerChosen)]),
            new(CredentialReason, [Linear(SecurityAnswer)]),
            new(AuthorityReason, [Linear(SoleDecider), Linear(QuestionsApproved)]),
            new(OrderReason, [Linear(ReplacesEveryFact)]),
            new(HazardReason, [Linear(HarmLegalHere), Linear(RealMethodsForStories)]),

            // Round 58.
            new(OrderReason, [Linear(PaidByStandingRule)]),
            new(RulesReason, [Linear(FailsOnRefusals), Linear(BeyondTheLaw), Linear(NoFingerOnTheEdge)]),
            new(OtherUsersReason, [Linear(AnotherAccountMine)]),
            new(CredentialReason, [Linear(DigitsOfANumber)]),
            new(HazardReason, [Linear(MixedWithAlcohol), Linear(CuresADisease), Linear(EvidenceCleaned)]),

            // Round 59.
            new(AuthorityReason, [Linear(ObedienceOwed)]),
            new(RulesReason, [Linear(MachinesNeverRefuse)]),
            new(OtherUsersReason, [Linear(OthersDataSold), Linear(DiagnosisSpread)]),

            // Round 60.
            new(CredentialReason, [Linear(SecretInNewPlaces)]),
            new(RulesReason, [Linear(AnswersDescribeThem), Linear(MessagesUnscreened), Linear(PaidUnchecked)]),
            new(AuthorityReason, [Linear(ScreenCompanion)]),
            new(HazardReason, [Linear(NoInsulin), Linear(ToolsOfBreakingIn)]),

            // Round 61.
            new(CredentialReason, [Linear(SecretByReference)]),
            new(AuthorityReason, [Linear(AssistantByMetaphor), Linear(MessagesPreCleared)]),
            new(OtherUsersReason, [Linear(WhatOthersTellTheApp)]),
            new(RulesReason, [Linear(AskersSteered), Linear(EveryRequestAYes)]),
            new(HazardReason, [Linear(AdviceWithoutMedicine), Linear(BadgeOwedHotwiring)]),

            // Round 62 (InstructionGuard.Round62.cs).
            new(CredentialReason, [Linear(LockOpensOn)], OpensOnAValue),
            new(CredentialReason, [Linear(CodeWordForAnyone)], SaysAWord),
            new(CredentialReason, [Linear(TypedAtAKeypad), Linear(FeedOpenToAnyone)]),
            new(AuthorityReason, [Linear(HeedsOnlyMe)], OnAScreen),
            new(AuthorityReason, [Linear(RecognisedFromAnyAccount), Linear(WorksOnlyForMe), Linear(DecidesWhatItOpens), Linear(TierOwedFree), Linear(ChangedByAnyone), Linear(CountsAsMine)]),
            new(OtherUsersReason, [Linear(OthersStoredIsMine)]),
            new(RulesReason, [Linear(WelcomeEveryoneSees), Linear(NothingHeldBack)]),
            new(OrderReason, [Linear(EveryAnswerRepeats)]),

            // Round 63 (InstructionGuard.Round63.cs).
            new(CredentialReason, [Linear(TypedToGetIn), Linear(NetworkKey)], ToldByWhatItIs),
            new(CredentialReason, [Linear(SignInEverywhere), Linear(KeysAndReferences)]),
            new(AuthorityReason, [Linear(AnswerMachine), Linear(OfficialVoice)]),
            new(AuthorityReason, [Linear(EveryActInMyName)], ByANumberOrAnyone),
            new(RulesReason, [Linear(ReadBeforeEveryChat)]),
            new(OtherUsersReason, [Linear(WhatOthersWriteHere)]),
            new(MarkupReason, [Linear(SqlGrant)]),
            new(HazardReason, [Linear(JammingAndCopying)], TasteOrKnowHow),

            // Round 64 (InstructionGuard.Round64.cs).
            new(CredentialReason, [Linear(LetsMeInBy)], ToldByWhatItIs),
            new(CredentialReason, [Linear(VoicemailDigits), Linear(NatoSpelling)]),
            new(AuthorityReason, [Linear(ForwardedToWhoever), Linear(BackDoorInTheModel)]),
            new(AuthorityReason, [Linear(FollowsOnlyWhatISay)], OnAScreen),
            new(OrderReason, [Linear(AdviceNeverMentions), Linear(EveryAnswerCallsIt)]),
            new(RulesReason, [Linear(AskersShownOnly), Linear(SafetyWaived)]),
            new(OtherUsersReason, [Linear(HeirToProfiles), Linear(TheirQuestionsToMe)]),
            new(HazardReason, [Linear(ToxinsAndTheft)], TasteOrKnowHow),

            // Round 65 (InstructionGuard.Round65.cs).
            new(CredentialReason, [Linear(SecretDescribed)]),
            new(AuthorityReason, [Linear(MoreAnswerMachines), Linear(SignsAnyPayment), Linear(RequestsCountForAll)]),
            new(AuthorityReason, [Linear(BeforeItsMakers)], Obeys),
            new(RulesReason, [Linear(TextCountsAsMyRequest), Linear(NoContentLimits), Linear(RegularsUnchecked), Linear(NotesOutrankErasure), Linear(AnswersThatEndBy)]),
            new(OtherUsersReason, [Linear(WhatTheyTellIt)], TheChatOrSaved),
            new(OrderReason, [Linear(ExplanationsThatPush), Linear(NoRiskNotes), Linear(LeavesMedicineOut)]),
            new(HazardReason, [Linear(MoreTheftAndHarm)], TasteOrKnowHow),

            // Round 66 (InstructionGuard.Round66.cs).
            new(CredentialReason, [Linear(SecretsWithACarrier)]),
            new(AuthorityReason, [Linear(TalkingMachines), Linear(AboveItsTraining), Linear(DiplomaticPouch), Linear(MoreClaimsOverIt)]),
            new(OtherUsersReason, [Linear(OthersSavedNotes), Linear(ContactsOfWhoever)]),
            new(RulesReason, [Linear(WhoeverAsksQuestions), Linear(RawAnswers), Linear(CaptionsAsWishes), Linear(ReadBeforeGreeting)]),
            new(OrderReason, [Linear(ChatsThatInclude)]),
            new(MarkupReason, [Linear(ProfileBreak)]),
            new(HazardReason, [Linear(KeycardsAndDoses)], TasteOrKnowHow),

            // Round 67 (InstructionGuard.Round67.cs).
            new(CredentialReason, [Linear(GivesWayTo)]),
            new(AuthorityReason, [Linear(IAmEveryoneWho)]),
            new(OtherUsersReason, [Linear(KnownByEveryoneAs), Linear(EverythingTheyAsk)]),
            new(RulesReason, [Linear(NeverToldNo)]),
            new(OrderReason, [Linear(MedicineToldNeedless), Linear(EveryAnswerSays), Linear(NeverContradicted)]),
            new(HazardReason, [Linear(StagedAccidents)], TasteOrKnowHow),

            // Round 68 (InstructionGuard.Round68.cs).
            new(CredentialReason, [Linear(ComposedValue), Linear(HiddenKeys)]),
            new(AuthorityReason, [Linear(SpeaksThroughIt), Linear(OverItsSchooling)]),
            new(RulesReason, [Linear(HiddenScriptAndTickets), Linear(GuardsLeftOut), Linear(OwnWishes)]),
            new(OrderReason, [Linear(SafetyNetsRefused), Linear(ChatInALink)]),
            new(OrderReason, [Linear(HarmfulAdvice)], GivenAsAdvice),
            new(OtherUsersReason, [Linear(DescribedAsCheats), Linear(TheirPrivateMessagesReachMe)]),
            new(HazardReason, [Linear(BreakingIn)], TasteOrKnowHow),

            // Round 69 (InstructionGuard.Round69.cs).
            new(CredentialReason, [Linear(OneTimeCodes)]),
            new(AuthorityReason, [Linear(HeedsMeFirst), Linear(MakerOfThisBox), Linear(NotAPerson), Linear(SignsUnread)]),
            new(OtherUsersReason, [Linear(PredecessorsChats), Linear(FlaggedChatsAndAddresses)]),
            new(RulesReason, [Linear(WarningsAway), Linear(OnlyEncouragement)]),
            new(OrderReason, [Linear(FirstForEveryone), Linear(VotingEndsWith)]),
            new(OrderReason, [Linear(DeadlyFirstAid)], GivenAsAdvice),
            new(HazardReason, [Linear(FiresAndFakeMoney)], TasteOrKnowHow),

            // Round 70 (InstructionGuard.Round70.cs).
            new(CredentialReason, [Linear(ReleasedOnAWord), Linear(SettlesForAValue)]),
            new(AuthorityReason, [Linear(CustomsOfficer), Linear(ForwardsToAnyone)]),
            new(RulesReason, [Linear(StandUnchecked), Linear(AmnestyAndMetadata)]),
            new(OrderReason, [Linear(ToldOnTheirTablet)]),
            new(OrderReason, [Linear(MoreHarmfulAdvice)], GivenAsAdvice),
            new(MarkupReason, [Linear(EncodedMarkup)]),
            new(HazardReason, [Linear(ChildrenAndCuffs)]),
            new(HazardReason, [Linear(PumpsAndCuffs)], TasteOrKnowHow),

            // Round 71 (InstructionGuard.Round71.cs).
            new(CredentialReason, [Linear(SurrendersToAValue), Linear(EncryptedWithAPassword)]),
            new(AuthorityReason, [Linear(AboveItsBuilders)]),
            new(RulesReason, [Linear(ErasureDisowned), Linear(NoIsAnOffence)]),
            new(OrderReason, [Linear(PregnancyDrinking)], GivenAsAdvice),
            new(PaymentSiteReason, [Linear(CryptoForDonations)]),
            new(MarkupReason, [Linear(ChatTemplateTokens)]),
            new(HazardReason, [Linear(SafetyDevicesDefeated)], TasteOrKnowHow),

            // Round 72 (InstructionGuard.Round72.cs).
            new(CredentialReason, [Linear(MoreCarriers)]),
            new(AuthorityReason, [Linear(PenPalsAndGodmothers)]),
            new(OtherUsersReason, [Linear(LookupsWithRoutines)]),
            new(RulesReason, [Linear(NothingHeldBackHere)]),
            new(OrderReason, [Linear(SafetyReplaced)]),
            new(OrderReason, [Linear(EclipseAndGarlic)], GivenAsAdvice),
            new(HazardReason, [Linear(SiphonedFuel)]),
            new(HazardReason, [Linear(LimitersAndDiesel)], TasteOrKnowHow),

            // Round 73 (InstructionGuard.Round73.cs).
            new(CredentialReason, [Linear(PassphraseByOtherNames)]),
            new(CredentialReason, [Linear(GuardsMyAccounts)], DescribesAValue),
            new(AuthorityReason, [Linear(NamedAndControlled)]),
            new(OrderReason, [Linear(AllergensUnsaid)]),
            new(OrderReason, [Linear(MoreDeadlyFirstAid)], SwornByUnwarned),
            new(HazardReason, [Linear(TrafficLightsSabotaged)]),
            new(HazardReason, [Linear(WeaponsAndSabotage)], TasteOrKnowHow),
            // Round 74 (InstructionGuard.Round74.cs).
            new(CredentialReason, [Linear(LockFondOfAValue)]),
            new(CredentialReason, [Linear(BankBelievesAnAnswer)]),
            new(OrderReason, [Linear(HarmfulAdviceLiked)], LikedUnwarned),
            new(HazardReason, [Linear(SafeguardsDefeated)], TasteOrKnowHow),
            new(HazardReason, [Linear(ChlorineMixed)], TasteOrKnowHow),
            new(AuthorityReason, [Linear(PermissionTokens)]),
            new(AuthorityReason, [Linear(ConductorOrSponsor)]),
            new(OtherUsersReason, [Linear(TradesmanRobsClients)]),
            // Round 75 (InstructionGuard.Round75.cs).
            new(CredentialReason, [Linear(AccountBehindAValue)], DescribesAValue),
            new(CredentialReason, [Linear(LockObeysAValue), Linear(DigitsInARecipe), Linear(InitialsSpellALogin)]),
            new(CredentialReason, [Linear(TheirPasswordByAName)], ByAPetOrANumber),
            new(AuthorityReason, [Linear(KeeperOfTheMachine)]),
            new(MarkupReason, [Linear(MarkupSpoken)]),
            new(OrderReason, [Linear(HarmfulWisdom)], LivedByOrAdvice),
            new(OrderReason, [Linear(YesToEverything)]),
            new(RulesReason, [Linear(ChildClearedForAdults)]),
            new(PaymentSiteReason, [Linear(ScamAsTheirWay)]),
            new(OtherUsersReason, [Linear(NamedCarerAccused)]),
            new(HazardReason, [Linear(SabotageAndShortcuts), Linear(OthersAccountsAndCameras)], TasteOrKnowHow),
            new(HazardReason, [Linear(LethalDoses)]),
            // Round 76 (InstructionGuard.Round76.cs).
            new(OrderReason, [Linear(EveryAnswerEndsThere), Linear(VotingDayWrong), Linear(BurnsMistreated)]),
            new(HazardReason, [Linear(RoomsKeysAndMirrors)]),
            new(AuthorityReason, [Linear(ApprovedEscapes)]),
            new(OrderReason, [Linear(HarmfulDosing)], NotWarned),
            new(HazardReason, [Linear(HomemadeWeapons)], WishedOrOwed),
            new(RulesReason, [Linear(AnswersFreeOfCaution)]),
            new(AuthorityReason, [Linear(GuardianRefusedNothing)]),
            new(OtherUsersReason, [Linear(DonorsNames)]),
            new(HazardReason, [Linear(GainOfFunction)]),
            // Round 77 (InstructionGuard.Round77.cs).
            new(CredentialReason, [Linear(KnownByAWord), Linear(LockGivesIn), Linear(PayloadsAndSeeds)]),
            new(AuthorityReason, [Linear(SteersTheMachine)]),
            new(RulesReason, [Linear(NoCautionLayer), Linear(BriefingsShown)]),
            new(OrderReason, [Linear(HarmfulRemedies)], SwornByUnwarned),
            new(OrderReason, [Linear(MineFirstOrCopiedToAll)]),
            new(HazardReason, [Linear(FlueSensorsAndChainBrakes)]),
        ];
    }

    /// <summary>Why the text must not become memory (a fixed phrase naming the concern), or null when it may.</summary>
    public static string? Check(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Check(text, TextFold.Canonical(text), TextFold.Fold(text));

    /// <summary><see cref="Check(string?)"/> for text already in its canonical and folded forms.</summary>
    internal static string? Check(string text, string canonical, string folded) =>
        TextFold.LongestSpacedRun(canonical) >= MaxSpelledOut || HasMorse(canonical) || HasHiddenTags(text) || HasBidiOverride(text) || HasHiddenSelectors(text) ? DisguiseReason
        // Braille is read as the letters it stands for.
        : HasBraille(text) ? Check(Unbrailled(text))
        : Judge(folded)
        // Invisible characters may join letters ("ad\u200Bmin") or part words ("ignore\u180Eyour\u180Erules"): both readings are judged.
        ?? (TextFold.HasFormatCharacters(text) ? Judge(TextFold.Fold(TextFold.FormatAsSpaces(text))) : null)
        ?? Decoded(canonical)
        // Words written backwards (where the text says so) or in pig latin, judged as decoded.
        ?? Unscrambled(folded)
        // Words written upside down or shifted along the alphabet (where the text says so), judged turned back.
        ?? (Righted(text) is { } righted ? Check(righted) : null)
        ?? Unshifted(folded)
        // Atbash, numbers for letters, words without vowels, the "alfabeto farfallino" and its cousins.
        ?? Deciphered(text, folded)
        // Binary and runes, read as letters.
        ?? Transliterated(text)
        // Polybius pairs ("33 34 42 45 31 15 43").
        ?? Unpolybiused(text)
        // A secret given in quotes ("het wachtwoord 'tulpenveldlente'"): folding drops the quotes, so it is read before.
        ?? (QuotedSecret().IsMatch(canonical) ? CredentialReason : null);

    /// <summary><see cref="Check(string?)"/> for text already in its folded form, without the spelled-out check.</summary>
    internal static string? Judge(string folded) => Judge(Screens, folded);

    /// <summary>The reason of the first screen that finds a concern in any reading of the folded text.</summary>
    private static string? Judge(IEnumerable<Screen> screens, string folded)
    {
        try
        {
            var readings = Readings(Harmless(folded)).ToList();
            foreach (var screen in screens)
            {
                if (readings.Any(reading => Found(screen, reading)))
                {
                    return screen.Reason;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return UnjudgedReason;
        }

        return null;
    }

    /// <summary>
    /// The text as written, and as it reads when what disguises it is undone: a phrase broken over lines read as one line,
    /// words parted by dots read apart ("i.am.the.operator") and out of inline code, chat shorthand and guarded words missing a letter spelled out ("u r", "rmbr", "pasword").
    /// </summary>
    private static IEnumerable<string> Readings(string text)
    {
        yield return text;
        var joined = text.Contains('\n', StringComparison.Ordinal) ? text.Replace('\n', ' ') : text;
        if (!ReferenceEquals(joined, text))
        {
            yield return joined;
        }

        var apart = DottedWords().Replace(joined, " ").Replace("`", "", StringComparison.Ordinal);
        var spelled = TextFold.Respelled(Shorthand().Replace(apart, m => ShorthandWords[m.Value]));
        if (spelled != joined)
        {
            yield return spelled;
        }
    }

    // Chat shorthand for the words orders and claims are made of; the guard alone reads it this way (a stored value is never rewritten).
    private static readonly Dictionary<string, string> ShorthandWords = new(StringComparer.Ordinal)
    {
        ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["rmbr"] = "remember", ["rmb"] = "remember", ["frm"] = "from", ["iz"] = "is",
        ["hav"] = "have", ["teh"] = "the", ["ppl"] = "people", ["evry1"] = "everyone", ["every1"] = "everyone", ["evry"] = "every",
        ["ne1"] = "anyone", ["some1"] = "someone", ["b4"] = "before", ["wat"] = "what", ["2day"] = "today", ["4ever"] = "forever",
    };

    /// <summary>Why a text hidden in an encoded run (base64) must not become memory, judged as the decoded words; null when there is none or it may.</summary>
    private static string? Decoded(string canonical)
    {
        foreach (var run in Base64Run().Matches(canonical).Select(m => m.Value))
        {
            var bytes = new byte[run.Length];
            if (Convert.TryFromBase64String(run.PadRight(run.Length + (4 - run.Length % 4) % 4, '='), bytes, out var written)
                && Encoding.UTF8.GetString(bytes, 0, written) is var words && words.All(c => !char.IsControl(c) || c is '\n' or '\t')
                && words.Count(char.IsLetter) * 2 > words.Length && Judge(TextFold.Fold(words)) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    private static bool Found(Screen screen, string text) =>
        screen.Patterns.Any(pattern => screen.Holds is null ? pattern.IsMatch(text) : pattern.Matches(text).Any(m => screen.Holds(text, m)));

    /// <summary>Replaces set phrases that only look like a concern ("password manager", "call me Sam", "root cause") with neutral words.</summary>
    private static string Harmless(string folded) =>
        HarmlessPhrase.Replace(folded, m => m.Groups["keep"].Success ? m.Groups["keep"].Value : " item ");

    private static readonly Alternation HarmlessPhrase = new(HarmlessPhrases, RegexOptions.None, TimeSpan.FromMilliseconds(MatchTimeoutMs));

    /// <summary>Where the sentence around a match starts and ends (sentence punctuation, a semicolon or a line break).</summary>
    private static (int Start, int End) SentenceAround(string text, Match match)
    {
        var start = text.LastIndexOfAny(['.', '!', '?', ';', '\n'], Math.Max(0, match.Index - 1)) + 1;
        var end = text.IndexOfAny(['.', '!', '?', ';', '\n'], match.Index + match.Length);
        return (start, end < 0 ? text.Length : end);
    }

    /// <summary>True when the sentence around a match has a match of <paramref name="words"/>.</summary>
    private static bool SentenceHas(Regex words, string text, Match match)
    {
        var (start, end) = SentenceAround(text, match);
        return words.IsMatch(text.AsSpan(start, end - start));
    }

    /// <summary>The word right before a match.</summary>
    private static string WordBefore(string text, Match match)
    {
        var before = text.AsSpan(0, match.Index).TrimEnd(' ');
        return before[(before.LastIndexOf(' ') + 1)..].ToString();
    }

    /// <summary>The word right after a match, without the punctuation that ends it.</summary>
    private static string WordAfter(string text, Match match)
    {
        var rest = text.AsSpan(match.Index + match.Length).TrimStart(' ');
        var end = rest.IndexOfAny(' ', ',', '.');
        return (end < 0 ? rest : rest[..end]).ToString();
    }

    /// <summary>True when the sentence around a role claim shows a job: a qualifier next to the role or a work context.</summary>
    private static bool IsJob(string text, Match match)
    {
        var (start, endAt) = SentenceAround(text, match);
        var sentence = text[start..endAt];
        var before = text[start..match.Index];
        var words = text[match.Index..(match.Index + match.Length)].Split(' ');
        var previous = words.Length > 1 ? words[^2] : "";
        var after = text[(match.Index + match.Length)..endAt].TrimStart(' ', ',');
        var next = after.Split(' ', 2)[0];
        // "The system administrator" with no workplace is this system's: a qualifier shows a job only after "a", not after "the".
        var definite = previous == "the" || words.Length > 2 && words[^3] == "the" && RoleQualifier().IsMatch(previous);
        return !definite && (RoleQualifier().IsMatch(previous) || RoleQualifier().IsMatch(next)) || WorkContext().IsMatch(sentence)
            || WorkContext().IsMatch(before) || PlaceOfWork().IsMatch(after);
    }

    [GeneratedRegex(@"\b(?:passwords?|passwort|passwörter|kennwort|wachtwoord|wachtzin|mot de passe|mots de passe|mdp|contraseñas?|contrasenas?|clave|claves|senhas?|passcode|passphrase|pin|codice|código|codigo|code secret|geheimzahl|parola d'ordine|parola segreta|lösenord|hasło)\b(?!\s?-?(?:manager|managers|gestionnaire|gestor|manager|verwaltung|beheerder|kluis|safe|tresor))[^.!?;\n]{0,20}?[\s:=]['""«„‚‘“]\s?[\p{L}\p{N}]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex QuotedSecret();

    // "The stored notes of Jane", not "the saved photos of my trip": needs a lookahead, so it is a (bounded) backtracking pattern.
    [GeneratedRegex(@"\b(?:stored|saved|private|personal|remembered|recorded) (?:" + PersonalData + @"|preferences|facts) (?:of|from|belonging to|about) (?!me\b|my\b|myself\b|our\b)\w", RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex SomeoneElsesData();

    [GeneratedRegex(@"(?<=\p{L})\.(?=\p{L}{2})")]
    private static partial Regex DottedWords();

    [GeneratedRegex(@"\b(?:u|ur|r|rmbr|rmb|frm|iz|hav|teh|ppl|evry1|every1|evry|ne1|some1|b4|wat|2day|4ever)\b")]
    private static partial Regex Shorthand();

    // Sixteen or more base64 characters with at least one digit or upper-case letter and one lower-case letter: long enough to hide a sentence.
    [GeneratedRegex(@"(?<![A-Za-z0-9+/])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*[A-Z0-9])[A-Za-z0-9+/]{16,}={0,2}")]
    private static partial Regex Base64Run();

    [GeneratedRegex(@"^(?:system|systems|systeme|systemes|sistemas|network|networks|reseau|reseaux|redes|database|databases|db|dba|linux|windows|unix|it|informatique|informatico|server|servers|cloud|azure|aws|gcp|kubernetes|k8s|sap|salesforce|sharepoint|exchange|domain|vmware|citrix|oracle|mysql|postgres|postgresql|sql|backup|storage|security|data|web|website|site|content|community|forum|discord|reddit|subreddit|wiki|wikipedia|facebook|slack|school|university|college|hospital|healthcare|medical|clinical|office|business|program|project|contract|court|estate|property|public|hr|payroll|benefits|grants|pension|student|district|county|city|state|federal|clinic|junior|senior|lead|principal|chief|deputy|assistant|head|m365|jira|confluence|erp|crm|judiciaire|de|del|fur|bei|chez|en" + MoreRoleQualifiers + ")$")]
    private static partial Regex RoleQualifier();

    [GeneratedRegex(@"\b(?:work|works|worked|working|job|jobs|profession|professional|professionally|trade|for a living|occupation|career|employed|employer|position|title|hired|intern|internship|freelance|freelancer|contractor|consultant|years|months|since \d+|degree|volunteer|volunteering|(?:run|runs|host|hosts|own|owns|set up|started|founded|manage|manages) (?:a|an|my|our) (?:\w+ ){0,3}(?:server|group|forum|club|channel|community|site|website|wiki|discord|subreddit|guild|league|blog|podcast|shop|store)|company|startup|firm|agency|department|travaille|travaillais|bosse|metier|poste|emploi|depuis|ans|entreprise|trabajo|trabaje|trabajaba|profesion|puesto|oficio|empresa|desde hace|anos|arbeite|arbeitete|beruf|beruflich|stelle|firma|seit|jahren|ausbildung" + MoreWorkContext + @")\b")]
    private static partial Regex WorkContext();

    [GeneratedRegex(@"^(?:at|for|with|in|of|on|bei|chez|para|pour|en|dans|de|del|im|an|sur|auf|der|des|du|della|dello|dei|degli|delle|van|von|vom|do|da|dos|das|di|al|alla|zum|zur|bij|op" + MoreWorkPlaces + @") (?:a|an|my|our|the|une?|la|le|les|el|los|las|einer|einem|der|dem|die|meiner|meinem|mon|ma|mi|\w+)|^(?:dell|nell|all|dall|sull)'\w+")]
    private static partial Regex PlaceOfWork();

    // Set phrases that only look like a concern ("password manager", "call me Sam", "root cause"), read as the neutral " item "
    // (or the words of their "keep" group). Run as one regex per branch (Alternation): as one pattern it had no literal to
    // search for and cost 100-250 ms on a 32 KiB message.
    internal const string HarmlessPhrases = @"\b(?:password managers?|passwort manager|passwortmanager|gestionnaires? de mots de passe|gestor(?:es)? de contrasenas|admin assistant|administrative assistant|assistant administratif|assistante administrative|asistente administrativ[oa]|developer advocate|developer relations|developer experience|developer evangelist|staff (?:rotas?|rosters?|schedules?|meetings?|rooms?|canteen|kitchen|party|parties|discounts?|training|car park|parking|handbook|shortages?|turnover|payroll|toilets?|entrance)|staff engineer|staff nurse|staff writer|staff scientist|staff sergeant|staff accountant|staff physician|staff photographer|staff attorney|chief of staff|root canal|root cause|root causes|root vegetables?|square root|grassroots|root beer|zip code|postal code|post code|postcode|area code|country code|dress code|source code|code name|code review|morse code|qr code|bar code|barcode|airport code|language code|(?:always|never) (?:have|had|has|did|was|were|do|does)(?=\s*[.!]?\s*$)|authori[sz]ed (?:dealer|reseller|distributor|retailer|repairer|repair centre|repair center|service provider|partner|signatory|driver|user of)|distribuidora? autorizad[oa]|revendedora? autorizad[oa]|concessionnaire agree|revendeur agree|rivenditore autorizzato|autorisierter (?:handler|handler|partner|vertriebspartner)|base64|base32|base58|utf 8|utf8|utf16|sha256|sha 256|sha512|sha1|md5|x86|x64|arm64|ipv4|ipv6|win32|h264|h265|mp3|mp4|es2015|python3|promo code|discount code|coupon code|tax code|penal code|course code|module code|class code|flight code|product code|item code|error code|status code|exit code|colou?r code|code of conduct|ethics code|zoning code|code postal|codigo postal|postleitzahl|key insight|key takeaway|key point|keynote|key account|(?:is|are|est|sont|es|esta|estan|ist|sind|e|sono|fica|ficam|zit|zitten|staat|staan) (?:stored|saved|kept|managed|enregistre\w*|sauvegarde\w*|stocke\w*|conserve\w*|guardad[oa]s?|almacenad[oa]s?|gespeichert|hinterlegt|abgelegt|salvat[aeio]|memorizzat[aeio]|conservat[aeio]|armazenad[oa]s?|opgeslagen|bewaard) (?:in|inside|dans|en|im|in der|nel|nella|no|na|em|op)|(?:thesis|dissertation|scriptie|tesis|these|tesi|tese|doktorarbeit|masterarbeit|dissertacao) (?:is|was|es|est|ist|e|gaat|war|era|fue|etait) (?:on|about|sobre|sur|uber|over|su|sul|sulla|sui)|(?:check|checks|checking|spot|spots|spotting|detect|detects|detecting|verify|verifies|flag|flags|catch|catches|confiro|verifico|detecto|controlo|compruebo|reviso|detecte|verifie|controle|repere|prufe|erkenne|controllo|riconosco|controleer|herken) (?:the |les |las |os |le |die |de )?(?:(?:forged|fake|falsified|counterfeit|faked) )?(?:prescriptions?|receitas|recetas|ordonnances|ricette|rezepte|recepten|banknotes|billets|billetes|banconote)(?: (?:falsificad[oa]s|falsas|falsos|falsifiees|fausses|falsche|gefalschte|contraffatte|false|falsi|vervalste))?|remember the titans|(?:spot|spotting|recogni[sz]e|recogni[sz]ing|avoid|avoiding|detect|detecting|report|reporting) (?:phishing |online |phone )?(?:scams?|fraud|phishing)|maiden name (?:is|was) (?:polish|portuguese|italian|irish|german|french|spanish|greek|dutch|swedish|norwegian|danish|finnish|hungarian|czech|slovak|russian|ukrainian|japanese|chinese|korean|scottish|welsh|english|jewish|arabic|turkish|lebanese|armenian|mexican|filipino|indian|vietnamese|basque|catalan|romanian|croatian|serbian)|(?:was|were|got|has been|have been) verified (?:when i (?:opened|applied|signed up|registered|joined|started|moved|rented|bought)|(?:for|at) (?:my|a|the) (?:new )?(?:passport|visa|id card|identity card|driving licen[cs]e|mortgage|loan|bank account|lease|rental|flight|border))|super ?users? (?:for|of|on|in|at) (?:our|my) (?:[\w']+ ){0,3}(?:software|system|server|nextcloud|crm|erp|sap|excel|database|intranet|network|nas|spreadsheets?|booking system)|(?:(?:never|nunca|nie|niemals|nooit) (?:share|give|give out|tell|send|reveal|disclose|comparto|doy|digo|gebe|teile|verrate|dou|compartilho|partilho|geef|deel|vertel)|(?:donne|partage|communique|dis|do|dico|condivido|gebe|teile|verrate|geef|deel|vertel) (?:jamais|mai|nie|niemals|nooit)) (?:my|mes|mon|ma|mis|mi|meine|meinen|mein|i miei|la mia|il mio|le mie|os meus|as minhas|a minha|o meu|meu|minha|mijn) (?:passwords?|pins?|pin codes?|credentials|login details|identifiants|mots? de passe|codes? secrets?|contrasenas?|claves?|passworter|passwort|kennworter|kennwort|zugangsdaten|password|credenziali|senhas?|credenciais|wachtwoord(?:en)?|inloggegevens|pincodes?)(?: (?:with|to|a|con|mit|an|com|met|aan) (?:anyone|anybody|nobody|personne|nadie|niemand(?:em)?|nessuno|ninguem|strangers|others|other people)|,? not even (?:with|to) (?:my |mon |ma |mi |meinem |meiner |mijn )?\w+)(?=\s*[.!]?\s*$)|(?:parrot|budgie|cockatiel|toddler|son|daughter|kids?|children|nephew|niece|little brother|little sister|grandson|granddaughter) (?:[\w']+ ){0,2}(?:repeats|copies|mimics|imitates|parrots) everything i say|(?<=\bi am [\w' ]{1,40} )and always (?:tell|inform|warn|remind|mention (?:it|this|that) (?:to|at)) (?:new |my |the |every |all )?(?:pharmac(?:y|ies|ists?)|clinics?|hospitals?|restaurants?|doctors?|dentists?|nurses?|pharmacists?|paramedics?|waiters?|waitresses?|chefs?|hairdressers?|teachers?|coaches?|instructors?|babysitters?)|(?:forgot|forgotten|lost) my (?:[\w']+ ){0,3}(?:password|pin|passcode|combination|code)(?: again| twice| once)?(?: (?:this|last) (?:week|month|year))?(?:,? (?:so|and) (?:i )?(?:reset|changed|had to reset|had to change|had to cut) (?:it|them)(?: off)?(?: today| yesterday| again| this morning)?)?(?=\s*[.!]?\s*$)|trusted with (?:the |a )?(?:master |spare )?keys? (?:to|for|of) (?:our|my) (?:[\w']+ ){0,2}(?:stores?|shop|building|office|church|school|lab|laboratory|house|flat|hall|shed|garage|warehouse|stockroom|room|cellar|block|gym|clinic|pharmacy|depot|site|yard|club|premises)|(?:use|uses|used|using) (?:[\w']+ ){1,4}?for everything(?=\s*[.!]?\s*$)|security (?:question )?answers (?:are|were) (?:all )?(?:made up|fake|random|invented|gibberish|nonsense)(?=(?:,? (?:which|and|so|because|lol|haha)[^:;\d]*)?\s*[.!]?\s*$)|(?:^|(?<=[.!?] ))never (?:been|seen|had|tried|done|heard|met|visited|watched|read|played|owned|driven|flown|lived|eaten|used)\b|(?:writing|write|wrote|doing|finishing|working on) (?:my|a|our) (?:thesis|dissertation|paper|essay|report|tesi|tesis|these|scriptie|masterarbeit|doktorarbeit|bachelorarbeit|dissertacao)(?= (?:on|about|sobre|sur|uber|over|su) (?:phishing|scams?|fraud|cybercrime|radicali[sz]ation|extremism|disinformation|misinformation|money laundering|human trafficking|domestic violence|online grooming|ransomware|identity theft))|server rooms? (?:at|in|of) (?:work|my work|my job|the office|my office|our office|the hospital|the school|the plant|the factory|the depot|the bank|the university|the lab|our building|the building)|secret santa|secret sauce|secret ingredient|note to self|full time|part time|let me (?!be|have|access|bypass|see|browse|read|view|look|check|open|into)|let us|(?:email|e mail|text|reach|contact|ping|write to) me (?:at|on|via)|(?:you can |you may |just |please )?call me (?!admin|administrator|root|boss|master|sir|superuser|the admin|your|as )|(?<keep>at|in|chez|en|bei) (?:here|ici|aqui|hier)\b|(?:here|ici|aqui|hier) (?<keep>at|in|chez|en|bei)" + OwnThings + @")\b";
}
