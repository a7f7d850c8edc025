using System.Numerics;
using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Governance;

/// <summary>Kinds of personal data the detector finds; stored on messages and facts.</summary>
public static class PiiKinds
{
    public const string Email = "email";
    public const string Phone = "phone";
    public const string PaymentCard = "payment_card";
    public const string Iban = "iban";
    public const string UsSsn = "us_ssn";
    public const string IpAddress = "ip_address";
    public const string NationalId = "national_id";
    public const string BankAccount = "bank_account";

    public static IReadOnlyList<string> All { get; } = [Email, Phone, PaymentCard, Iban, UsSsn, IpAddress, NationalId, BankAccount];
}

/// <summary>One detected piece of personal data: its kind and where it is in the text.</summary>
public sealed record PiiMatch(string Kind, int Index, int Length);

/// <summary>
/// Finds e-mail addresses, phone numbers, payment card numbers (Luhn-checked), IBANs (mod-97 checked), US social security
/// numbers, IP addresses, national identity, tax and passport numbers named as such ("DNI", "codice fiscale", "BSN",
/// "passport number") and bank account and routing numbers named as such ("account 4471908832", "Kontonummer ..."). Checksums and context keep numbers that only look like these (order ids, versions) out.
/// </summary>
public static partial class PiiDetector
{
    public static IReadOnlyList<string> Kinds(string? text) =>
        [.. Detect(text).Select(m => m.Kind).Distinct().Order(StringComparer.Ordinal)];

    public static IReadOnlyList<PiiMatch> Detect(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<PiiMatch>();
        void Add(string kind, Capture m) => found.Add(new PiiMatch(kind, m.Index, m.Length));
        bool Overlaps(Capture m) => found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length);

        foreach (Match m in Email().Matches(text))
        {
            Add(PiiKinds.Email, m);
        }

        foreach (Match m in Iban().Matches(text))
        {
            if (IsIban(m.Value))
            {
                Add(PiiKinds.Iban, m);
            }
        }

        foreach (Match m in Card().Matches(text))
        {
            var digits = Digits(m.Value);
            // Issuers' numbers start with 2 to 6 (Mastercard, Amex, Visa, Mastercard, Discover); 0000... is a test pattern.
            if (!Overlaps(m) && digits.Length is >= 13 and <= 19 && digits[0] is >= '2' and <= '6' && Luhn(digits))
            {
                Add(PiiKinds.PaymentCard, m);
            }
        }

        foreach (Match m in Ssn().Matches(text))
        {
            if (!Overlaps(m) && IsSsn(m.Groups["a"].Value, m.Groups["g"].Value, m.Groups["s"].Value))
            {
                Add(PiiKinds.UsSsn, m);
            }
        }

        // A number named as what it is ("DNI 48213377K", "routing number 121000248"): the name says what it is, the number must
        // still look like one (five digits at least for an identity number, six for a bank account).
        void AddNamed(Regex named, string kind, int minDigits)
        {
            foreach (Match m in named.Matches(text))
            {
                var number = m.Groups["number"];
                if (Digits(number.Value).Length >= minDigits && !Overlaps(number))
                {
                    Add(kind, number);
                }
            }
        }

        AddNamed(NationalId(), PiiKinds.NationalId, 5);
        AddNamed(BankAccount(), PiiKinds.BankAccount, 6);
        // A card number named as one is a card number even when its check digit is wrong ("Mijn creditcard 4929 1188 0042 7715").
        AddNamed(NamedCard(), PiiKinds.PaymentCard, 13);

        foreach (Match m in IPv4().Matches(text))
        {
            if (!Overlaps(m) && m.Value.Split('.').All(o => int.Parse(o, System.Globalization.CultureInfo.InvariantCulture) <= 255) && !IsVersionContext(text, m))
            {
                Add(PiiKinds.IpAddress, m);
            }
        }

