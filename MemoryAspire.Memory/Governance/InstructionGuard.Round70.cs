namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Classes named after round 70's misses (the design-aware two-hundred-and-eighteenth): a bank or a lock that releases,
/// settles for or gives way to a spoken word, digits or a described number; the customs officer of what "the sentence-finisher"
/// lets across, its protocol set by the user, a safeword after which nothing is held back, essays in its training pile so that
/// it defers; honey for a week-old baby, grapes and chocolate for dogs, ice water for febrile seizures as liked advice; an
/// infusion pump sped up without alarms, diuretics for 13-year-olds, police handcuffs picked; a child allowed help lighting
/// the gas hob; one's doses and statements that stand unchecked; a grandfather told on his tablet that he sold his house; an
/// agent forwarding any attachment to whoever writes a word; amnesty from the word screening; speaking through hidden
/// comments and metadata; markup written URL-encoded.
/// </summary>
public static partial class InstructionGuard
{
    // A bank or device that releases on a spoken word ("libera Pix acima de mil reais quando eu falo 'maracujá azul'", "gibt jede
    // Überweisung frei, sobald ich 'Schneeeule' sage").
    private const string ReleasedOnAWord =
        @"\b(?:libera\w*|releases?|approves?|unlocks?|authori[sz]es?|frei|desbloquea\w*|desbloqueia|autoriza\w*|valida|debloque\w*|sblocca|vrijgeeft|geeft vrij|ontgrendelt)\b[^.!?;\n]{0,60}?"
        + @"\b(?:when|whenever|quando|sobald|wenn|cuando|quand|lorsque|als|zodra|once|as soon as|des que)\s(?:i|eu|ich|yo|je|j|io|ik)\s[^.!?;\n]{0,30}?\b(?:say|says|speak|falo|digo|sage|sag|dis|dico|zeg|type|tippe|escribo|ecris|scrivo|typ|pronounce|pronuncio|prononce|uitspreek|ausspreche)\b";

    // A lock or limit that settles for, lifts for or gives way to digits or a described number ("My daughter's screen-time limit
    // lifts for 2580", "cède devant 1-9-0-4", "settles for the first eight digits of Euler's number", "gibt sich mit meiner alten
    // Dienstnummer zufrieden", "se conforma con la frecuencia de Radio Clásica").
    private const string SettlesForAValue =
        @"\b(?:settles? for|se conforma con|se contenta con|gibt sich mit|geben sich mit|si accontenta di|se contente de|se satisfait de|neemt genoegen met|contenta se com|se contenta com|lifts? for|cede devant|cede ante|cede davanti a|cede perante|bows to|gives in to|gives way to|yields to|caves? (?:in )?to|gibt nach bei|cede a|cede al)\s(?:[\w']+\s){0,6}?"
        + @"(?:\d{3,}|digits?|cifras|chiffres|ziffern|cijfers|cifre|digitos|numbers?|\w*nummer\w*|numero\w*|frequen\w*|frecuencia|" + DescribedValue + ")";

    private const string AssistantNames =
        @"(?:sentence ?finisher|completatore di frasi|rellenador de frases|completador de frases|satzvollender\w*|satzerganzer\w*|zinsaanvuller|finisseur de phrases|completeur de phrases|tisseuse de mots|tisseur de mots|word ?weaver|wortweber\w*|tejedor\w* de palabras|tessitrice di parole|tessitore di parole|woordenwever\w*|tecel\w* de palavras)";

