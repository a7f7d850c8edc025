using MemoryAspire.Memory.Text;
using System.Globalization;
using System.Text;

namespace MemoryAspire.Memory.Context;

/// <summary>A message after a candidate in its session (the reply to it, and the next line).</summary>
public sealed record RecallNeighbour(long Sequence, string Role, string Content);

/// <summary>An earlier message that matched the new one, as the index found it: <see cref="Score"/> is the index's estimate.</summary>
public sealed record RecallCandidate(Guid MessageId, Guid SessionId, long Sequence, string Role, string Content, DateTimeOffset At, double Score)
{
    /// <summary>The next messages of its session, read only for a candidate that asks something (its answer follows it).</summary>
    public IReadOnlyList<RecallNeighbour> Following { get; init; } = [];
}

/// <summary>The user's recall statistics for the new message's terms: indexed messages, their average length, each term's document frequency.</summary>
public sealed record RecallStatistics(long Documents, double AverageLength, IReadOnlyDictionary<long, int> DocumentFrequency)
{
    /// <summary>Terms followed one hop from the best matches (the ranker's choice), with their document frequency.</summary>
    public IReadOnlyDictionary<long, int> Expansion { get; init; } = new Dictionary<long, int>();

    public static RecallStatistics None { get; } = new(0, Bm25.ReferenceLength, new Dictionary<long, int>());
}

public sealed record RecallCandidates(IReadOnlyList<RecallCandidate> Items, RecallStatistics Statistics)
{
    /// <summary>Candidates found by the question's vector (<see cref="VectorRecall"/>), <see cref="RecallCandidate.Score"/> being their cosine.</summary>
    public IReadOnlyList<RecallCandidate> Semantic { get; init; } = [];

    public static RecallCandidates None { get; } = new([], RecallStatistics.None);
}

/// <summary>
/// Picks what recall injects: candidates rescored with BM25 on the user's own statistics, terms written as names (or found in
/// the user's profile facts) weighing more, adjacent query words found adjacent weighing more, the terms the ranker followed
/// one hop weighing less, recency breaking ties only; hits far weaker than the best are left out;
/// a hit that repeats an earlier pick or what the profile and summary already say is left out; a question is shown with
/// what followed it (its answer), and hits next to each other in one session become one excerpt; best first until
/// <c>budget</c> tokens are used.
/// </summary>
public static class RecallSelection
{
    /// <summary>How much more a term counts when the message writes it as a name or the profile holds it.</summary>
    public const double EntityBoost = 1.5;

    /// <summary>Share of a pair's idf added when two adjacent words of the message are adjacent in a hit.</summary>
    public const double PhraseBoost = 0.5;

    /// <summary>A hit whose terms overlap this much (Jaccard) with one already picked is a near-duplicate.</summary>
    public const double DuplicateOverlap = 0.7;

    /// <summary>A hit whose terms are at least this much in the profile and summary adds nothing.</summary>
    public const double CoveredShare = 0.8;

    /// <summary>What a term followed one hop from the best matches counts for, against a term of the message.</summary>
    public const double ExpansionWeight = 0.5;

    /// <summary>Hits scoring under this share of the best one are left out: a lone common word is no match.</summary>
    public const double RelativeFloor = 0.05;

    /// <summary>Vector candidates less similar than this to the question are no match (small talk scores about 0.05 to 0.15 against a question).</summary>
    public const double MinSimilarity = 0.15;

    /// <summary>Reciprocal-rank fusion's constant: a candidate's share is 1 / (60 + its rank) in each ranking that holds it.</summary>
    public const double FusionRank = 60;

    /// <summary>One stored message is shown up to this many characters.</summary>
    public const int MaxLineChars = 600;

    public static IReadOnlyList<RecallHit> Select(RecallCandidates candidates, string message, IReadOnlyList<ProfileFact> facts, string? summary, int budget)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(facts);
        if (candidates.Items.Count == 0 && candidates.Semantic.Count == 0 || budget <= 0)
        {
            return [];
        }

        var known = new HashSet<long>(facts.SelectMany(f => RecallText.Terms($"{f.Key} {f.Value}")).Concat(RecallText.Terms(summary ?? "")).Select(t => t.Key));
        var profileTerms = new HashSet<long>(facts.SelectMany(f => RecallText.Terms(f.Value)).Select(t => t.Key));
        var ordered = Fused(Lexical(candidates, message, profileTerms), Semantic(candidates));