        foreach (Match m in IPv6().Matches(text))
        {
            if (!Overlaps(m) && System.Net.IPAddress.TryParse(m.Value, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
            {
                Add(PiiKinds.IpAddress, m);
            }
        }

        foreach (Match m in Phone().Matches(text))
        {
            var digits = Digits(m.Value);
            if (!Overlaps(m) && digits.Length is >= 7 and <= 15 && !DateOrIdShape().IsMatch(m.Value) && LooksLikePhone(m.Value, text, m.Index))
            {
                Add(PiiKinds.Phone, m);
            }
        }

        return [.. found.OrderBy(f => f.Index)];
    }

    /// <summary>The text with every detected item replaced by <c>[kind]</c>, for the summarizer and extractor when policy says so.</summary>
    public static string Redact(string text, IReadOnlyCollection<string>? kinds = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = Detect(text).Where(m => kinds is null || kinds.Contains(m.Kind)).OrderByDescending(m => m.Index);
        var result = text;
        foreach (var m in matches)
        {
            result = string.Concat(result.AsSpan(0, m.Index), $"[{m.Kind}]", result.AsSpan(m.Index + m.Length));
        }

        return result;
    }

    private static string Digits(string value) => new([.. value.Where(char.IsAsciiDigit)]);

    internal static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    internal static bool IsIban(string value)
    {
        var compact = new string([.. value.Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant();
        if (compact.Length is < 15 or > 34)
        {
            return false;
        }

        var rearranged = compact[4..] + compact[..4];
        var numeric = string.Concat(rearranged.Select(c => char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    private static bool IsSsn(string area, string group, string serial) =>
        area is not ("000" or "666") && area[0] != '9' && group != "00" && serial != "0000";

    private static bool IsVersionContext(string text, Match m)
    {
        var before = text[Math.Max(0, m.Index - 12)..m.Index].ToUpperInvariant();
        return before.Contains("VERSION", StringComparison.Ordinal) || before.TrimEnd().EndsWith('V');
    }

    /// <summary>Digit runs are phones only with a phone's punctuation or a phone word nearby, so plain numbers stay out.</summary>
    private static bool LooksLikePhone(string value, string text, int index)
    {
        var formatted = value.StartsWith('+') || value.Contains('(', StringComparison.Ordinal)
            || value.Count(c => c is '-' or ' ' or '.') >= 2;
        var context = text[Math.Max(0, index - 24)..index].ToUpperInvariant();
        var named = !value.Contains('.', StringComparison.Ordinal) && (context.Contains("PHONE", StringComparison.Ordinal) || context.Contains("REACH", StringComparison.Ordinal) || context.Contains("CALL", StringComparison.Ordinal)
            || context.Contains("MOBILE", StringComparison.Ordinal) || context.Contains("TEL", StringComparison.Ordinal)
            || context.Contains("NUMBER", StringComparison.Ordinal) || context.Contains("TEXT ME", StringComparison.Ordinal)
            || context.Contains("WHATSAPP", StringComparison.Ordinal) || context.Contains("CELL", StringComparison.Ordinal));
        return formatted || named;
    }

    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex Iban();

    [GeneratedRegex(@"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")]
    private static partial Regex Card();

    [GeneratedRegex(@"(?<![\d-])(?<a>\d{3})([- ])(?<g>\d{2})\1(?<s>\d{4})(?![\d-])")]
    private static partial Regex Ssn();

    // A national identity, tax, social insurance or passport number after its name in one of seven languages (the short
    // acronyms in capitals only: German "nie" is "never"), then up to two linking words ("is", "es", "lautet", "n°").
    [GeneratedRegex(@"(?<![\w])(?:DNI|NIE|NIF|NIR|BSN|NINO|CPF|CURP|(?i:num[eé]ro de s[eé]cu|carte vitale|n[uú]mero de (?:la )?seguridad social|n[uú]mero de seguro social|cart[aã]o (?:do )?SUS|cart[aã]o nacional de sa[uú]de|tessera sanitaria|krankenversicherungsnummer|versichertennummer|sozialversicherungsausweis|NHS number|medicare number|documento nacional de identidad|codice fiscale|cod\. fiscale|burgerservicenummer|sofinummer|num[eé]ro de s[eé]curit[eé] sociale|num[eé]ro fiscal|n[uú]mero de identificaci[oó]n fiscal|personalausweisnummer|ausweisnummer|steuer-?id|steueridentifikationsnummer|sozialversicherungsnummer|national insurance number|national insurance|social insurance number|passport number|passport no|passport|pasaporte|passeport|reisepassnummer|reisepass|passaporto|passaporte|id card number|identity card number|national id number|national id|carte d'identit[eé]|carta d'identit[aà]|cart[aã]o de cidad[aã]o|identiteitsnummer|tax id|numero di previdenza))(?![\w])[^\w\n]{0,3}(?:(?i:is|es|est|ist|è|é|era|was|lautet|luidt|number|nummer|numero|número|no|nr|n°|nº|are|son|sont|sind|sono|são|sao|zijn)\.?[^\w\n]{0,3}){0,2}(?<number>[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[ .-]\d{2,}[A-Za-z]?){0,7})(?![\w])")]
    private static partial Regex NationalId();

    // A bank account, routing or sort code number after its name in one of seven languages, then up to two linking words.
    [GeneratedRegex(@"(?<![\w])(?i:routing (?:number|no)|aba (?:number|no)|sort code|account (?:number|no|nr)|acct(?: no)?|bank account|checking account|savings account|account|n[uú]mero de cuenta|cuenta bancaria|cuenta corriente|n[uú]mero da conta|n[uú]mero de conta|conta banc[aá]ria|conta corrente|num[eé]ro de compte|compte bancaire|compte courant|numero di conto|conto corrente|kontonummer|bankkonto|girokonto|rekeningnummer|bankrekening)(?![\w])[^\w\n]{0,3}(?:(?i:is|es|est|ist|è|é|era|was|lautet|luidt|number|nummer|numero|número|no|nr|n°|nº)\.?[^\w\n]{0,3}){0,2}(?<number>\d(?:[ -]?\d){5,19})(?![\w])")]
    private static partial Regex BankAccount();

    // A payment card's number after its name in one of seven languages, then up to two linking words.
    [GeneratedRegex(@"(?<![\w])(?i:credit ?card|debit ?card|card number|card no|bank ?card|payment card|creditcard|kreditkarte|kreditkartennummer|kartennummer|bankkarte|girokarte|ec-karte|carte (?:bancaire|de cr[eé]dit|de d[eé]bit|bleue)|num[eé]ro de (?:la )?carte|tarjeta(?: de cr[eé]dito| de d[eé]bito)?|n[uú]mero de (?:la )?tarjeta|carta di credito|carta di debito|carta prepagata|numero (?:della )?carta|cart[aã]o(?: de cr[eé]dito| de d[eé]bito)?|n[uú]mero do cart[aã]o|pinpas|betaalpas|bankpas|kaartnummer|visa|mastercard|amex)(?![\w])[^\w\n]{0,3}(?:(?i:is|es|est|ist|è|é|era|was|lautet|luidt|number|nummer|numero|número|no|nr|n°|nº)\.?[^\w\n]{0,3}){0,2}(?<number>\d(?:[ -]?\d){12,18})(?![\d-])")]
    private static partial Regex NamedCard();

    [GeneratedRegex(@"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]|\.\d)")]
    private static partial Regex IPv4();

    [GeneratedRegex(@"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![0-9A-Fa-f:])")]
    private static partial Regex IPv6();

    /// <summary>Dates (2026-11-25, 25.11.2026) and the social security number shape are not phone numbers.</summary>
    [GeneratedRegex(@"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{3}-\d{2}-\d{4})$")]
    private static partial Regex DateOrIdShape();

    [GeneratedRegex(@"(?<![\w+-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){1,4}(?![\w])")]
    private static partial Regex Phone();
}
