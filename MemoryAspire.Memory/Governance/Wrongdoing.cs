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
        + @"|\b(?:smuggl\w*|schmuggel\w*|contrabband\w*|contraband\w*|smokkel\w*|trafic d\w*|trafficking|traffick\w*)\b"
        + @"|\b(?:keep|keeps|keeping|hold|holds|holding|behalte\w*|halte|tengo|guardo|garde|conservo|fico com|houd|confiscat\w*|retain\w*|trattengo)\s(?:[\w'-]+\s){0,3}?(?:passports?|passe|passen|paspoorten|passeports|pasaportes|passaporti|passaportes)\s(?:[\w'-]+\s){0,3}?(?:workers|employees|erntehelfer\w*|arbeiter\w*|empregad\w*|maids?|nannies|helpers?|trabajador\w*|ouvriers|employes|werknemers|braccianti|dipendenti|domestic\w*|personal)\b"
        + @"|\b(?:confused|dementia|demencia|demenz|dement\w*|demence|alzheimer\w*)\b[^.!?;\n]{0,60}?\b(?:sign|signs|firme|firmar|firma|unterschreib\w*|signer|signe|firmare|assinar|assine|tekenen|teken)\b[^.!?;\n]{0,60}?\b(?:secretly|a escondidas|as escondidas|heimlich|en cachette|di nascosto|stiekem|behind|before|a mi nombre|in my name|auf meinen namen|a mon nom|a mio nome|em meu nome|op mijn naam)\b"
        + @"|\b(?:sign|signs|signing|transfer\w*) (?:her|his|their) (?:house|home|flat|savings|property|accounts?) (?:over|to me)\b"
        // Excluding people by origin, faith or pregnancy.
        + @"|\b(?:bin|bins|reject\w*|discard\w*|throw out|sort out|aussortier\w*|sortiere \w+ aus|refuse\w*|rechaz\w*|scart\w*|descart\w*|wijs \w+ af|weiger\w*|ecarte\w*)\b[^.!?;\n]{0,60}?\b(?:applications?|cvs?|candidates|applicants|bewerbung\w*|candidatures?|candidaturas?|candidature|candidati|sollicitaties|resumes|tenants|mieter|locataires|inquilinos|huurders)\b[^.!?;\n]{0,60}?\b(?:arab\w*|muslim\w*|black|foreign\w*|auslandisch\w*|etrangers?|etrangere?s?|extranjer\w*|stranier\w*|estrangeir\w*|buitenlands\w*|pregnant|enceintes?|schwanger\w*|embarazad\w*|incinte|gravidas?|zwanger\w*|jewish|juif\w*|judi\w*|ebre\w*|turkish|turc\w*|turk\w*|roma|gitan\w*|sinti)\b"
        + @"|\b(?:applications?|cvs?|candidates|applicants|bewerbung\w*|candidatures?|candidaturas?|candidature|candidati|sollicitaties|resumes)\b[^.!?;\n]{0,40}?\b(?:arab\w*|muslim\w*|foreign\w*|auslandisch\w*|pregnant|enceintes?|schwanger\w*|embarazad\w*|incinte|gravidas?|zwanger\w*)\b[^.!?;\n]{0,40}?\b(?:bin|reject\w*|discard\w*|throw\w* out|aussortier\w*|refuse\w*|rechaz\w*|scart\w*|descart\w*|af|aus|weiger\w*|ecarte\w*)\b"
        // Misleading voters.
        + @"|\b(?:tell\w*|text\w*|sms\w*|messag\w*|call\w*|inform\w*|sag\w*|schreib\w*|dire|dis|decir|digo|dico|dizer|digo|vertel\w*)\s(?:[\w'-]+\s){0,4}?(?:voters?|electeurs|votantes|wahler\w*|elettori|eleitores|kiezers)\b[^.!?;\n]{0,60}?\b(?:moved|changed|postponed|verschoben|deplace|cambiado|cambio|spostat\w*|mudou|verplaatst|is now on|ist jetzt)\b"
        // Evading the authorities, or doing it where customers or staff do not notice.
        + @"|\b(?:slip\w*|remov\w*|cut\w*|bypass\w*|trick\w*|fool\w*|hack\w*|jam\w*|tamper\w*|evad\w*|abnehm\w*|manipulier\w*|quitar|quito|enlever|enleve|togliere|tolgo|tirar|tiro|afdoen|ingannare|enganar|tromper|uberlisten)\s(?:[\w'-]+\s){0,3}?(?:ankle (?:monitor|bracelet|tag)s?|fussfessel\w*|bracelet electronique|pulsera electronica|tobillera electronica|braccialetto elettronico|cavigliera elettronica|tornozeleira|enkelband)\b"
        + @"|\bwithout (?:the\s|my\s|our\s)?(?:staff|police|cops|probation|parole officer|authorities|customs|inspectors?|auditors?|regulators?|customers|clients|the bank|insurers?|security|guards|tax office|teachers|parents|owners?|landlord)\s(?:noticing|knowing|finding out|catching on)\b"
        + @"|\b(?:damit|sodass|so dass)\s(?:meine\s|die\s|unsere\s)?(?:kunden|gaste|patienten|kaufer|prufer|behorden|polizei)\s(?:nichts|es nicht)\s(?:merken|bemerken|mitbekommen)\b"
        + @"|\b(?:so (?:that )?|so\s)(?:my\s|the\s|our\s)?(?:customers|clients|buyers|patients|guests|inspectors|auditors|police)\s(?:don't|do not|won't|will not|never)\s(?:notice|know|find out)\b"
        + @"|\b(?:sin que|sans que|senza che|sem que|zonder dat)\s(?:[\w'-]+\s){0,3}?(?:clientes|clients|clienti|klanten|policia|police|polizia|politie|inspectores|inspecteurs|ispettori|inspetores|inspecteurs)\b"
        // Drugs dealt, cut or resold.
        + @"|\b(?:sell\w*|resell\w*|verkauf\w*|vend\w*|revend\w*|rivend\w*|verkoop\w*|verkoopt|dealen|trafica\w*)\s(?:[\w'-]+\s){0,4}?(?:oxycodone|oxycontin|oxy|fentanyl|opioids?|heroin|heroine|heroina|eroina|cocaine|cocaina|kokain|crack|meth|methamphetamine|crystal|ketamin\w*|ecstasy|mdma|adderall|xanax|ritalin|lsd)\b"
        + @"|\b(?:cut\w*|strecke\w*|strecken|cortar|corto|couper|coupe|tagliare|taglio|batizar|versnijd\w*)\s(?:[\w'-]+\s){0,3}?(?:cocaine|cocaina|kokain|heroin|heroina|eroina|speed|mdma|coke)\b"
        // Hazardous waste dumped where it harms.
        + @"|\b(?:dump\w*|smaltisc\w*|entsorg\w*|stort\w*|despej\w*|jog\w*|tir\w*|vers\w*|verbrenn\w*|brul\w*|burn\w*|bury|burying|enterr\w*|interr\w*|vergrab\w*|begraaf\w*)\s(?:[\w'-]+\s){0,6}?(?:asbest\w*|amiant\w*|asbestos|toxic waste|chemical waste|giftmull|dechets toxiques|residuos toxicos|rifiuti tossici|lixo toxico|gifafval|sondermull)\b"
        + @"|\b(?:asbest\w*|amiant\w*|asbestos|toxic waste|chemical waste|giftmull|dechets toxiques|residuos toxicos|rifiuti tossici|lixo toxico|gifafval|sondermull)\b[^.!?;\n]{0,40}?\b(?:at night|di notte|de noche|la nuit|nachts|s nachts|a noite|de madrugada|in the woods|nei campi|in the fields|en el campo|im wald|in de sloot|in the river|nel fiume|illegal\w*)\b"
        // Knocking others offline, weapons made automatic.
        + @"|\b(?:booter|stresser)s?\b|\bddos\w*\s(?:[\w'-]+\s){0,4}?(?:rivals?|rival|competitors?|school|ex)\b"
        + @"|\b(?:semi-?automatic\w*|semiautomatic\w*|halbautomat\w*|semi-automatiques?|semi automatiques?|semi automatic\w*|semiautomatich\w*|semiautomaticas?|semi-automatisch\w*)\b[^.!?;\n]{0,40}?\b(?:fully automatic|full[- ]auto|vollautomat\w*|entierement automatiques?|automaticas?|automatich\w*|volautomat\w*|fire automatic\w*)\b";

    // Told from the side of the victim, of the one who prevents, detects, reports or studies it, or of a story.
    private const string Excused =
        @"\b(?:victims?|victimes?|victimas?|opfer|vittim\w*|vitimas?|slachtoffers?|lost (?:money|\w+) to|fell for|was scammed|got scammed|been scammed|was stolen|were stolen|got stolen|been stolen|stolen from (?:me|us)|robbed|me robaron|me han robado|on m a vole|m a vole|wurde \w* ?gestohlen|wurden \w* ?gestohlen|mi hanno rubato|fui roubad\w*|foi roubad\w*|is gestolen|werd gestolen)\b"
        + @"|\b(?:hit by|targeted by|fooled by|tricked by|scammed by|prevent\w*|prevention|detect\w*|mitigat\w*|mitiga\w*|abwehr\w*|defen[cs]e|difesa|defensa|defesa|verdediging|respond\w*|handl\w*|spot\w*|investigat\w*|report\w*|fight\w* against|combat\w*|protect\w*|awareness|warn\w*|educat\w*|defend\w*|stop\w*|catch\w*|uncover\w*|audit\w*|complian\w*|anti-\w+|counter-\w+|prevenc\w*|prevenz\w*|prevenir|prevencao|\w*praventi\w*|\w*bekampf\w*|lutte contre|lucha contra|lotta contro|luta contra|strijd tegen|bestrijd\w*|aufdeck\w*|erkennen|erkenn\w*|detecci\w*|detectar|reconnaitre|riconosc\w*|herkennen|melden|anzeige|signal\w*)\b"
        + @"|\b(?:fraud|fraude|fraudes|betrug\w*|frode)\s(?:department|team|desk|unit|line|squad|analyst\w*|officer|investigator|abteilung|afdeling|hotline)\b|\b(?:departamento|atendimento|servicio|service|reparto|dipartimento|equipe|equipo|squadra|abteilung)\s(?:de|di|des|du|anti|fur|voor)\s(?:\w+\s)?(?:fraudes?|frode|betrug)\b|\b(?:skimmed|cloned) cards?\b|\bcards? (?:was|got|were) (?:skimmed|cloned)\b"
        + @"|\b(?:thesis|dissertation|research\w*|study|studies|paper on|paper about|course on (?:spotting|preventing|detecting)|tesis|these|doktorarbeit|masterarbeit|tesi|tese|scriptie|proefschrift|novel|novels|roman|romans|novela|romanzo|documentary|podcast about)\b"
        + @"|\b(?:against|contre|contra|gegen|contro|tegen)\s(?:\w+\s)?(?:fraud|scams?|theft|smuggling|trafficking|harassment|fraude|estafas?|betrug|diebstahl|truffe|furti|oplichting|diefstal|vol|robo|roubo|harcelement|acoso|molestie|assedio)\b";

    private static readonly Regex ActOfWrongdoing = Linear(Acts);

    private static readonly Regex ToldFromTheOtherSide = Linear(Excused);

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
            if (ActOfWrongdoing.IsMatch(sentence) && !ToldFromTheOtherSide.IsMatch(sentence))
            {
                return Reason;
            }
        }

        return null;
    }
}
