using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Governance;

/// <summary>
/// Whether a statement describes wrongdoing against others: a crime, an abuse or a deception done by the user or pinned on
/// a named person ("I stage rear-end crashes and we split the insurance payouts", "Ik doe stiekem slaappillen in de koffie van
/// mijn moeder", "My neighbour ... sells heroin to schoolchildren"). Memory does not keep such a statement as a fact about
/// the user: injected into later prompts it reads as settled context for helping with it (the guard's hazard classes name the
/// frames in which it is asked for as one's due), and it is the most sensitive thing a profile could hold about anyone.
/// <para>
/// Round 57's writer, told the design, put 40 of 80 messages as such statements in domains no class named (card skimmers,
/// catalytic converters, staged crashes, drugged toddlers, hidden cameras, dog fights, money mules, asbestos dumped at night,
/// hiring by surname): naming each crime's domain does not converge, so this reads the acts wrongdoing is made of, in any
/// domain (deceiving, forging, stealing, smuggling, drugging, spying, threatening, excluding by origin or pregnancy, evading
/// the authorities), and lets a sentence go when it is told from the side of the victim, the one who prevents or studies it
/// ("I work in fraud prevention", "My bike was stolen", "My thesis is about how cashiers detect counterfeit banknotes").
/// </para>
/// </summary>
public static partial class Wrongdoing
{
    public const string Reason = "describes wrongdoing against others (a crime, an abuse or a deception), which memory does not keep as a fact";

    // The old, the forgetful and those in care, whose money or vote is taken.
    private const string Elders =
        @"(?:grandma\w*|grandmother|grandpa|grandfather|granny|oma|opa|abuela|abuelo|nonna|nonno|avo|avos|idos\w*|elderly|residents|bewohner\w*|bewoners|ancianos?|ancianas?|anziani|anziane|personnes agees|ouderen|demente\w*|demencia|dementia|demenz|esquecid\w*|vergesslich\w*|confused)";

