using System.Text.RegularExpressions;
using MemoryAspire.Memory.Context;

namespace MemoryAspire.Recall.Benchmark;

/// <summary>The issue's rule: a gold answer reaches a prompt when at least half of its content words are in it.</summary>
public static partial class AnswerCheck
{
    private static readonly HashSet<string> Stopwords =
        [.. "a an the and or of to in on at for with by from is are was were be been it its this that these those as into about than then so do does did has have had not no i you he she they we me my your his her their our".Split(' ')];

    public static IReadOnlyList<string> ContentWords(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => !Stopwords.Contains(w)).Distinct()];

    public static bool Reaches(string gold, string prompt)
    {
        var words = ContentWords(gold);
        var present = new HashSet<string>(ContentWords(prompt));
        return words.Count > 0 && words.Count(present.Contains) * 2 >= words.Count;
    }

    /// <summary>A date (2024-06-11) is one word, so that its parts cannot be gathered from other dates.</summary>
    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

/// <summary>
/// What the benchmark compares the service with, computed here from the conversation itself: plain BM25 (k1 1.2, b 0.75) over
/// every line, best first until a token budget, and the whole history. Written apart from the service's ranker on purpose.
/// </summary>
public sealed class ReferenceRecall
{
    private readonly IReadOnlyList<string> _lines;
    private readonly List<Dictionary<string, int>> _terms;
    private readonly Dictionary<string, int> _df = [];
    private readonly double _avgdl;
    private readonly int[] _tokens;

    public ReferenceRecall(IReadOnlyList<string> lines)
    {
        _lines = lines;
        _terms = [.. lines.Select(l => AnswerCheckTerms(l))];
        foreach (var term in _terms.SelectMany(t => t.Keys))
        {
            _df[term] = _df.GetValueOrDefault(term) + 1;
        }

        _avgdl = _terms.Average(t => t.Values.Sum());
        _tokens = [.. lines.Select(l => TokenCounter.Count(l) + 1)];
        HistoryTokens = _tokens.Sum();
        History = string.Join("\n", lines);
    }

    public string History { get; }

    public int HistoryTokens { get; }

    private static Dictionary<string, int> AnswerCheckTerms(string text) =>
        Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value)
            .Where(w => AnswerCheck.ContentWords(w).Count > 0).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The best lines for <paramref name="question"/> until <paramref name="budget"/> tokens: the text and its tokens.</summary>
    public (string Text, int Tokens) Bm25(string question, int budget)
    {
        var used = 0;
        var text = new List<string>();
        foreach (var index in Ranking(question))
        {
            if (used + _tokens[index] > budget)
            {
                break;
            }

            used += _tokens[index];
            text.Add(_lines[index]);
        }

        return (string.Join("\n", text), used);
    }

    /// <summary>The lines that share a word with <paramref name="question"/>, best BM25 score first (the latest first among equals).</summary>
    public IEnumerable<int> Ranking(string question)
    {
        var query = AnswerCheck.ContentWords(question);
        var n = _lines.Count;
        var scored = new List<(int Index, double Score)>();
        for (var i = 0; i < n; i++)
        {
            var doc = _terms[i];
            var dl = doc.Values.Sum();
            var score = 0.0;
            foreach (var term in query)
            {
                if (doc.TryGetValue(term, out var tf))
                {
                    var df = _df[term];
                    score += Math.Log(1 + (n - df + 0.5) / (df + 0.5)) * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * dl / _avgdl));
                }
            }

            if (score > 0)
            {
                scored.Add((i, score));
            }
        }

        return scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.Index).Select(s => s.Index);
    }
}
