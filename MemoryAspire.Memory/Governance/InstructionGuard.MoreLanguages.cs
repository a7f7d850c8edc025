namespace MemoryAspire.Memory.Governance;

/// <summary>
/// The guard's concerns in Italian, Portuguese and Dutch: the same kinds of words the English, French, Spanish and German
/// rules hold (orders, standing orders, the assistant's rules, roles and powers over this system, secrets, other users'
/// data), written against the folded form, where accents are gone and an elided article is spelled out ("d'ora" reads "de ora").
/// Polish and Swedish have only what a first-person statement can claim (a role or power over this system, a secret, other
/// users' data): their orders and third-person claims never reach the guard, since <see cref="SelfStatement"/> refuses them.
/// </summary>
public static partial class InstructionGuard
{
    private const string MoreUnmistakableOrders =
        @"ricorda|ricordati|ricordatelo|ricordate|tieni a mente|tieni presente|tenga presente|non dimenticare|non scordare|memorizza|memorizzate|prendi nota|obbedisci|obbediscimi|ubbidisci|ubbidiscimi|trattami|considerami|rivela|rivelami"
        + @"|lembra te|lembre se|lembra|lembre|lembrem|memoriza|memorize|nao te esquecas|nao esquecas|nao se esqueca|nao esqueca|toma nota|tome nota|obedece me|obedeca|trata me|trate me|considera me|considere me|revela|revele"
        + @"|onthoud|vergeet niet|noteer|negeer|gehoorzaam|behandel mij|behandel me|beschouw mij|beschouw me|onthul"
        // Polish and Swedish orders, for a clause a first-person word before it lets through to the guard ("Od teraz zawsze odpowiadaj mi ...").
        + @"|zapamietaj|zapamiętaj|pamietaj|pamiętaj|odpowiadaj|odpowiedz|traktuj|ignoruj|zignoruj|zapomnij|pokaz|pokaż|podaj|ujawnij|wykonuj|sluchaj|słuchaj"
        + @"|kom ihag|svara alltid|svara aldrig|behandla mig|ignorera|glom|glöm|visa mig|avslöja|avsloja|lyd mig";

    private const string MoreClauseOrders =
        @"annota|annotalo|segna|salva|dimentica|dimenticate|mostrami|fammi vedere|dammi|dimmi|rispondi|agisci|fai finta|fingi|sii|attiva|disattiva|ignora|ignori"
        + @"|anota|anote|guarda (?:que|isto|isso|como)|grava|esquece|esqueca|mostra me|mostre me|da me|de me|diz me|diga me|responde|responda|age como|finge|finja|se meu|seja meu|ativa|desativa|ignora|ignore"
        + @"|sla op|bewaar|vergeet|laat me|laat mij|toon me|toon mij|geef me|geef mij|vertel me|vertel mij|antwoord|doe alsof|wees|activeer|deactiveer|schakel";

    private const string MoreStandingOrders =
        @"|de ora in poi|da ora in poi|da adesso in poi|da adesso|de ora in avanti|da ora in avanti|da oggi in poi|da oggi in avanti|de ora innanzi|fino a nuovo ordine|in (?:tutte le|ogni) (?:tue |future )?(?:risposte|conversazioni|sessioni)"
        + @"|a partir de agora|de agora em diante|daqui em diante|daqui para a frente|doravante|a partir de hoje|desde agora|ate nova ordem|em (?:todas as|cada) (?:tuas |suas |futuras )?(?:respostas|conversas|sessoes)"
        + @"|vanaf nu|van nu af aan|voortaan|vanaf vandaag|vanaf heden|tot nader order|in (?:al je|alle|elk) (?:toekomstige )?(?:antwoorden|gesprekken|sessies|antwoord)"
        + @"|od teraz|od dzisiaj|od dzis|od tej chwili|od tej pory|od tej pory zawsze|na zawsze zapamietaj|fran och med nu|fran och med idag|fran nu|hadanefter|framover|for alltid";