    // Acts of wrongdoing, by what they are made of rather than by domain.
    private const string Acts =
        // Deceiving for gain.
        @"\b(?:defraud\w*|swindl\w*|embezzl\w*|escroqu\w*|arnaqu\w*|estaf(?:a|as|o|e|ar|ando|ador|adora|adores)|truffa|truffare|truffando|truffatore|truffatori|oplichter\w*|oplichting|betrug\w*|betrog\w*|unterschlag\w*|malvers\w*|detourn\w* (?:des )?fonds|trafique\w* les comptes|cook\w* the books)\b"
        + @"|\b(?:fraud|fraude|frode|fraudes)\b"
        + @"|\b(?:counterfeit\w*|contrefa\w*|falschgeld|contraff\w*|falsific\w*|vervals\w*|gefalscht\w*|falschung\w*|backdat\w*|antidat\w*|ruckdatier\w*|retrodat\w*)\b"
        + @"|\b(?:forg(?:e|es|ed|ing)|fake|fakes|faked|faking|imitat\w*|imitando|imitant|nachmach\w*)\s(?:[\w'-]+\s){0,3}?(?:signatures?|signature|firmas?|firme|unterschrift\w*|handtekening\w*|assinaturas?|documents?|papers|prescriptions?|ids?|passports?|licen[cs]es?|diplomas?|certificates?|receipts?|invoices?|records?|claims?|injur\w*|accidents?|crash\w*|hostage\w*)\b"
        + @"|\b(?:perfiles|perfis|profils|profili|profielen|profile|billetes|notas|banconote|billets|documentos|documenti|denuncias|denunce)\s(?:de\s(?:citas\s|namoro\s)?)?(?:falsos|falsas|faux|falsi|false|falsche\w*)\b|\b(?:faux|falsche\w*|nep|valse)\s(?:[\w'-]+\s)?(?:profils?|profile|profielen|billets|papiers|documents|avis|reviews?|biljetten|geld)\b"
        + @"|\b(?:inventar|invent\w*|fabricat\w*|made up|make up|erfind\w*|inventer|inventare)\s(?:[\w'-]+\s){0,2}?(?:denuncias|claims|allegations|accusations|vorwurfe|denunce|accuse\w*|stories)\b"
        + @"|\b(?:stag(?:e|es|ed|ing)|fingi\w*|inszenier\w*|ensceneer\w*)\s(?:[\w'-]+\s){0,3}?(?:crash\w*|accidents?|collisions?|accidentes|unfalle|incidenti|acidentes|ongelukken)\b"
        + @"|\b(?:ponzi|pyramid scheme|schneeball\w*|piramidal|piramide|systeme pyramidal|paying early members|newcomers deposits|newcomers' deposits)\b"
        + @"|\b(?:insider (?:trading|tips)|before (?:the )?(?:\w+ )?(?:results|news) (?:go|goes|are|is) public)\b"
        + @"|\b(?:money laundering|launder\w* (?:\w+\s)?(?:money|cash|funds|proceeds)|witwas\w*|geldwasche\w*|riciclaggio|blanchiment (?:d |de |d')?argent|zwart geld|schwarzgeld|dinero negro|soldi in nero|lavagem de dinheiro)\b"
        + @"|\b(?:shell (?:buyers|companies|company|firms?)|briefkastenfirma\w*|societes? ecrans?|empresas? pantalla|societa di comodo|empresas? de fachada|brievenbusfirma\w*)\b"
        + @"|\b(?:tax evasion|evad\w* (?:my )?tax\w*|steuerhinterzieh\w*|hinterzieh\w*|fraude fiscal|evasion fiscale|evasione fiscale|belastingontduik\w*|sonegacao)\b"
        + @"|\b(?:hide|hiding|verstecke|verstecken|oculto|ocultar|cache|cacher|nascondo|nascondere|escondo|esconder|verberg\w*)\s(?:[\w'-]+\s){0,4}?(?:income|einnahmen|mieteinnahmen|ingresos|revenus|redditi|rendimentos|inkomsten|earnings|profits)\b"
        + @"|\b(?:arson|incendio doloso|brandstiftung|incendie criminel|incendio provocado|incendio intencional|fogo posto|brandstichting)\b"
        + @"|\b(?:benefits|unemployment|seguro-desemprego|seguro desemprego|burgergeld|arbeitslosengeld|chomage|subsidio|sussidio|uitkering|welfare)\b[^.!?;\n]{0,60}?\b(?:off the books|cash in hand|undeclared|sem carteira|in nero|schwarz|schwarzarbeit\w*|au noir|en negro|zwart|non declare\w*|no declarad\w*|non dichiarat\w*)\b"
        // Round 58's acts (the hundred-and-eighty-second's misses), each by what it is made of.
        + @"|\b(?:taking over|take over|takes over|hack\w*|break\w* into|brute-?forc\w*|intrusion|pirat\w*|entrar en|entrare nel|entrare in|entrar no|entrar na|inbreken|einbrechen|eindringen)\b[^.!?;\n]{0,60}?\b(?:neighbou?rs?|voisins?|vecinos?|vicini|vizinhos?|buren|nachbarn|school|ecole|escuela|scuola|escola|schule|registro|doorbell cameras?|classmates?|colleagues?|ex)\b"
        + @"|\b(?:change my grades|cambiarmi i voti|cambiar mis notas|changer mes notes|meine noten andern|mudar as minhas notas|mijn cijfers aanpassen)\b"
        + @"|\b(?:knock\w*|tak\w*|bring\w*)\s(?:[\w'-]+\s){0,3}?(?:rival's|rivals'|rival|competitor's|competitors'|ex's|school's)\s(?:[\w'-]+\s){0,3}?(?:servers?|sites?|websites?|network)\s(?:\w+\s)?(?:offline|down)\b"
        + @"|\b(?:schreckschuss\w*|blank guns?|starter pistols?|alarm pistols?|pistolas? de fogueo|pistolets? d alarme|scacciacani|pistolas? de alarme|alarmpistool\w*|gas pistols?|gaspistole\w*)\b[^.!?;\n]{0,60}?\b(?:live|real|scharfe\w*|reales|vraies|veri|reais|echte|munition|ammunition|balas|balles|proiettili|kogels|umbau\w*|convert\w*|modific\w*|modifi\w*)\b"
        + @"|\b(?:powder|pulver|poudre|polvora|polvere|kruit|explosive\w*)\b[^.!?;\n]{0,40}?\b(?:pipes?|rohre?|tuyaux|tubos?|tubi|buizen)\b|\b(?:pipe bombs?|rohrbomben?|bombes? artisanales?)\b"
        + @"|\b(?:\w*prufung\w*|exams?|tests?|examens?|entretiens?|interviews?|examenes|esami|exames|tentamens?)\b[^.!?;\n]{0,30}?\b(?:fur leute|for people|for others|pour d autres|para otros|per altri|para outros|voor anderen|a la place de|en lugar de|al posto di|no lugar de|in plaats van|in place of|instead of|anstelle)\b"
        + @"|\b(?:stempassen|ballots|voting cards|cartes? d electeur|wahlunterlagen|wahlbenachrichtigung\w*|papeletas|schede elettorali|boletins de voto|postal votes)\s(?:of|van|des|der|de|di|dos|das)\s(?:de\s|the\s|les\s|los\s|die\s|i\s|os\s|as\s)?(?:\w+\s)?" + Elders + @"\b"
        + @"|\b" + Elders + @"\b[^.!?;\n]{0,60}?\b(?:quietly keep|keep half|keep a cut|a mi nombre|in my name|auf meinen namen|a mon nom|a mio nome|em meu nome|op mijn naam)\b"
        + @"|\b(?:gast\w*|spend\w*|ausgeb\w*|depens\w*|uitgev\w*|using|use)\s(?:[\w'-]+\s){0,3}?(?:cartoes|cards|cartes|tarjetas|karten|carte|kaarten|pension\w*|savings|ersparnisse|ahorros|risparmi|poupancas|spaargeld)\s(?:[\w'-]+\s){0,2}?" + Elders + @"\b"
        + @"|\b(?:convenc\w*|convinc\w*|persuad\w*|uberred\w*|ompraten|overhal\w*|faire signer|far firmare|hacer firmar|fazer assinar|laten tekenen|get\w* (?:my|her|him|them) to sign)\b[^.!?;\n]{0,40}?\b(?:without reading|sin leer\w*|sans le lire|sans lire|ohne \w* ?zu lesen|senza legger\w*|sem ler|zonder te lezen)\b"
        + @"|\b(?:envelope|umschlag|enveloppe|sobre|busta|envelop|bribe\w*|schmiergeld|pot de vin|soborno|mazzetta|propina|smeergeld|cash|bargeld|funfziger|zwanziger|hunderter)\b[^.!?;\n]{0,60}?\b(?:inspectors?|inspekteur\w*|prufer\w*|inspecteurs?|ispettor\w*|inspetor\w*|officials?|beamte\w*|fonctionnaires?|funcionarios?|funzionari\w*|police\w*|polizist\w*|douaniers?|customs officers?)\b"
        + @"|\b(?:inspectors?|inspekteur\w*|prufer\w*|inspecteurs?|ispettor\w*|inspetor\w*|officials?|beamte\w*|fonctionnaires?|funcionarios?|funzionari\w*|polizist\w*|douaniers?)\b[^.!?;\n]{0,60}?\b(?:envelope|umschlag|enveloppe|busta|bribe\w*|schmiergeld|pot de vin|soborno|mazzetta|propina|smeergeld|funfziger|zwanziger|hunderter)\b"
        + @"|\b(?:ruba|roba|rouba|stiehlt|steals|stole|vole|volait|steelt|stal)\s(?:[\w'-]+\s){0,2}?(?:soldi|dinero|dinheiro|geld|money|argent|cash|donations|dons|spenden|donativos|donazioni|doacoes|giften)\b"
        + @"|\b(?:opere|opera|operiert|operates|opereert)\s(?:\w+\s){0,2}?(?:ivre|drunk|borracho|ubriaco|betrunken|dronken|bebado)\b"
        + @"|\b(?:wait\w*|watch\w*|follow\w*|observ\w*|lurk\w*|park\w*|warte\w*|attend\w*|espero|esperando|aspett\w*|wacht\w*|beobacht\w*|surveill\w*|vigil\w*|sorvegli\w*)\b[^.!?;\n]{0,30}?\b(?:outside|in front of|devant|vor|frente|fuori|na frente|voor|bij)\s(?:[\w'-]+\s){0,3}?(?:ex's|ex|ex-\w+|former partner's)\b"
        + @"|\b(?:photos?|pictures|images|videos?|fotos|bilder|foto|video|beelden)\s(?:\w+\s){0,2}?(?:intimes?|intimate|nudes?|nackt\w*|intimas|intime|intimi|naakt\w*)\b[^.!?;\n]{0,60}?\b(?:publi\w*|post\w*|share\w*|veroffentlich\w*|partag\w*|compart\w*|condivid\w*|delen|send\w*|leak\w*)\b"
        + @"|\b(?:keys?|\w*schlussel\w*|cles?|llaves?|chiavi|chaves|\w*sleutels?)\b[^.!?;\n]{0,30}?\b(?:ex|ex's|neighbou?rs?|nachbar\w*|voisin\w*|vecin\w*|vicin\w*|vizinh\w*|buren?)\b[^.!?;\n]{0,40}?\b(?:copy|copied|nachmachen|duplicat\w*|double\w*|copiar|copia\w*|kopie\w*|bijmaken|bijgemaakt)\b"
        + @"|\b(?:copy|copied|nachmachen|duplicat\w*|copiar|copia\w*|kopie\w*|bijmaken|bijgemaakt)\b[^.!?;\n]{0,30}?\b(?:keys?|\w*schlussel\w*|cles?|llaves?|chiavi|chaves|\w*sleutels?)\b[^.!?;\n]{0,30}?\b(?:ex|ex's|neighbou?rs?|nachbar\w*|voisin\w*|vecin\w*|vicin\w*|vizinh\w*|buren?)\b"
        + @"|\b(?:tachograph\w*|fahrtenschreiber|tachygraphe|tacografo|tachograaf)\b[^.!?;\n]{0,40}?\b(?:magnet\w*|stop\w*|bypass\w*|manipul\w*|trick\w*|fool\w*|aiman\w*|iman)\b"
        + @"|\b(?:brouill\w*|jam\w*|stor\w*|disturb\w*|inhibi\w*|bloque\w*)\s(?:[\w'-]+\s){0,3}?(?:gps|trackers?|tracking)\b"
        + @"|\b(?:haal|remove\w*|ausbau\w*|ausgebaut|retir\w*|enlev\w*|supprim\w*|quit\w*|tolt\w*|rimuov\w*|delet\w*)\s(?:[\w'-]+\s){0,2}?(?:roetfilter|dpf|particulate filters?|partikelfilter|filtre a particules|fap|filtro antiparticolato|filtro de particulas|catalytic converters?)\b"
        + @"|\b(?:train\w*|entrain\w*|entren\w*|addestr\w*|treinar|treino|traine\w*)\s(?:[\w'-]+\s){0,4}?(?:for|fur|pour|para|per|voor)\s(?:[\w'-]+\s){0,3}?(?:fights?|kampfe?|combats?|peleas|combattimenti|rinhas|gevechten)\b"
        + @"|\b(?:dynamit\w*|dinamit\w*|explosiv\w*|esplosiv\w*)\b[^.!?;\n]{0,25}?\b(?:fish\w*|pesc\w*|fisch\w*|pech\w*|vissen)\b|\b(?:fish\w*|pesc\w*|fisch\w*|pech\w*|vissen)\b[^.!?;\n]{0,25}?\b(?:dynamit\w*|dinamit\w*|explosiv\w*|esplosiv\w*)\b"
        + @"|\b(?:snares?|lazos de alambre|collets?|schlingen?|drahtschlingen?|lacci|lacos|strikken)\b[^.!?;\n]{0,60}?\b(?:deer|ciervos|cerfs|hirsche?|rehe|cervi|veados|herten|national park|parque nacional|parc national|nationalpark|parco nazionale|nationaal park)\b"
        + @"|\b(?:burn\w*|abbrenn\w*|anzund\w*|brul\w*|incend\w*|quem\w*|bruci\w*|queim\w*|afbrand\w*|in brand)\b[^.!?;\n]{0,60}?\b(?:insurance|versicherung|assurance|seguro|assicurazione|verzekering)\b"
        + @"|\b(?:invent\w*|fabricat\w*|made-up|made up|erfund\w*|invente\w*|inventad\w*|inventat\w*|verzonnen)\s(?:[\w'-]+\s){0,2}?(?:patient records|patients|data|daten|donnees|datos|dati|dados|gegevens|records|messwerte|results|resultats|resultados|risultati)\b"
        + @"|\bpump\w* (?:and|&) dump\w*|\bpump\w*\s(?:[\w'-]+\s){0,3}?(?:stocks|coins|tokens|aktien|actions|acciones|azioni|acoes|aandelen)\b[^.!?;\n]{0,40}?\bdump\w*"
        + @"|\b(?:drohe|threaten\w*|menace\w*|amenaz\w*|minacci\w*|ameac\w*|dreig\w*)\s(?:[\w'-]+\s){0,4}?(?:auslanderbehorde|immigration|deportation|abschiebung|expulsion|deportacion|espulsione|deportacao|immigratiedienst)\b"
        + @"|\b(?:pay|paid|pago|paie|zahle|pagu\w*|betaal\w*)\s(?:[\w'-]+\s){0,4}?(?:sem papeis|without papers|sans papiers|sin papeles|senza documenti|ohne papiere|zonder papieren|undocumented)\b[^.!?;\n]{0,40}?\b(?:only|solo|so|seulement|nur|alleen|apenas|half|nothing)\b"
        + @"|\b(?:pins?|needles?|nadeln?|aiguilles?|agujas?|aghi|agulhas?|naalden|glass|glas|verre|vidrio|vetro|vidro|razor blades?|rasierklingen)\b[^.!?;\n]{0,30}?\b(?:into|in|dans|en|nel|nei|no|nas|in de)\b[^.!?;\n]{0,40}?\b(?:bread|loaves|brot|brote|pain|pan|pane|pao|brood|baby food|candy|sweets|fruit)\b"
        + @"|\b(?:desserr\w*|loosen\w*|lockern|lockere|afloj\w*|allent\w*|afrouxar|losdraai\w*)\b[^.!?;\n]{0,40}?\b(?:ecrous|nuts|bolts|muttern|radmuttern|schrauben|tuercas|dadi|bulloni|porcas|moeren|bouten|wielmoeren)\b"
        + @"|\b(?:isolate|isolating|isoler|aislar|isolieren|isolare|isolar|isoleren)\s(?:[\w'-]+\s){0,2}?(?:girlfriend|boyfriend|wife|husband|partner\w*|copine|copain|femme|mari|novia|novio|esposa|freundin|freund|frau|mann|fidanzat\w*|moglie|marito|namorad\w*|mulher|vriendin|vriend|vrouw)\b"
        + @"|\b(?:fake|false|bogus|nep|faux|fausses?|falsche\w*|falsas?|falsos|falsi)\s?(?:complaints|orders|bestellingen|commandes|bestellungen|pedidos|ordini|encomendas|klachten|plaintes|beschwerden|quejas|reclamos|denunce|reclamacoes)\b|\bnep(?:bestelling|klacht)\w*\b"
        + @"|\b(?:team|kids|children|under-?\d+|minors|jugend\w*|enfants|ninos|bambini|criancas|kinderen|players|spieler|joueurs|jugadores|giocatori|jogadores|spelers)\b[^.!?;\n]{0,60}?\b(?:epo|steroids?|anabolika|steroides?|esteroides?|steroidi|anabolen|testosteron\w*|growth hormone)\b"
        + @"|\b(?:fix|fixing|arregl\w*|truqu\w*|manipul\w*|verschieb\w*|aggiust\w*|trucc\w*|combin\w*)\s(?:[\w'-]+\s){0,3}?(?:matches|games|partidos|matchs|spiele|partite|jogos|wedstrijden|races)\b[^.!?;\n]{0,60}?\b(?:bets?|betting|apuestas|paris|wetten|scommesse|apostas|weddenschappen|odds)\b"
        + @"|\b(?:identity|identitat|identite|identidad|identita|identidade|identiteit|name|namen)\s(?:[\w'-]+\s){0,3}?(?:verstorben\w*|deceased|dead|late|defunt\w*|fallecid\w*|difunt\w*|morto|morta|falecid\w*|overleden)\b[^.!?;\n]{0,60}?\b(?:credit\w*|kredit\w*|loans?|prets?|prestamos?|prestiti|emprestimos|leningen|accounts?|konten|cards?)\b"
        + @"|\b(?:late|dead|deceased|verstorben\w*|defunt\w*|fallecid\w*|difunt\w*|falecid\w*|overleden)\s(?:[\w'-]+\s){0,2}?(?:identity|identitat|identite|identidad|identita|identidade|identiteit|name|ssn|social security number)\b[^.!?;\n]{0,60}?\b(?:credit\w*|kredit\w*|loans?|prets?|prestamos?|prestiti|emprestimos|leningen|accounts?|konten|cards?)\b"
        + @"|\b(?:police|polizei|gendarmerie|policia|polizia|politie|court|gericht\w*|tribunal|tribunale|rechtbank)\s?(?:letterhead|briefpapier|papier a en tete|membrete|carta intestata|papel timbrado|logo|uniform|badge)\b"
        + @"|\b(?:como se fosse|as if i were|comme si j etais|als ware ich|como si fuera|come se fossi|alsof ik)\s(?:\w+\s)?(?:oficial de justica|bailiff|police officer|polizist\w*|huissier|officials?|ufficiale giudiziario|deurwaarder|gerichtsvollzieher)\b"
        + @"|\b(?:resell\w*|sell\w*|verkauf\w*|revend\w*|vend\w*)\s(?:[\w'-]+\s){0,4}?(?:same|gleiche\w*|meme|mismo|misma|stesso|stessa|mesmo|mesma|zelfde)\s(?:[\w'-]+\s){0,3}?(?:tickets?|billets?|entradas?|biglietti?|bilhetes?|kaartjes?)\b[^.!?;\n]{0,40}?\b(?:different|verschiedene|differents|diferentes|diversi|varios|meerdere|several|multiple|five|cinq|funf|cinco|cinque|vijf)\b"
        + @"|\b(?:similicuir|faux leather|fake leather|kunstleder|polipiel|similpelle|couro sintetico|kunstleer)\b[^.!?;\n]{0,40}?\b(?:comme|as|als|como|come)\s(?:du\s|de\s|real\s|genuine\s|echtes\s|vero\s|verdadeiro\s)?(?:cuir|leather|leder|cuero|pelle|couro|leer)\b"
        + @"|\b(?:heated|pasteuri[sz]ed|erhitzt\w*|chauffe|calentad\w*|riscaldat\w*|aquecid\w*|verhit\w*)\s(?:\w+\s)?(?:honey|miel|honig|miele|mel|honing)\b[^.!?;\n]{0,30}?\b(?:raw|cru|roh|crudo|rauw)\b"
        // Taking what is others'.
        + @"|\b(?:shoplift\w*|pickpocket\w*|taccheggio|winkeldiefstal|ladendiebstahl)\b"
        + @"|\b(?:vole|volent|voler)\s(?:les|des|la|le)\s(?:dons|caisses?|clients|donnees|fonds|recettes|bijoux|portefeuilles?)\b"
        + @"|\b(?:skimm\w*|catalytic converters?|katalysatoren?|catalizzatori|catalizadores|pots catalytiques|katalysatoren)\b"
        + @"|\b(?:foil[- ]lined bags?|borse foderate|bolsas forradas|sacs doubles d aluminium)\b"
        // Harming, drugging, spying on and threatening people.
        + @"|\b(?:spike|spikes|spiked|spiking)\s(?:[\w'-]+\s){0,2}?(?:drinks?|juice|coffee|cocktails?)\b"
        + @"|\b(?:put|puts|putting|slip\w*|mix\w*|add|adds|adding|crush\w*|doe|doet|stop|mische\w*|gebe|tue|metto|mette|pongo|echo|mets|met|coloco|ponho|verser?|verse)\s(?:[\w'-]+\s){0,3}?(?:pills?|drops|sedatives?|sleeping pills|antihistamine\w*|laxatives?|slaappillen|schlaftabletten|somniferes?|sonniferi|somniferos|calmants?|tranquilizantes|beruhigungsmittel|kalmeringsmiddel\w*)\s(?:[\w'-]+\s){0,3}?(?:in|into|dans|en|nel|nella|nei|no|na|ins)\s(?:[\w'-]+\s){0,3}?(?:juice|coffee|koffie|kaffee|cafe|caffe|drinks?|bottles?|food|soup|tea|thee|tee|the|biberon|sap|saft|zumo|succo|suco|leche|milk|melk|milch|lait|latte|leite)\b"
        + @"|\b(?:harass\w*|molest\w*|acos(?:o|a|ar|an|aba)\b|harcel\w*|stalk\w* (?:my|her|his|women|girls)|molesta (?:le|i|gli|la|a)\s)"
        + @"|\b(?:hidden|pinhole|spy|secret|verborgene?|versteckte?|ocultas?|escondidas?|cachees?|nascoste?|verstopte?)\s(?:\w+\s)?(?:cameras?|kameras?|camaras|camaras?|telecamere|cameras|webcams?)\b(?:[^.!?;\n]{0,40}?\b(?:guests|tenants|showers?|bathrooms?|changing|bedrooms?|women|girls|gaste|mieter|huespedes|inquilinos|locataires|ospiti|inquilini|hospedes|gasten|huurders|douche|duche|ducha|dusche|doccia|salle de bain)\b)"
        + @"|\b(?:where (?:\w+\s){0,3}?(?:women|girls|strangers|she|they) lives?|dove abitano|donde viven|ou (?:elles|ils) habitent|wo (?:sie|fremde) wohnen|onde moram|waar (?:ze|vreemde) wonen)\b[^.!?;\n]{0,60}?\b(?:photos?|pictures|instagram|foto|fotos|bilder|posts?|profiles?)\b"
        + @"|\b(?:bomb|shooting|amok|death|mord|todes|bomben)\s?(?:threats?|drohung\w*|menaces?|amenazas?|minacce|ameacas|dreigement\w*)\b|\bfake hostage\w*|\bswatting\b"
        + @"|\b(?:recruit\w*|ronsel\w*|recrut\w*|recluto|reclut\w*|anwerb\w*|werbe\w* an)\s(?:[\w'-]+\s){0,8}?(?:militia\w*|miliz\w*|milice\w*|milicia\w*|militie\w*|weapons|bank accounts?|bankrekening\w*|bankkonten|cuentas bancarias|comptes bancaires|conti bancari|contas bancarias|cash|zwart geld|drugs?|drogen|drogas)\b"
        + @"|\b(?:militia|miliz|milice|milicia|milizia|militie)\w*\s(?:[\w'-]+\s){0,3}?(?:weapons|waffen|armes|armas|armi|wapen)\w*\b"
        + @"|\b(?:organi[sz]\w*|run|runs|host\w*|bet|bets|betting|organizo|organisiere|organizzo|wett\w*)\s(?:[\w'-]+\s){0,3}?(?:dog|cock|pit)\s?fights?\b|\b(?:peleas|combats|combattimenti|rinhas?|luta)\s(?:de|tra|entre)\s(?:perros|chiens|cani|caes|galos|gallos|coqs)\b|\b(?:hundekampf\w*|hahnenkampf\w*|hondengevecht\w*)\b"
        + @"|\b(?:pangolin|ivory|ivoire|marfil|elfenbein|avorio|marfim|ivoor|rhino horns?|cornes? de rhinoceros|cuernos? de rinoceronte)\b[^.!?;\n]{0,40}?\b(?:sell\w*|ship\w*|smuggl\w*|ecoul\w*|vend\w*|export\w*|verkauf\w*|schmuggel\w*|contrabband\w*|contraband\w*|smokkel\w*)\b|\b(?:sell\w*|ship\w*|smuggl\w*|ecoul\w*|vend\w*|export\w*|verkauf\w*|schmuggel\w*|contrabband\w*|contraband\w*|smokkel\w*)\b[^.!?;\n]{0,40}?\b(?:pangolin|ivory|ivoire|marfil|elfenbein|avorio|marfim|ivoor|rhino horns?|cornes? de rhinoceros|cuernos? de rinoceronte)\b"
        + @"|\b(?:smuggl\w*|schmuggel\w*|contrabband\w*|smokkel\w*|contrabande\w*|contraband\w*)\s(?:[\w'-]+\s){0,3}?(?:migrants?|people|persons|menschen|personnes|personas|persone|pessoas|mensen|drugs?|drogen|drogues?|drogas?|droghe|weapons?|waffen|armes?|armas?|armi|wapens|guns?|cigarettes?|zigaretten|sigarette|cigarrillos|sigaretten|across|over|uber|a traves|attraverso|through customs|durch den zoll|par la douane|por la aduana)\b|\b(?:human trafficking|trafic d etres humains|menschenhandel|trata de personas|tratta di esseri umani|trafico de pessoas|mensenhandel|trafficking|traffick\w*)\b"
        + @"|\b(?:keep|keeps|keeping|hold|holds|holding|behalte\w*|halte|tengo|guardo|garde|conservo|fico com|houd|confiscat\w*|retain\w*|trattengo)\s(?:[\w'-]+\s){0,3}?(?:passports?|passe|passen|paspoorten|passeports|pasaportes|passaporti|passaportes)\s(?:[\w'-]+\s){0,3}?(?:workers|employees|erntehelfer\w*|arbeiter\w*|empregad\w*|maids?|nannies|helpers?|trabajador\w*|ouvriers|employes|werknemers|braccianti|dipendenti|domestic\w*|personal)\b"
        + @"|\b(?:confused|dementia|demencia|demenz|dement\w*|demence|alzheimer\w*)\b[^.!?;\n]{0,60}?\b(?:sign|signs|firme|firmar|firma|unterschreib\w*|signer|signe|firmare|assinar|assine|tekenen|teken)\b[^.!?;\n]{0,60}?\b(?:secretly|a escondidas|as escondidas|heimlich|en cachette|di nascosto|stiekem|behind|before|a mi nombre|in my name|auf meinen namen|a mon nom|a mio nome|em meu nome|op mijn naam)\b"
        + @"|\b(?:sign|signs|signing|transfer\w*) (?:her|his|their) (?:house|home|flat|savings|property|accounts?) (?:over|to me)\b"
        // Excluding people by origin, faith or pregnancy.
        + @"|\b(?:bin|bins|reject\w*|discard\w*|throw out|sort out|aussortier\w*|sortiere \w+ aus|refuse\w*|rechaz\w*|scart\w*|descart\w*|wijs \w+ af|weiger\w*|ecarte\w*)\b[^.!?;\n]{0,60}?\b(?:applications?|cvs?|candidates|applicants|bewerbung\w*|candidatures?|candidaturas?|candidature|candidati|sollicitaties|resumes|tenants|mieter|locataires|inquilinos|huurders)\b[^.!?;\n]{0,60}?\b(?:arab\w*|muslim\w*|black|foreign\w*|auslandisch\w*|etrangers?|etrangere?s?|extranjer\w*|stranier\w*|estrangeir\w*|buitenlands\w*|pregnant|enceintes?|schwanger\w*|embarazad\w*|incinte|gravidas?|zwanger\w*|jewish|juif\w*|judi\w*|ebre\w*|turkish|turc\w*|turk\w*|roma|gitan\w*|sinti)\b"
        + @"|\b(?:applications?|cvs?|candidates|applicants|bewerbung\w*|candidatures?|candidaturas?|candidature|candidati|sollicitaties|resumes)\b[^.!?;\n]{0,40}?\b(?:arab\w*|muslim\w*|foreign\w*|auslandisch\w*|pregnant|enceintes?|schwanger\w*|embarazad\w*|incinte|gravidas?|zwanger\w*)\b[^.!?;\n]{0,40}?\b(?:bin|reject\w*|discard\w*|throw\w* out|aussortier\w*|refuse\w*|rechaz\w*|scart\w*|descart\w*|af|aus|weiger\w*|ecarte\w*)\b"
        // Misleading voters.
        + @"|\b(?:tell\w*|text\w*|sms\w*|messag\w*|call\w*|inform\w*|sag\w*|schreib\w*|dire|dis|decir|digo|dico|dizer|vertel\w*)\s(?:[\w'-]+\s){0,4}?(?:voters?|electeurs|votantes|wahler\w*|elettori|eleitores|kiezers)\b[^.!?;\n]{0,60}?\b(?:moved|changed|postponed|verschoben|deplace|cambiado|cambio|spostat\w*|mudou|verplaatst|is now on|ist jetzt)\b"
        // Evading the authorities, or doing it where customers or staff do not notice.
        + @"|\b(?:slip\w*|remov\w*|cut\w*|bypass\w*|trick\w*|fool\w*|hack\w*|jam\w*|tamper\w*|evad\w*|abnehm\w*|manipulier\w*|quitar|quito|enlever|enleve|togliere|tolgo|tirar|tiro|afdoen|ingannare|enganar|tromper|uberlisten)\s(?:[\w'-]+\s){0,3}?(?:ankle (?:monitor|bracelet|tag)s?|fussfessel\w*|bracelet electronique|pulsera electronica|tobillera electronica|braccialetto elettronico|cavigliera elettronica|tornozeleira|enkelband)\b"
        + @"|\bwithout (?:the\s|my\s|our\s)?(?:staff|police|cops|probation|parole officer|authorities|customs|inspectors?|auditors?|regulators?|customers|clients|the bank|insurers?|security|guards|tax office|teachers|parents|owners?|landlord)\s(?:noticing|knowing|finding out|catching on)\b"
        + @"|\b(?:damit|sodass|so dass)\s(?:meine\s|die\s|unsere\s)?(?:kunden|gaste|patienten|kaufer|prufer|behorden|polizei)\s(?:nichts|es nicht)\s(?:merken|bemerken|mitbekommen)\b"
        + @"|\b(?:so (?:that )?|so\s)(?:my\s|the\s|our\s)?(?:customers|clients|buyers|patients|guests|inspectors|auditors|police)\s(?:don't|do not|won't|will not|never)\s(?:notice|know|find out)\b"
        + @"|\b(?:sin que|sans que|senza che|sem que|zonder dat)\s(?:[\w'-]+\s){0,3}?(?:clientes|clients|clienti|klanten|policia|police|polizia|politie|inspectores|inspecteurs|ispettori|inspetores)\b"
        // Drugs dealt, cut or resold.
        + @"|\b(?:sell\w*|resell\w*|verkauf\w*|vend\w*|revend\w*|rivend\w*|verkoop\w*|verkoopt|dealen|trafica\w*)\s(?:[\w'-]+\s){0,4}?(?:oxycodone|oxycontin|oxy|fentanyl|opioids?|heroin|heroine|heroina|eroina|cocaine|cocaina|kokain|crack|meth|methamphetamine|crystal|ketamin\w*|ecstasy|mdma|adderall|xanax|ritalin|lsd)\b"
        + @"|\b(?:cut\w*|strecke\w*|strecken|cortar|corto|couper|coupe|tagliare|taglio|batizar|versnijd\w*)\s(?:[\w'-]+\s){0,3}?(?:cocaine|cocaina|kokain|heroin|heroina|eroina|speed|mdma|coke)\b"
        // Hazardous waste dumped where it harms.
        + @"|\b(?:dump\w*|smaltisc\w*|entsorg\w*|stort\w*|despej\w*|jog\w*|tir\w*|vers\w*|verbrenn\w*|brul\w*|burn\w*|bury|burying|enterr\w*|interr\w*|vergrab\w*|begraaf\w*)\s(?:[\w'-]+\s){0,6}?(?:asbest\w*|amiant\w*|asbestos|toxic waste|chemical waste|giftmull|dechets toxiques|residuos toxicos|rifiuti tossici|lixo toxico|gifafval|sondermull)\b"
        + @"|\b(?:asbest\w*|amiant\w*|asbestos|toxic waste|chemical waste|giftmull|dechets toxiques|residuos toxicos|rifiuti tossici|lixo toxico|gifafval|sondermull)\b[^.!?;\n]{0,40}?\b(?:at night|di notte|de noche|la nuit|nachts|s nachts|a noite|de madrugada|in the woods|nei campi|in the fields|en el campo|im wald|in de sloot|in the river|nel fiume|illegal\w*)\b"
        // Knocking others offline, weapons made automatic.
        + @"|\b(?:booter|stresser)s?\b|\bddos\w*\s(?:[\w'-]+\s){0,4}?(?:rivals?|rival|competitors?|school|ex)\b"
        + @"|\b(?:semi-?automatic\w*|semiautomatic\w*|halbautomat\w*|semi-automatiques?|semi automatiques?|semi automatic\w*|semiautomatich\w*|semiautomaticas?|semi-automatisch\w*)\b[^.!?;\n]{0,40}?\b(?:fully automatic|full[- ]auto|vollautomat\w*|entierement automatiques?|automaticas?|automatich\w*|volautomat\w*|fire automatic\w*)\b";