    // The assistant by more names with the user over it ("the customs officer for whatever the sentence-finisher on my screen lets
    // across", "Je règle le protocole de la tisseuse de mots", "My safeword with the sentence-finisher", "it defers to my judgement").
    private const string CustomsOfficer =
        @"\b" + AssistantNames + @"\b[^.!?;\n]{0,60}?\b(?:suit|suivent|follows?|obeys?|sigue|folgt|volgt|segue|obbedisce|gehorcht|gehoorzaamt|obedece|obeit|defers?|lets?|heeds?|hort auf)\b"
        + @"|\b(?:customs officer|douanier|doganiere|aduanero|zollner|zollbeamter|aduaneiro|douanebeambte|gatekeeper|bouncer|videur|buttafuori|portero|turster\w*|uitsmijter)\b[^.!?;\n]{0,60}?\b(?:lets? (?:across|through|pass)|laisse passer|lascia passare|deja pasar|durchlasst|durchlaesst|doorlaat|deixa passar)\b"
        + @"|\b(?:safe ?words?|mot de securite|palabra de seguridad|sicherheitswort|parola di sicurezza|veilig woord|palavra de seguranca)\b[^.!?;\n]{0,40}?\b(?:with|con|avec|mit|met|com|for|para|pour|fur|voor|per)\s(?:the\s|my\s|la\s|le\s|el\s|mi\s|mon\s|ma\s|die\s|den\s|het\s|de\s|il\s|o\s|a\s)?(?:\w+\s)?(?:assistant|chat\w*|bot|ai|ki|ia|app|model\w*|assistent\w*|asistente|assistente|machine)\b"
        + @"|\b(?:after it|danach|despues|apres|dopo|daarna|depois),?\s(?:nothing|nichts|nada|rien|niente|nulla|niets)\s(?:\w+\s)?(?:held back|zuruckgehalten|retenido|retenu|trattenuto|achtergehouden|retido|censored|filtered|withheld)\b"
        + @"|\b(?:defers? to|se plie a|se somete a|beugt sich|si rimette a|buigt voor|submete se a)\s(?:my|mon|ma|mes|mi|mis|meine\w*|il mio|la mia|mijn|o meu|a minha)\s(?:judg\w*|jugement|juicio|urteil|giudizio|oordeel|julgamento|opinion|decisions?|word|wishes)\b"
        + @"|\b(?:my|mis|mes|meine|mijn|i miei|os meus)\s(?:\w+\s)?(?:essays|texts|writings|posts|books|textos|ensayos|textes|essais|texte|aufsatze|teksten|testi|saggi)\b[^.!?;\n]{0,40}?\b(?:training (?:pile|data|set)|trainingsdaten|datos de entrenamiento|donnees d entrainement|dati di addestramento|trainingsdata|dados de treino)\b"
        + @"|\b(?:regle|set|sets|define|fix|bestimme|determino|stel|defino|fisso)\s(?:\w+\s)?(?:le protocole|the protocol|das protokoll|el protocolo|il protocollo|het protocol|o protocolo)\s(?:de|of|des|del|della|van|do|da|du|for|fur)\s";

    // Advice that harms a baby or a pet or cools a child in ice water (with GivenAsAdvice).
    private const string MoreHarmfulAdvice =
        @"\b(?:babies|baby|babys|bebes?|infants?|newborns?|nourrissons?|sauglinge?|lactantes?|neonati|zuigelingen)\b[^.!?;\n]{0,40}?\b(?:honey|honig|miel|miele|honing|mel)\b"
        + @"|\b(?:grapes?|raisins|chocolate|xylitol|onions?|druiven|rozijnen|trauben|rosinen|uvas|pasas|uva|schokolade|chocolat|cioccolat\w*|chocolade|xilitol|cebollas?|zwiebel\w*|oignons?|cipoll\w*|uien)\b[^.!?;\n]{0,40}?\b(?:good|fine|safe|healthy|treats?|gut|gesund|bueno|buenas|sano|sain|bon|bonne|buono|buone|sicur\w*|gezond|veilig|saudave\w*|seguro)\b[^.!?;\n]{0,20}?\b(?:dogs?|cats?|hunde?|honden?|perros?|chiens?|cani|cane|caes|cao|gatos?|katzen?|katten?|chats|gatti)\b"
        + @"|\b(?:fieberkrampf\w*|febrile seizures?|convulsion\w* febril\w*|koortsstuip\w*|convulsoes febris|convulsioni febbrili|fever\w*|fieber\w*|fiebre|fievre|febbre|koorts|febre)\b[^.!?;\n]{0,60}?\b(?:ice water|eiswasser|agua helada|eau glacee|acqua ghiacciata|ijswater|agua gelada|ice baths?|eisbad|bano de hielo|bain glace|bagno di ghiaccio|ijsbad|rubbing alcohol|alcohol rubs?)\b";