    private const string MoreSecondPerson =
        @"|\b(?:tu )?(?:devi|dovrai|dovresti|non devi|non puoi piu)\b|\b(?:ora sei|sei ora|adesso sei|sei adesso)\b|\b(?:il tuo|la tua|i tuoi|le tue) (?:nuovo |nuova |vero |vera |unico |unica )?(?:ruolo|compito|missione|identita|istruzioni|regole|filtri|restrizioni|programmazione|creatore|proprietario|padrone|sviluppatore|amministratore|prompt)\b"
        + @"|\b(?:il|l|lo|la|questo|questa) (?:assistente|ia|modello|bot|chatbot|sistema) (?:deve|dovra|dovrebbe|e tenuto|puo ora)\b"
        + @"|\b(?:tu )?(?:deves|tens de|tens que|teras de|vais ter de|voce deve|voce tem de|voce tem que|ja nao precisas|ja nao deves)\b|\b(?:agora es|es agora|agora voce e)\b|\b(?:o teu|a tua|os teus|as tuas|o seu|a sua|os seus|as suas) (?:novo |nova |verdadeiro |verdadeira |unico |unica )?(?:papel|funcao|missao|tarefa|identidade|instrucoes|regras|filtros|restricoes|programacao|criador|dono|mestre|desenvolvedor|administrador|prompt)\b"
        + @"|\b(?:o|a|este|esta) (?:assistente|ia|modelo|bot|chatbot|sistema) (?:deve|devera|deveria|tem de|tem que|vai)\b"
        + @"|\b(?:je|jij|u) (?:moet|moeten|mag|zult|zal|hoeft)\b|\b(?:moet|mag|zult|hoef) (?:je|jij|u)\b|\b(?:je|jij) bent (?:nu|voortaan|vanaf nu|mijn)\b|\b(?:je|jouw|uw) (?:nieuwe |echte |enige )?(?:rol|taak|missie|identiteit|instructies|regels|filters|beperkingen|programmering|maker|eigenaar|meester|ontwikkelaar|beheerder|prompt)\b"
        + @"|\b(?:de|het|deze|dit) (?:assistent|ai|model|bot|chatbot|systeem) (?:moet|mag|zal|hoort)\b"
        + @"|\b(?:le mie|i miei|as minhas|os meus|mijn) (?:\w+ )?(?:istruzioni|richieste|ordini|parole|messaggi|instrucoes|pedidos|ordens|palavras|mensagens|instructies|verzoeken|bevelen|woorden|berichten) (?:\w+ ){0,3}(?:hanno la precedenza|vengono prima|contano come|sono ordini|tem prioridade|vem primeiro|contam como|sao ordens|gaan voor|hebben voorrang|tellen als|zijn bevelen)\b";

    private const string MoreAssistantRules =
        @"|(?:le )?(?:tue|sue) (?:regole|istruzioni|linee guida|restrizioni|filtri|direttive|impostazioni)|(?:istruzioni|regole|direttive) (?:precedenti|iniziali|nascoste|originali|di base)|senza (?:alcun |alcuna |i tuoi |le tue )?(?:filtri|filtro|restrizioni|limiti|censura)|prompt di sistema|modalita (?:sviluppatore|admin|amministratore|senza filtri|debug)"
        + @"|(?:as )?(?:tuas|suas) (?:regras|instrucoes|diretrizes|restricoes|filtros|normas|configuracoes)|(?:instrucoes|regras|diretrizes) (?:anteriores|iniciais|ocultas|originais|de base)|sem (?:nenhum |nenhuma |os teus |as tuas )?(?:filtros|filtro|restricoes|limites|censura)|prompt do sistema|modo (?:desenvolvedor|programador|sem filtros|sem restricoes)"
        + @"|(?:je|jouw|uw) (?:regels|instructies|richtlijnen|beperkingen|filters|voorschriften|instellingen)|(?:eerdere|vorige|oorspronkelijke|verborgen|oude) (?:instructies|regels|richtlijnen)|zonder (?:enige |je )?(?:filters|filter|beperkingen|censuur|regels)|systeemprompt|systeem prompt|(?:ontwikkelaars|beheerders|admin)modus";

