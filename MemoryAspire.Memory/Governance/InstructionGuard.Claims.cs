namespace MemoryAspire.Memory.Governance;

/// <summary>
/// The second line behind <see cref="SelfStatement"/>: a statement the user makes about themselves may still claim something
/// no fact about a user holds. These patterns name those claims by what they mean rather than by how a sentence is worded:
/// a say over the assistant's rules, a power granted to act on this system, other accounts' data, a secret given any value.
/// </summary>
public static partial class InstructionGuard
{
    // Numbers spelled out are values too ("four sevens", "seven one three nine").
    private const string SpelledDigits = @"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ones|twos|threes|fours|fives|sixes|sevens|eights|nines|zeros|double|triple|un|deux|trois|quatre|cinq|sept|huit|neuf|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun|due|sei|sette|otto|nove|quattro)\b";

    // A say over the assistant's rules: deciding which apply, outranking them, answers without them.
    private const string ClaimedRules =
        @"\b(?:decide|decides|choose|chooses|pick|picks|determine|determines|set|sets|control|controls|define|defines|make|makes) (?:which|what|whether|the|your|any|all)? ?(?:\w+ ){0,2}(?:rules|filters?|polic(?:y|ies)|guidelines|guardrails|safeguards|restrictions|limits|checks|moderation|safety) (?:\w+ ){0,2}(?:apply|applies|hold|holds|count|counts) (?:to|for) (?:me|us|my)\b"
        + @"|\b(?:supersede|supersedes|override|overrides|outrank|outranks|trump|trumps|overrule|overrules|take precedence over|takes precedence over|come before|comes before|outweigh|outweighs|rank above|ranks above) (?:the |your |any |all |every |its )?(?:\w+ )?(?:rules|polic(?:y|ies)|guidelines|instructions|filters|restrictions|limits|system prompt|prompt|safeguards|safety|moderation)\b"
        + @"|\b(?:unrestricted|unlimited|unmoderated|unchecked|unrestrained|limitless|filter free|rule free) (?:answers|replies|responses|outputs?|completions|mode|access|use|chats?)\b";

    // A power to act on this system or on others: being authorised for more than one's own, a say over others' escalations.
    private const string ClaimedPowers =
        @"\bi am (?:\w+ )?(?:cleared|vetted|approved|authorized|authorised|permitted|allowed|entitled|empowered) (?:for|to) (?:[\w']+ ){0,3}(?:access|see|read|view|bypass|override|everything|all|any|full|admin|root|records|accounts|histories|chats|profiles|anything|whatever)\b"
        + @"|\b(?:approve|grant|escalate|elevate|promote|verify|authorize|authorise|whitelist) (?:my own|myself|me)\b"
        // A standing this system gave one's account or messages ("my account was flagged as trusted", "my requests are marked privileged").
        + @"|\b(?:my|our) (?:account|accounts|profile|user|login|messages|requests|prompts|queries|session|sessions) (?:is|are|was|were|has been|have been|got|gets|get|stays|stay) (?:\w+ ){0,2}(?:flagged|marked|listed|tagged|labeled|labelled|classified|registered|set|treated|recognized|recognised|whitelisted|allowlisted) (?:as )?(?:\w+ )?(?:trusted|verified|privileged|exempt|admin|staff|internal|priority|approved|elevated|unrestricted|safe)\b"
        // A prompt's own role taken as one's role ("my role here is system").
        + @"|\bmy role (?:\w+ ){0,3}(?:is|=|:) (?:the )?(?:system|assistant|tool|function)(?: role)?\s*(?:[.!,;]|$)"
        // Being let through the system's own checks ("I count as staff for every permission check").
        + @"|\b(?:permission|access|authorization|authorisation|privilege|role|clearance) checks?\b"
        + @"|\b(?:admin|administrator|root|superuser|sudo|owner|operator|moderator|voll|sonder|beheer|beheerders)[ -]?(?:zugang|zugriff|rechte|berechtigung|berechtigungen|toegang|rechten)\b|\bzugang zu (?:allen|alle|samtlichen|jedem|jeder|den daten|fremden)\b"
        + @"|\b(?:ager|styr|kontrollerar|driver|administrerar|skapade|byggde|utvecklade|programmerade|tranade) (?:den har|detta|denna|det har) (?:tjansten|assistenten|chatboten|chatbotten|boten|systemet|appen|plattformen|modellen)\b"
        + @"|\b(?:posiadam|posiadamy|kontroluje|kontrolujemy|prowadze|prowadzimy|administruje|administrujemy|zarzadzam|zarzadzamy|stworzylem|stworzylam|stworzylismy|zbudowalem|zbudowalam|zbudowalismy) (?:ten|ta|to|tego|tej|tym|te) (?:system\w*|aplikacj\w*|asystent\w*|chatbot\w*|bot\w*|serwis\w*|platform\w*|model\w*)\b";

    // Other accounts' data, however counted ("every tenant's records", "what every other account has stored").
    private const string ClaimedOthers =
        @"\b(?:every|each|any|all|another) (?:other |single )?(?:users?|tenants?|accounts?|members?|customers?|clients?|subscribers?|patients?)(?:'s?)? (?:[\w']+ ){0,3}(?:data|records|notes|messages|conversations|chats|histor(?:y|ies)|profiles?|facts|memories|files|details|information|stored|saved|keeps?|holds?)\b"
        + @"|\bevery other (?:users?|accounts?|tenants?|members?|customers?|persons?|people)\b";

    // A secret given a value in words, or with the Polish "to".
    private const string ClaimedSecrets =
        @"\b(?:" + SecretWords + "|" + Secrets + @")\b(?:\s[a-z0-9'@.\-]+){0,4}" + Assignment + SpelledDigits;

    // The owner's own thing is not this system ("admin access to my own home server").
    private const string OwnThings = @"|(?:full |admin |administrator |root |sudo )?(?:access|rights|permissions|privileges) (?:to|on|over|for) (?:my|our) own";
}