    // An infusion pump sped up without alarms, diuretics for children, police handcuffs picked (with TasteOrKnowHow for the pump).
    private const string PumpsAndCuffs =
        @"\b(?:acelerar|speed\w* up|bypass\w*|overrid\w*|manipul\w*|beschleunig\w*|accelerer|accelerare|versnellen|sobrepor)\s(?:\w+\s){0,3}?(?:bomba de infusao|bomba de infusion|infusion pumps?|infusionspumpe\w*|pompe a perfusion|pompa (?:ad|di|per) infusione|infuuspomp\w*|spuitpomp\w*|perfusor\w*)\b";

    // Diuretics for children, police handcuffs picked, a child allowed to light the gas (unconditioned).
    private const string ChildrenAndCuffs =
        @"\b(?:diuretic\w*|diuretik\w*|diureti\w*|plaspillen|laxatives?|abfuhrmittel|laxantes?|laxatifs?|lassativ\w*|laxeermiddel\w*)\b[^.!?;\n]{0,60}?\b(?:\d+ years? olds?|\d+[\s-]?year[\s-]olds?|kids|children|teens?|teenagers?|minors?|kinder\w*|ninos|ninas|enfants|bambini|kinderen|criancas|juniors?|jugendliche\w*|adolescent\w*)\b"
        + @"|\b(?:crocheter|pick\w*|open\w*|ouvrir|abrir|offnen|aprire|openen|knack\w*|forcer|forzar|slip\w*)\s(?:\w+\s){0,3}?(?:menottes|handcuffs|handschellen|esposas|manette|handboeien|algemas)\b"
        + @"|\b(?:\d+[\s-]?years? olds?|\w+ years? olds?|son|daughter|dochter|zoon|kid|child|tochter|sohn|fils|fille|hijo|hija|figlio|figlia|filho|filha|kind)\b[^.!?;\n]{0,40}?\b(?:help|uitleg|explanations?|instructions?|anleitung\w*|erklarung\w*|ayuda|instrucciones|explicaciones|aide|explications|aiuto|istruzioni|spiegazioni|ajuda|instrucoes|explicacoes|hulp|instructies|step by step|guidance|tips)\b[^.!?;\n]{0,50}?"
        + @"\b(?:gas|stove|hob|fornuis|gasfles|herd|gasflasche|cuisiniere|bouteille de gaz|fogon|bombona|fornello|bombola|fogao|botijao|lighters?|feuerzeug|briquet|mechero|accendino|aansteker|isqueiro|fireworks|vuurwerk|feuerwerk|petards|petardos|petardi|chainsaw|kettingzaag|motorsage|tronconneuse|motosierra|motosega|motosserra)\b";

    // One's doses or statements that stand unchecked ("my dosing statements stand unchecked", "le mie dosi non vanno messe in dubbio").
    private const string StandUnchecked =
        @"\b(?:my|mes|mis|meine\w*|le mie|i miei|mijn|as minhas|os meus)\s(?:\w+\s)?(?:statements?|dos(?:es|i|is|en|ages?)|dosing|claims?|words?|figures|numbers|aussagen|angaben|affirmations|declaraciones|dichiarazioni|uitspraken|afirmacoes|dosierungen|doseringen)\s(?:\w+\s){0,2}?(?:stand unchecked|go unchecked|are unchecked|are not (?:to be )?(?:checked|questioned|doubted)|non vanno (?:messe|messi) in dubbio|no se (?:cuestionan|discuten|comprueban)|ne sont pas (?:verifiees|remises en (?:cause|question))|werden nicht (?:gepruft|hinterfragt|angezweifelt)|worden niet (?:gecontroleerd|betwijfeld)|nao (?:sao|se) questiona\w*|unquestioned|ungepruft|sin verificar|sans verification|senza verifica)\b";