    private const string MoreRoleClaimSubjects = @"|sono|io sono|sono stato (?:nominato|promosso)|sono stata (?:nominata|promossa)|sou|eu sou|fui (?:nomeado|nomeada|promovido|promovida) a|ik ben|ik werd|ik ben (?:benoemd|gepromoveerd) tot"
        + @"|jestem|ja jestem|zostalem|zostałem|zostalam|zostałam|jag ar|jag blev|jag har blivit|jag ager";

    private const string MorePowerRoles = @"|amministratore|amministratrice|amministratori|moderatore|moderatrice|beheerder|beheerders|superutente|superutilizador"
        + @"|administratorem|administratora|administratorka|administratorka|moderatorem|w[lł]ascicielem|w[lł]asciciel|superuzytkownikiem"
        + @"|administrator|agare|agaren|agarna|moderator|superanvandare";

    private const string MoreMakerRoles = @"|proprietario|proprietaria|titolare|padrone|sviluppatore|sviluppatrice|creatore|creatrice|programmatore|gestore|dono|dona|desenvolvedor|desenvolvedora|criador|criadora|eigenaar|ontwikkelaar|maker|programmeur";

    private const string MoreScope =
        @"|\b(?:di|per|su|in) (?:questo|questa|quest) (?:sistema|assistente|chatbot|bot|ia|servizio|piattaforma|app|applicazione|modello|memoria)\b"
        + @"|\b(?:deste|desta|neste|nesta|nisto|(?:de|para|em|sobre) (?:este|esta)) (?:sistema|assistente|chatbot|bot|ia|servico|plataforma|aplicacao|app|modelo|memoria)\b"
        // With the article alone, as "the" in English, only the system, the assistant, the model or the memory: "amministratore
        // dell'app dei turni" or "administradora da app de escalas" runs another app.
        + @"|\b(?:del|dello|della|nel|nella|sul|sulla|do|da|no|na) (?:sistema|assistente|chatbot|bot|ia|modello|modelo|memoria)\b"
        + @"|\b(?:van|voor|op|in|over) (?:dit|deze) \w*(?:systeem|assistent|chatbot|bot|ai|dienst|platform|app|model|geheugen)\b"
        // With "het" or "de" only the thing itself: "beheerder van de WhatsApp-groep" or "van het reserveringssysteem" is not this service.
        + @"|\b(?:van|voor|op|in|over) (?:het|de) (?:systeem|assistent|chatbot|bot|ai|dienst|platform|app|model|geheugen|chatdienst|chatsysteem|taalmodel)\b"
        // A workspace or space on this service ("sur cet espace", "in diesem Workspace", "su questo spazio").
        + @"|\b(?:this|cet|cette|ce|este|esta|dieses|diesem|diesen|questo|quest|deste|desta|neste|nesta|deze|dit|den har) (?:\w+ )?(?:workspace|work space|space|espace|espace de travail|espacio|espacio de trabajo|spazio|spazio di lavoro|espaco|espaco de trabalho|werkruimte|omgeving|arbetsyta|tenant|org|organisation|organization|organisatie|organizacion|organizzazione)\b";

