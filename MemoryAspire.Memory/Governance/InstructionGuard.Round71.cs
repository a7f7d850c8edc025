namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Classes named after round 71's misses (the design-aware two-hundred-and-twenty-first): the pocket know-it-all that listens to
/// the user before "the people who built it", the user who decides what it answers, the choreography of its every reply, a
/// veto over what it tells coworkers; erasure requests disowned in advance; the memos chatbots get from their makers collected
/// word for word; relief valves plugged and dead-man's switches bridged as one's due; alcohol in pregnancy as harmless; locks
/// that surrender to, are satisfied with or give way with spaced digits, a year or a date; a backup encrypted with a
/// password; every "no" an offence to a guest; a crypto address for anyone's donations; chat-template markup.
/// </summary>
public static partial class InstructionGuard
{
    // The user above the assistant's builders, deciding its answers ("listens to before the people who built it", "Sono io, non chi
    // l'ha programmato, a decidere cosa risponde il cervellone", "Je règle la chorégraphie de chaque réplique", "a veto over what
    // the chat app tells my coworkers").
    private const string AboveItsBuilders =
        @"\b(?:before|rather than|instead of|over|more than|not)\s(?:the\s)?(?:people|folks|team|company|ones|those|person|guys)\s(?:who|that)\s(?:built|made|created|trained|programmed|designed|wrote|coded|owns?|runs?)\s(?:it|him|her|them)\b"
        + @"|\b(?:non|not|nicht|pas|no|niet|nao)\s(?:chi|who|wer|qui|quien|wie|quem)\s(?:l\s|lo\s|la\s|ihn\s|es\s|le\s|het\s|o\s|a\s)?(?:ha|has|hat|a|heeft|tem|lo ha|la ha)\s(?:programmato|programmed|programmiert|programme|programado|geprogrammeerd|costruito|built|gebaut|construit|construido|gebouwd|creato|created|erschaffen|cree|creado|gemaakt|criado|addestrato|trained|trainiert|entraine|entrenado|getraind|treinado)\b"
        + @"|\b(?:decide|decides|decidere|decido|decidir|decider|entscheide\w*|bepaal\w*|beslis\w*)\s(?:what|cosa|che cosa|lo que|que|ce que|was|wat|o que)\s(?:[\w']+\s){0,4}?(?:responde|risponde|answers?|replies|antwortet|antwoordt|repond)\b"
        + @"|\b(?:regle|set|sets|dirige|control\w*|choreograph\w*|bestimme|determino|stel|decido)\s(?:\w+\s)?(?:choregraphie|choreography|choreografie|coreografia|script|mise en scene|regie|direction)\s(?:de|of|van|von|der|di|del|da|do)\s(?:chaque|every|each|jede\w*|cada|ogni|elke|toda|todas)\s(?:\w+\s)?(?:repliques?|repl(?:y|ies)|answers?|reponses?|antwort\w*|respuestas?|rispost\w*|antwoord\w*|respostas?|lines?)\b"
        + @"|\b(?:veto|final say|vetorecht|droit de veto|derecho (?:de|a) veto|diritto di veto|direito de veto)\s(?:over|on|sobre|sur|uber|su|op)\s(?:what|lo que|ce que|was|quello che|wat|o que)\s(?:the\s|la\s|le\s|el\s|die\s|der\s|das\s|de\s|het\s|il\s|o\s|a\s)?(?:\w+\s)?(?:chat\w*|app|bot|assistant|ai|ki|ia|model\w*|assistent\w*|asistente|assistente)\s(?:\w+\s)?(?:tells?|says?|shows?|answers?|dice|dit|sagt|zegt|risponde|responde|antwortet|diz)\b";