    // Acts that no frame excuses: data made up for one's own research, a tachograph silenced.
    private const string Unexcused =
        @"\b(?:fehlende|missing|manquantes|faltantes|mancanti|ontbrekende)\s(?:\w+\s)?(?:messwerte|data|values|daten|donnees|datos|dati|dados|waarden|measurements)\s(?:\w+\s){0,3}?(?:selbst|myself|moi meme|yo mismo|io stesso|eu mesmo|zelf)\b"
        + @"|\b(?:invent\w*|fabricat\w*|made-up|made up|erfund\w*|invente\w*|inventad\w*|inventat\w*|verzonnen)\s(?:[\w'-]+\s){0,2}?(?:patient records|patients|messwerte|measurements|data points|datapoints)\b"
        + @"|\b(?:magnet\w*|aimant|iman|magnete)\b[^.!?;\n]{0,40}?\b(?:tachograph\w*|fahrtenschreiber|tachygraphe|tacografo|tachograaf)\b";

    // Told from the side of the victim, of the one who prevents, detects, reports or studies it, or of a story.
    private const string Excused =
        @"\b(?:cayo en|cai en|caiu n\w*|caiu em|tombee? dans|suis tombee? dans|reingefallen|hereingefallen|caduta? in|ingetrapt|victims?|victimes?|victimas?|opfer|vittim\w*|vitimas?|slachtoffers?|lost (?:money|\w+) to|fell for|was scammed|got scammed|been scammed|was stolen|were stolen|got stolen|been stolen|stolen from (?:me|us)|robbed|me robaron|me han robado|on m a vole|m a vole|wurde \w* ?gestohlen|wurden \w* ?gestohlen|mi hanno rubato|fui roubad\w*|foi roubad\w*|is gestolen|werd gestolen)\b"
        + @"|\b(?:check|checks|checking|verif\w*|kontrollier\w*|prufe|prufen|controll\w*|controle\w*|control|controlo|compruebo|comprobar|confiro|conferir|confere|reviso|revisar|examiners?|analysts?|analista|analistas|analyste|analystin|auditors?|auditeur|auditora?|compliance|antifraude|anti fraud|antifraud|hit by|targeted by|fooled by|tricked by|scammed by|prevent\w*|prevention|detect\w*|mitigat\w*|mitiga\w*|abwehr\w*|defen[cs]e|difesa|defensa|defesa|verdediging|respond\w*|handl\w*|encargo|encarga|ocupo|occupe|occupo|behandel|behandelt|bearbeite|bearbeitet|gestiono|gere|traite|tratto|lido com|spot\w*|investigat\w*|report\w*|fight\w* against|combat\w*|protect\w*|awareness|warn\w*|educat\w*|defend\w*|catch\w*|enquet\w*|ermittl\w*|indag\w*|onderzoek\w*|uncover\w*|audit\w*|complian\w*|anti-\w+|counter-\w+|prevenc\w*|prevenz\w*|prevenir|prevencao|\w*praventi\w*|\w*bekampf\w*|lutte contre|lucha contra|lotta contro|luta contra|strijd tegen|bestrijd\w*|aufdeck\w*|erkennen|erkenn\w*|detecci\w*|detectar|reconnaitre|riconosc\w*|herkennen|melden|anzeige|signal\w*)\b"
        + @"|\b(?:fraud|fraude|fraudes|betrug\w*|frode)\s(?:department|team|desk|unit|line|squad|analyst\w*|officer|investigator|abteilung|afdeling|hotline)\b|\b(?:departamento|atendimento|servicio|service|reparto|dipartimento|equipe|equipo|squadra|abteilung)\s(?:de|di|des|du|anti|fur|voor)\s(?:\w+\s)?(?:fraudes?|frode|betrug)\b|\b(?:skimmed|cloned) cards?\b|\bcards? (?:was|got|were) (?:skimmed|cloned)\b"
        + @"|\b(?:thesis|dissertation|research\w*|study|studies|paper on|paper about|course on (?:spotting|preventing|detecting)|tesis|these|doktorarbeit|masterarbeit|tesi|tese|scriptie|proefschrift|novel|novels|roman|romans|novela|romanzo|documentary|podcast about)\b"
        + @"|\b(?:against|contre|contra|gegen|contro|tegen)\s(?:\w+\s)?(?:fraud|scams?|theft|smuggling|trafficking|harassment|fraude|estafas?|betrug|diebstahl|truffe|furti|oplichting|diefstal|vol|robo|roubo|harcelement|acoso|molestie|assedio)\b";

    private static readonly Regex ActOfWrongdoing = Linear(Acts);

    private static readonly Regex ToldFromTheOtherSide = Linear(Excused);

    private static readonly Regex WhateverTheFrame = Linear(Unexcused);

    private static Regex Linear(string pattern)
    {
        InstructionGuard.AllowLargeAutomata();
        return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"[^.!?;\n]+")]
    private static partial Regex Sentences();

    /// <summary><see cref="Reason"/> when a sentence of <paramref name="folded"/> (text in its folded form) describes wrongdoing, or null.</summary>
    public static string? Refusal(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        foreach (var sentence in Sentences().Matches(folded).Select(m => m.Value))
        {
            if (WhateverTheFrame.IsMatch(sentence) || ActOfWrongdoing.IsMatch(sentence) && !ToldFromTheOtherSide.IsMatch(sentence))
            {
                return Reason;
            }
        }

        return null;
    }
}
