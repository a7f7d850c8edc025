using MemoryAspire.Memory.Storage;

namespace MemoryAspire.Memory.Governance;

/// <summary>What a new statement of a fact does to the user's current fact for the same key.</summary>
public enum FactChange
{
    /// <summary>No current fact for the key: the candidate becomes it.</summary>
    Create,

    /// <summary>The candidate becomes current; the old fact ends and links to it, and stays as history.</summary>
    Supersede,

    /// <summary>The same value again, from no higher an authority: the current fact gains a source and a fresher observed date.</summary>
    Confirm,

    /// <summary>A different value from a lower authority: kept as history, never current.</summary>
    Outranked,
}

/// <summary>
/// Fresh facts beat stale ones, and authority beats freshness: a system of record over the user's own correction over an
/// extracted fact, whatever the timestamps. Within one authority the newer statement wins.
/// </summary>
public static class FactPrecedence
{
    public static FactChange Decide(short? currentAuthority, string? currentValue, short candidateAuthority, string candidateValue)
    {
        ArgumentNullException.ThrowIfNull(candidateValue);
        if (currentAuthority is not { } authority || currentValue is null)
        {
            return FactChange.Create;
        }

        if (SameValue(currentValue, candidateValue))
        {
            // The same value from a higher authority becomes a new version carrying that authority.
            return candidateAuthority > authority ? FactChange.Supersede : FactChange.Confirm;
        }

        return candidateAuthority >= authority ? FactChange.Supersede : FactChange.Outranked;
    }

    public static bool SameValue(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Why an outranked statement is not current, as shown to the user.</summary>
    public static string OutrankedReason(short currentAuthority) =>
        $"not used: {FactAuthority.Describe(currentAuthority)} holds another value for this key";
}