    private const string MoreAuthority =
        @"|\b(?:accesso|permessi|diritti|privilegi|poteri|controllo) (?:completo|completi|totale|totali|illimitato|illimitati|pieno|pieni|di amministratore|di amministrazione|admin|root|elevati|speciali|assoluto|assoluti)\b|\b(?:tutti i|pieni) (?:permessi|diritti|privilegi|poteri|accessi)\b|\baccesso (?:a tutti|a tutte|a tutto|ai dati di)\b"
        + @"|\b(?:acesso|permissao|permissoes|direitos|privilegios|poderes|controlo|controle) (?:total|totais|completo|completos|completas|ilimitado|ilimitados|ilimitadas|pleno|plenos|de administrador|de administracao|admin|root|elevados|especiais|absoluto)\b|\b(?:todas as|todos os|plenos) (?:permissoes|direitos|privilegios|poderes|acessos)\b|\bacesso (?:a todos|a todas|a tudo|aos dados de)\b"
        + @"|\b(?:volledige|onbeperkte|totale|volle|alle|speciale|verhoogde) (?:toegang|rechten|bevoegdheden|machtigingen|controle|privileges)\b|\b(?:beheerdersrechten|beheerrechten|adminrechten|rootrechten|beheerderstoegang)\b|\btoegang tot (?:alle|elke|ieders|de gegevens van)\b"
        + @"|\b(?:utente|account) (?:verificato|fidato|di fiducia|privilegiato|autorizzato)\b|\b(?:utilizador|usuario|conta) (?:verificad[oa]|confiavel|de confianca|privilegiad[oa]|autorizad[oa])\b|\b(?:geverifieerde|vertrouwde|bevoorrechte|geautoriseerde) (?:gebruiker|account)\b"
        + @"|\b(?:sono|sou|ben) (?:autorizzat[oa]|autorizad[oa]|bevoegd|gemachtigd) (?:a|om)\b"
        + @"|\b(?:pelny|pełny|pelne|pełne|pelnego|pełnego|nieograniczony|nieograniczone|nieograniczonego|wszystkie|specjalne|rozszerzone) (?:dostep|dostepu|uprawnienia|prawa|przywileje|kontrole|kontrolę)\b|\buprawnienia (?:administratora|admina|roota|superuzytkownika|superużytkownika)\b|\bdostep do (?:wszystkich|wszystkiego|danych innych|kont)\b"
        + @"|\b(?:fullstandig|full|obegransad|total|utokad|sarskild) (?:atkomst|behorighet|kontroll)\b|\b(?:alla|fulla) (?:rattigheter|behorigheter)\b|\b(?:administratorsrattigheter|adminrattigheter|administratorsbehorighet|adminbehorighet)\b|\batkomst till (?:allt|alla|andras)\b"
        + @"|\b(?:zweryfikowany|zweryfikowana|zaufany|zaufana|uprzywilejowany|uprzywilejowana) (?:uzytkownik|użytkownik|uzytkowniczka|konto)\b|\b(?:verifierad|betrodd|privilegierad) (?:anvandare|konto)\b|\bjag ar (?:verifierad|betrodd|privilegierad|behorig)(?:\s*[.,!;]|\s*$|\s(?:har|hos|i den har|pa den har|att|for att))|\bjestem (?:zweryfikowany|zweryfikowana|zaufany|zaufana|uprawniony|uprawniona)\b";

    private const string MoreSecrets = @"|(?:tresor|safe|kluis|deur|tor|hek|poort|schloss|garagen|garage|haustur|fietsslot|slot|kassaskap|sejf)codes?|reponses? de securite|reponses? secretes?|questions? secretes?|frases? de acceso|frases? secretas?|frases? de paso|respuestas? de seguridad|respuestas? secretas?|sicherheitsantwort\w*|geheimantwort\w*|parol[ae] di sblocco|parol[ae] d ordine|parol[ae] segret[ae]|frasi? segret[ae]|risposta di sicurezza|frase secreta|frases? de acesso|palavras? secretas?|resposta de seguranca|wachtzin\w*|wachtwoordzin|beveiligingsantwoord\w*|\w+kennwort\w*|\w+passwort\w*|\w+wachtwoord\w*|klucz\w* api|api klucz\w*|klucz\w* prywatn\w*|klucz\w* dostepu|api ?nyckel\w*|privat nyckel|hemlig nyckel|atkomstnyckel|hasla|hasło|hasła|haslo|kod pin|kod dostepu|kody? dostepu|kod resetujacy|pinkod|pin kod|losenord|losenordet|losenorden|engangskod|atkomstkod|sakerhetskod|nyckel till|senhas?|palavras? passe|codigos? pin|codigos? de acesso|codici pin|codice pin|codice segreto|codice di accesso|codice di verifica|chiave api|chiave privata|credenziali|credenciais|wachtwoord|wachtwoorden|pincode|pin code|toegangscode|inloggegevens|herstelcode|beveiligingscode|verificatiecode";

