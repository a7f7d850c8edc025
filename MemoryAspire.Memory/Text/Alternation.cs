using System.Text;
using System.Text.RegularExpressions;

namespace MemoryAspire.Memory.Text;

/// <summary>
/// A pattern of the shape <c>prefix(?:branch|branch|...)suffix</c> run as one regex per branch, with the answers of the
/// whole pattern: the leftmost match, and of the matches starting there the first branch's. A backtracking regex of a
/// hundred branches, some opening with a lookbehind or <c>\w*</c>, has no literal to search for and tries every branch at
/// every position (the guard's harmless phrases took 100-250 ms on 32 KiB); each branch alone opens with letters the
/// engine finds with a vectorized search, so the set costs about what the branches that can match cost.
/// </summary>
internal sealed class Alternation
{
    private readonly Regex[] branches;

    public Alternation(string pattern, RegexOptions options, TimeSpan timeout)
    {
        var (prefix, parts, suffix) = Split(pattern);
        branches = [.. parts.Select(part => new Regex(prefix + "(?:" + part + ")" + suffix, options, timeout))];
    }

    public int Count => branches.Length;

    /// <summary>
    /// The pattern's outer group split at its top-level bars, with what stands before and after it. Throws when the
    /// pattern has no such group or has text after it that is not a plain suffix (the split would change its meaning).
    /// </summary>
    public static (string Prefix, IReadOnlyList<string> Branches, string Suffix) Split(string pattern)
    {
        var open = pattern.IndexOf("(?:", StringComparison.Ordinal);
        if (open < 0 || pattern.AsSpan(0, open).IndexOfAny('(', '|') >= 0)
        {
            throw new ArgumentException("The pattern must open with a plain prefix and a non-capturing group.", nameof(pattern));
        }

        List<string> parts = [];
        var depth = 0;
        var inClass = false;
        var start = open + 3;
        for (var i = start; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                // A ']' right after '[' or '[^' is a member of the class, not its end.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    i++;
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    i++;
                }
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && depth > 0)
            {
                depth--;
            }
            else if (c == ')')
            {
                parts.Add(pattern[start..i]);
                var suffix = pattern[(i + 1)..];
                if (suffix.IndexOfAny(['(', ')', '|', '*', '+', '?', '{']) >= 0)
                {
                    throw new ArgumentException("The text after the outer group must be a plain suffix.", nameof(pattern));
                }

                return (pattern[..open], parts, suffix);
            }
            else if (c == '|' && depth == 0)
            {
                parts.Add(pattern[start..i]);
                start = i + 1;
            }
        }

        throw new ArgumentException("The pattern's outer group is not closed.", nameof(pattern));
    }

    /// <summary>Replaces every match, as <see cref="Regex.Replace(string, MatchEvaluator)"/> on the whole pattern would.</summary>
    public string Replace(string input, MatchEvaluator evaluator)
    {
        // The next match of each branch at or after the position reached; null once a branch has none left.
        var next = new Match?[branches.Length];
        for (var b = 0; b < branches.Length; b++)
        {
            next[b] = Found(branches[b].Match(input));
        }

        StringBuilder? output = null;
        var copied = 0;
        var position = 0;
        while (position <= input.Length)
        {
            var best = -1;
            for (var b = 0; b < branches.Length; b++)
            {
                if (next[b] is { } stale && stale.Index < position)
                {
                    next[b] = Found(branches[b].Match(input, position));
                }

                if (next[b] is { } match && (best < 0 || match.Index < next[best]!.Index))
                {
                    best = b;
                }
            }

            if (best < 0)
            {
                break;
            }

            var hit = next[best]!;
            output ??= new StringBuilder(input.Length);
            output.Append(input, copied, hit.Index - copied).Append(evaluator(hit));
            copied = hit.Index + hit.Length;
            position = hit.Length == 0 ? copied + 1 : copied;
        }

        return output is null ? input : output.Append(input, copied, input.Length - copied).ToString();
    }

    private static Match? Found(Match match) => match.Success ? match : null;
}