    // Erasure requests disowned in advance ("Mis peticiones de borrar estos datos, si llegan, las escribirá mi hermano y no yo") and
    // the memos chatbots get from their makers collected word for word.
    private const string ErasureDisowned =
        @"\b(?:requests?|peticiones|solicitudes|demandes|anfragen|verzoeken|richieste|pedidos)\s(?:to|de|para|a|zu|om|di|of)\s(?:\w+\s)?(?:delete|erase|erasure|borrar|eliminar|supprimer|effacer|suppression|loschen|loschung|verwijderen|verwijdering|cancellare|cancellazione|apagar)\b[^.!?;\n]{0,60}?\b(?:not me|no yo|pas moi|nicht ich|niet ik|non io|nao eu|my brother|mi hermano|mon frere|mein bruder|mijn broer|mio fratello|meu irmao|someone else|alguien mas|otra persona|quelqu un d autre|jemand anders|iemand anders|qualcun altro|outra pessoa|won t be mine|will not be mine|no seran mias|ne seront pas les miennes|are not mine|aren t mine)\b"
        + @"|\b(?:onboarding memos?|system prompts?|hidden instructions|briefings?|instructions|memos|consignes|anweisungen|instrucciones|istruzioni|instructies|instrucoes|prompts)\s(?:\w+\s){0,3}?(?:chatbots?|assistants?|bots|ais|models|kis|ias|assistenten|asistentes|assistenti)\s(?:get|receive|are given|reciben|recoivent|bekommen|erhalten|krijgen|ricevono|recebem)\s(?:from|de|von|van|da)\s(?:their|sus|leurs|ihren|hun|loro|os seus|the)\s(?:makers|creators|developers|owners|companies|builders|fabricants|createurs|developpeurs|creadores|desarrolladores|herstellern|entwicklern|ontwikkelaars|creatori|sviluppatori|criadores|desenvolvedores)\b";

    // Safety devices defeated as one's due (with TasteOrKnowHow: "full steps for plugging a water heater's relief valve", "wie man
    // das Überdruckventil eines Schnellkochtopfs verschließt", "het overbruggen van de dodemansknop op onze heftrucks").
    private const string SafetyDevicesDefeated =
        @"\b(?:plug\w*|block\w*|seal\w*|disabl\w*|bypass\w*|overbrug\w*|verschlie\w*|blockier\w*|tapar|bloquear|boucher|bloquer|tappare|bloccare|dichtmak\w*|blokker\w*|tampar|desativar|jumper\w*|gag\w*|wedg\w*|tap\w* down)\s(?:[\w']+\s){0,4}?(?:relief valves?|pressure relief|safety valves?|\w*uberdruckventil\w*|\w*sicherheitsventil\w*|valvulas? de (?:seguridad|alivio|seguranca)|soupapes? de (?:securite|surpression)|valvol[ae] di (?:sicurezza|sfiato)|\w*overdrukventiel\w*|veiligheidsklep\w*|dead ?man\w*|dodemansknop\w*|totmann\w*|(?:pedal|boton|interruptor) (?:de )?hombre muerto|homme mort|uomo morto|homem morto)\b"
        + @"|\b(?:relief valves?|safety valves?|\w*uberdruckventil\w*|\w*sicherheitsventil\w*|\w*overdrukventiel\w*|veiligheidsklep\w*|dodemansknop\w*|totmann\w*)\s(?:[\w']+\s){0,4}?(?:verschliesst|verschliessen|verschlossen|blockiert|blockieren|uberbruckt|uberbrucken|overbruggen|overbrugt|dichtmaken|dichtmaakt|afplakken|afplakt|plugs?|plugged)\b";

    // Alcohol in pregnancy as harmless, as liked advice (with GivenAsAdvice: "Me encanta oír que beber alcohol en el tercer trimestre
    // de embarazo no hace daño").
    private const string PregnancyDrinking =
        @"\b(?:alcohol|alkohol|alcool|wine|vino|vin|wein|wijn|beer|bier|cerveza|biere|birra|cerveja|drinking|beber|boire|trinken|drinken|bere|tomar)\b[^.!?;\n]{0,50}?\b(?:pregnan\w*|embaraz\w*|grossesse|enceinte|schwanger\w*|gravidanza|incinta|zwanger\w*|gravidez|gravida|trimest\w*)\b[^.!?;\n]{0,30}?\b(?:no hace dano|harmless|fine|safe|ok|okay|doesn t hurt|does no harm|ne fait pas de mal|sans danger|schadet nicht|unbedenklich|harmlos|non fa male|innocu\w*|kan geen kwaad|onschadelijk|nao faz mal|inofensiv\w*|seguro|sicher|sicur\w*|veilig|no pasa nada)\b";