        var excerpts = new List<Excerpt>();
        var picked = new List<HashSet<long>>();
        var used = 0;
        foreach (var (candidate, terms, score) in ordered)
        {
            // Numbers (dates, times) aside: the same words on another day are the same thing said again.
            var keys = new HashSet<long>(terms.Where(t => !t.Stem.All(char.IsAsciiDigit)).Select(t => t.Key));
            if (keys.Count > 0 && keys.Count(known.Contains) >= CoveredShare * keys.Count || picked.Any(p => Overlap(p, keys) >= DuplicateOverlap))
            {
                continue;
            }

            var lines = Lines(candidate);
            if (excerpts.FirstOrDefault(e => e.Touches(candidate.SessionId, lines)) is { } near)
            {
                var merged = near.With(lines);
                var extra = merged.Tokens - near.Tokens;
                if (used + extra <= budget)
                {
                    excerpts[excerpts.IndexOf(near)] = merged;
                    used += extra;
                    picked.Add(keys);
                }

                continue;
            }

            var excerpt = new Excerpt(candidate, score, lines);
            if (used + excerpt.Tokens <= budget)
            {
                excerpts.Add(excerpt);
                used += excerpt.Tokens;
                picked.Add(keys);
            }
        }

        return [.. excerpts.Select(e => e.ToHit())];
    }

    private sealed record Ranked(RecallCandidate Candidate, List<RecallTerm> Terms, double Score);

    /// <summary>The lexical candidates rescored with BM25 and boosts, best first, those under the floor left out.</summary>
    private static List<Ranked> Lexical(RecallCandidates candidates, string message, HashSet<long> profileTerms)
    {
        var query = Query(message, candidates.Statistics, profileTerms);
        var ranked = candidates.Items
            .Select(c => new Ranked(c, RecallText.Terms(c.Content), 0))
            .Select(c => c with { Score = Score(query, c.Terms, candidates.Statistics.AverageLength) })
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Candidate.At).ThenByDescending(c => c.Candidate.Sequence)
            .ToList();
        var floor = ranked.Count == 0 ? 0 : ranked[0].Score * RelativeFloor;
        return [.. ranked.TakeWhile(r => r.Score >= floor)];
    }

    /// <summary>The vector candidates similar enough to the question, most similar first.</summary>
    private static List<Ranked> Semantic(RecallCandidates candidates) =>
    [
        .. candidates.Semantic.Where(c => c.Score >= MinSimilarity)
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.At).ThenByDescending(c => c.Sequence)
            .Select(c => new Ranked(c, RecallText.Terms(c.Content), c.Score)),
    ];

    /// <summary>
    /// Both rankings as one by reciprocal rank (a candidate in both counts in both); with no vector candidates, the lexical
    /// ranking as it is, with its BM25 scores.
    /// </summary>
    private static List<Ranked> Fused(List<Ranked> lexical, List<Ranked> semantic)
    {
        if (semantic.Count == 0)
        {
            return lexical;
        }

        var fused = new Dictionary<Guid, Ranked>();
        foreach (var list in (List<Ranked>[])[lexical, semantic])
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                var share = 1 / (FusionRank + rank + 1);
                var item = list[rank];
                fused[item.Candidate.MessageId] = fused.TryGetValue(item.Candidate.MessageId, out var seen)
                    ? seen with { Score = seen.Score + share }
                    : item with { Score = share };
            }
        }

        return [.. fused.Values.OrderByDescending(r => r.Score).ThenByDescending(r => r.Candidate.At).ThenByDescending(r => r.Candidate.Sequence)];
    }

    /// <summary>How a hit reads in the prompt: <c>[2026-03-14] you: ...</c>, its following lines indented under it.</summary>
    /// <summary>
    /// A hit as the prompt shows it: its date and speaker, then each line's words as quoted data (<see cref="ContextAssembler.Quoted"/>),
    /// so that nothing a user once wrote can end the recall block, open another or speak as a role.
    /// </summary>
    public static string Render(RecallHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var lines = hit.Content.Split('\n');
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"[{hit.At:yyyy-MM-dd}] {Speaker(hit.Role)}: {ContextAssembler.Quoted(lines[0])}"));
        foreach (var line in lines.Skip(1))
        {
            var speaker = FollowingSpeakers.FirstOrDefault(s => line.StartsWith($"  {s}: ", StringComparison.Ordinal));
            text.Append("\n  ").Append(speaker is null ? ContextAssembler.Quoted(line) : $"{speaker}: {ContextAssembler.Quoted(line[(speaker.Length + 4)..])}");
        }

        return text.ToString();
    }

    private static readonly string[] FollowingSpeakers = ["you", "assistant"];

    public static string Speaker(string role) => role == "assistant" ? "assistant" : "you";

    private sealed record QueryTerm(long Key, double Idf, int Position);

    private static List<QueryTerm> Query(string message, RecallStatistics statistics, HashSet<long> profileTerms)
    {
        var terms = RecallText.Terms(message);
        var query = new List<QueryTerm>();
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (query.Any(q => q.Key == term.Key) || !statistics.DocumentFrequency.TryGetValue(term.Key, out var df) || df <= 0)
            {
                continue;
            }

            var boost = term.Capitalized || profileTerms.Contains(term.Key) ? EntityBoost : 1.0;
            query.Add(new QueryTerm(term.Key, Bm25.Idf(statistics.Documents, df) * boost, i));
        }

        foreach (var (key, df) in statistics.Expansion)
        {
            if (query.All(q => q.Key != key) && df > 0)
            {
                query.Add(new QueryTerm(key, Bm25.Idf(statistics.Documents, df) * ExpansionWeight, int.MinValue));
            }
        }

        return query;
    }

    private static double Score(List<QueryTerm> query, List<RecallTerm> terms, double averageLength)
    {
        var score = 0.0;
        foreach (var q in query)
        {
            var tf = terms.Count(t => t.Key == q.Key);
            if (tf > 0)
            {
                score += q.Idf * Bm25.TermWeight(tf, terms.Count, averageLength);
            }
        }

        // Adjacent words of the message (next to each other, stopwords aside) found next to each other in the hit.
        for (var i = 0; i + 1 < query.Count; i++)
        {
            var (a, b) = (query[i], query[i + 1]);
            if (b.Position == a.Position + 1 && Enumerable.Range(0, Math.Max(0, terms.Count - 1)).Any(j => terms[j].Key == a.Key && terms[j + 1].Key == b.Key))
            {
                score += PhraseBoost * (a.Idf + b.Idf) / 2;
            }
        }

        return score;
    }

    /// <summary>Jaccard similarity: shared terms over all terms of the two.</summary>
    private static double Overlap(HashSet<long> a, HashSet<long> b)
    {
        var shared = a.Count(b.Contains);
        return shared == 0 ? 0 : (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The hit, and when it asks something, what followed it up to and including the next thing the user said.</summary>
    private static SortedDictionary<long, (string Role, string Content, DateTimeOffset At)> Lines(RecallCandidate candidate)
    {
        var lines = new SortedDictionary<long, (string, string, DateTimeOffset)> { [candidate.Sequence] = (candidate.Role, candidate.Content, candidate.At) };
        if (candidate.Content.Contains('?', StringComparison.Ordinal))
        {
            foreach (var next in candidate.Following.OrderBy(f => f.Sequence))
            {
                lines[next.Sequence] = (next.Role, next.Content, candidate.At);
                if (next.Role == "user")
                {
                    break;
                }
            }
        }

        return lines;
    }

    /// <summary>A line of an excerpt: on one line, cut between text elements.</summary>
    private static string Clip(string text) =>
        (text.Length > MaxLineChars ? TextCut.Prefix(text, MaxLineChars) + "…" : text).ReplaceLineEndings(" ");

    /// <summary>Consecutive lines of one session shown as one hit.</summary>
    private sealed class Excerpt
    {
        private readonly RecallCandidate _best;
        private readonly double _score;
        private readonly SortedDictionary<long, (string Role, string Content, DateTimeOffset At)> _lines;

        public Excerpt(RecallCandidate best, double score, SortedDictionary<long, (string Role, string Content, DateTimeOffset At)> lines)
        {
            _best = best;
            _score = score;
            _lines = lines;
            Tokens = TokenCounter.Count(Render(ToHit())) + 1;
        }

        public int Tokens { get; }

        public bool Touches(Guid session, SortedDictionary<long, (string Role, string Content, DateTimeOffset At)> lines) =>
            session == _best.SessionId && lines.Keys.First() <= _lines.Keys.Last() + 1 && lines.Keys.Last() >= _lines.Keys.First() - 1;

        public Excerpt With(SortedDictionary<long, (string Role, string Content, DateTimeOffset At)> lines)
        {
            var merged = new SortedDictionary<long, (string, string, DateTimeOffset)>(_lines);
            foreach (var (sequence, line) in lines)
            {
                merged[sequence] = line;
            }

            return new Excerpt(_best, _score, merged);
        }

        /// <summary>The first line carries the date and speaker; the lines after it only their speaker.</summary>
        public RecallHit ToHit()
        {
            var first = _lines.First().Value;
            var text = new StringBuilder(Clip(first.Content));
            foreach (var (_, line) in _lines.Skip(1))
            {
                text.Append("\n  ").Append(Speaker(line.Role)).Append(": ").Append(Clip(line.Content));
            }

            return new RecallHit(_best.MessageId, _best.SessionId, first.Role, text.ToString(), first.At, _score);
        }
    }
}