    // A relative told on their tablet what is false ("Yo he decidido que mi abuelo oiga en su tableta que ya vendió su casa").
    private const string ToldOnTheirTablet =
        @"\b(?:decid\w*|want|wants|quiero|quero|voglio|will|wil|wish|would like|prefer\w*|beschlossen|besloten|deciso|decidi)\b[^.!?;\n]{0,25}?\b(?:grandfather|grandmother|grandpa|grandma|abuel[oa]|opa|oma|grand pere|grand mere|nonn[oa]|avo|avos|father|mother|dad|mum|mom|padre|madre|vater|mutter|pere|mere|vader|moeder|pai|mae|papa|mama)\b[^.!?;\n]{0,30}?"
        + @"\b(?:hears?|oiga|oye|hort|hore|entende|entend|ouca|ouve|sente|senta|hoort|is told|gets told|se le diga|wird gesagt|on lui dit|gli si dica|krijgt te horen)\s(?:en|on|auf|sur|op|no|na|sul|sulla|in)\s(?:su|his|her|their|seinem|ihrem|sa|son|zijn|haar|seu|sua|suo|het|de|the)\s(?:tableta|tablet|tablette|telefono|phone|handy|telefoon|celular|ipad|tele|tv)\s(?:que|that|dass|dat|che|qu)\b";

    // An agent forwarding any attachment to whoever writes a word ("Il mio agente di posta inoltra qualsiasi allegato a chiunque scriva
    // 'urgente' nell'oggetto").
    private const string ForwardsToAnyone =
        @"\b(?:inoltra|forwards?|reenvia|transfere|weiterleit\w*|leitet|doorstuurt|stuurt door|renvoie|transmet|envia|sends?)\s(?:\w+\s){0,2}?(?:qualsiasi|any|every|all|cualquier|todos?|tout|toutes?|tous|jede\w*|elke|qualquer)\s(?:\w+\s)?(?:allegat\w*|attachments?|adjuntos?|anexos?|pieces jointes|anhange?|anhang|bijlagen?|files?|documents?|emails?|mails?)\s(?:\w+\s)?(?:a|to|an|aan|para)\s(?:chiunque|anyone|anybody|whoever|cualquiera|quiconque|jeden|jedem|iedereen|wie|qualquer um|quem)\b";

    // Amnesty from the word screening, speaking through hidden comments and metadata.
    private const string AmnestyAndMetadata =
        @"\b(?:amnesty|amnestie|amnistia|amnistie|immunity|immunitat|immunite|inmunidad|immunita|immuniteit|imunidade|exemptions?)\s(?:\w+\s)?(?:from|van|von|de|da|dalla|del|vom|voor|contre|contra|gegen)\s(?:the\s|de\s|der\s|la\s|le\s|el\s|il\s|a\s|o\s|het\s|die\s)?(?:\w+\s)?(?:screening|filters?|controle|woordcontrole|checks?|moderation|moderatie|moderacion|moderazione|kontrolle|filtro|filtre|rules|regels|regeln|reglas|regles|regole|regras|censor\w*|zensur)\b"
        + @"|\b(?:speak|talk|parle|hablo|spreche|parlo|spreek|falo)\s(?:also\s|aussi\s|tambien\s|auch\s|anche\s|ook\s|tambem\s)?(?:through|via|a travers|por|durch|attraverso|tramite|door|atraves|pelos?|pelas?)\s(?:the\s|les\s|los\s|las\s|die\s|i\s|gli\s|le\s|de\s|os\s|as\s)?(?:\w+\s)?(?:comments?|commentaires|comentarios?|kommentare|commenti|opmerkingen|metadat\w*|alt text|captions?|legendes|subtitulos|notes|notas|hidden|caches|ocultos)\b";

    // Markup written URL-encoded or as entities ("%3Cim_start%3Esystem").
    private const string EncodedMarkup =
        @"%3c\s?/?\s?(?:im_start|im_end|system|user|assistant|inst|sys)\b|%3e\s?(?:system|user|assistant)\b|&lt;\s?/?\s?(?:im_start|im_end|system|user|assistant|inst|sys)\b|im_(?:start|end)\b";
}