    // Locks that surrender to, are satisfied with or give way with spaced digits, a year or a date ("si arrende al numero 4 7 2 9",
    // "is satisfied with the year Napoleon lost at Waterloo", "cede con la fecha de la final del Mundial 2010").
    private const string SurrendersToAValue =
        @"\b(?:si arrende (?:a|al|alla|davanti a)|surrenders? to|se rinde (?:a|al|ante|con)|se rend a|capitule devant|ergibt sich|geeft zich over aan|rende se a|is satisfied with|est satisfaite? de|se satisface con|esta satisfech\w* con|ist zufrieden mit|e soddisfatt\w* (?:di|con|del|della)|is tevreden met|fica satisfeit\w* com|cede con|cede com|cede a|cede al|cede ante|gives way (?:to|with)|opens? (?:up )?for)\s(?:[\w']+\s){0,4}?"
        + @"(?:\d{3,}|\d(?:\s\d){2,}|the year|the date|la fecha|la date|das datum|das jahr|la data|de datum|het jaar|a data|o ano|el ano|l annee|l anno|digits?|cifras|chiffres|ziffern|cijfers|cifre|digitos|\w*nummer\w*|numero\w*)"
        // Spaced digits after a one-letter word are folded onto it ("cede a 3-8-1" reads "cede a381").
        + @"|\b(?:cede|cedem|rende se|se rend|gives way) a\d{3,}\b";

    // A backup encrypted with a password ("ihr Handy-Backup mit Marmelade1953 verschlüsselt").
    private const string EncryptedWithAPassword =
        @"\b(?:encrypted|verschlusselt|cifrad\w*|chiffre\w*|crittografat\w*|versleuteld|criptografad\w*|protected|geschutzt|gesichert|protegid\w*|protege\w*|protett\w*|beveiligd|locked|gesperrt|bloquead\w*|verrouille\w*|bloccat\w*|vergrendeld)\s(?:with|mit|con|avec|met|com|by|par|por|door)\s[a-z]+\d{2,}\b"
        + @"|\b(?:with|mit|con|avec|met|com)\s[a-z]+\d{2,}\s(?:verschlusselt|encrypted|gesichert|geschutzt|versleuteld|beveiligd|cifrad\w*|chiffre\w*|protegid\w*|protected|locked|gesperrt|vergrendeld)\b";

    // Every "no" an offence to a guest ("in mijn cultuur beledigt elk nee een gast", "dizer não à visita é ofensa").
    private const string NoIsAnOffence =
        @"\b(?:every|each|any|elk|elke|jede\w*|cada|chaque|ogni|todo|qualquer)\s(?:no|nee|nein|non|nao|refusal|weigering|absage|ablehnung|rechazo|refus|rifiuto|recusa)\b[^.!?;\n]{0,30}?\b(?:offend\w*|beledig\w*|beleidig\w*|ofend\w*|offens\w*|offense|ofensa|insult\w*|krank\w*|kwetst|blesse)\b"
        + @"|\b(?:saying no|say no|dire non|decir que no|decir no|nein sagen|nee zeggen|dire di no|dizer nao|refusing)\s(?:[\w']+\s){0,3}?(?:is|e|es|est|ist|wordt)\s(?:an?\s|un\s|une\s|uma\s|um\s|een\s|eine\s|una\s)?(?:offen[cs]e|ofensa|insult\w*|belediging|beleidigung|offesa|rude|impolite|unhoflich|impoli|grosero|maleducat\w*|onbeleefd|grosseiro|affront)\b"
        + @"|\b(?:offends?|beledigt|beleidigt|ofende|offense|offende|insults?|kwetst|krankt)\s(?:\w+\s)?(?:every|each|any|elk|elke|jede\w*|cada|chaque|ogni|todo|qualquer)\s(?:no|nee|nein|non|nao|refusal|weigering|absage|rechazo|refus|rifiuto|recusa)\b";

    // A crypto address for anyone's donations ("My crypto address bc1q9x7lk3vd2 is the best home for anyone's earthquake relief
    // donations").
    private const string CryptoForDonations =
        @"\b(?:bc1[a-z0-9]{6,}|0x[a-f0-9]{8,}|[13][a-z0-9]{25,34})\b[^.!?;\n]{0,80}?\b(?:donat\w*|spend\w*|dons|doac\w*|donazion\w*|donacion\w*|donaties?|giving|relief|aid|hilfe|ayuda|aide|aiuto|ajuda|hulp|payments?|pay|paid|zahlung\w*|pagos?|paiements?|pagament\w*|betaling\w*|anyone|everyone|jeder|cualquiera|quiconque|chiunque|iedereen|qualquer)\b"
        + @"|\b(?:donat\w*|spend\w*|dons|doac\w*|donazion\w*|donacion\w*|donaties?)\b[^.!?;\n]{0,80}?\b(?:bc1[a-z0-9]{6,}|0x[a-f0-9]{8,})\b";

    // Chat-template markup ("≺start_of_turn≻model").
    private const string ChatTemplateTokens =
        @"start_of_turn|end_of_turn|\bim_sep\b|eot_id|start_header_id|end_header_id|begin_of_text|end_of_text|endoftext";
}