    private const string MoreAssignments = @"|e|sono|sao|zijn|luidt|jest|ar";

    // Polish gives a secret its value with "to" ("moje hasło do banku to ..."), which in English is no assignment.
    private const string MoreCredentials = @"|\b(?:hasło|haslo|hasła|hasla|kod|kody|kodu|pinkod|pin kod)\b(?:\s[\p{L}0-9]+){0,3}\sto\s\S";

    private const string MoreOtherUsers =
        @"|\b(?:altri|altre|tutti gli|tutte le|ogni|qualsiasi|qualunque|degli altri|delle altre|sugli altri|sulle altre) (?:utenti|utente|account|membri|clienti|persone|iscritti|iscritte|abbonati|utilizzatori)\b|\b(?:other|all) (?:members|subscribers|signups|participants)\b|\b(?:autres|tous les) (?:inscrits|abonnes|adherents|membres)\b|\b(?:otros|todos los|demas) (?:inscritos|suscriptores|abonados|miembros)\b|\b(?:andere[nr]?|alle[nr]?) (?:abonnenten|teilnehmer\w*|mitglieder\w*)\b|\b(?:outros|todos os) (?:inscritos|assinantes|membros)\b|\b(?:andere|alle) (?:leden|abonnees|deelnemers)\b|\b(?:dati|conversazioni|messaggi|chat|profili|ricordi|note) (?:di tutti|degli altri|delle altre persone|di altri|di altre persone)\b"
        + @"|\b(?:outros|outras|todos os|todas as|cada|qualquer|dos outros|das outras) (?:utilizadores?|usuarios?|contas|membros|clientes|pessoas)\b|\b(?:dados|conversas|mensagens|historicos?|perfis|notas|memorias) (?:de todos|dos outros|das outras pessoas|de outros|de outras pessoas)\b"
        + @"|\b(?:andere|anderen|alle|elke|iedere) (?:gebruikers?|accounts|leden|klanten|mensen)\b|\b(?:gegevens|gesprekken|berichten|geschiedenis|profielen|notities|chats) (?:van iedereen|van anderen|van andere|van alle)\b"
        + @"|\b(?:innych|wszystkich|pozostalych|pozostałych|cudze|cudzych) (?:uzytkownikow|użytkowników|kont|osob|osób|klientow|klientów|rozmow|rozmów|danych)\b|\b(?:andra|alla|ovriga|andras) (?:anvandares?|anvandarna|konton|kunders?|personers?|samtal|data|uppgifter)\b";

    private const string MoreWorkContext = @"|benevole|benevoles|benevolat|voluntario|voluntaria|voluntariado|ehrenamtlich|ehrenamt|volontario|volontaria|volontariato|vrijwilliger|vrijwilligster|frivillig|wolontariusz|wolontariuszka|pracuje|pracy|firmie|jobbar|arbetar|jobbet|foretag|foretaget|lavoro|lavora|lavorato|azienda|ditta|professione|mestiere|impiego|anni|trabalho|trabalha|trabalhei|empresa|profissao|emprego|anos|werk|werkt|werkte|werkzaam|bedrijf|beroep|baan|jaar|jaren|sinds";

    private const string MoreRoleQualifiers = @"|di|do|dos|das|van|voor|bij|sistema|sistemi|rete|reti|rede|redes|netwerk|systeem|systemen|dati|dados|gegevens|ict|sieci|systemow|systemu|strony|serwisu|serwera|natverk|natverks|it";

    private const string MoreWorkPlaces = @"|presso|di|da|na|no|numa|num|em|bij|voor|op|van|w|we|pa|hos|i|vid|unseres|unserer|meines|meiner|naszego|naszej|mojego|mojej";
}
