using MemoryAspire.Memory.Context;

namespace MemoryAspire.UnitTests.Memory;

public sealed class VectorRecallTests
{
    private static readonly DateTimeOffset Day = new(2024, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static RecallCandidate Candidate(string content, double score = 1.0, long sequence = 1) =>
        new(Guid.NewGuid(), Guid.NewGuid(), sequence, "user", content, Day, score);

    private static RecallCandidates Candidates(IReadOnlyList<RecallCandidate> lexical, IReadOnlyList<RecallCandidate> semantic, int others = 100)
    {
        var frequency = new Dictionary<long, int>();
        foreach (var key in lexical.SelectMany(i => RecallText.Terms(i.Content).Select(t => t.Key).Distinct()))
        {
            frequency[key] = frequency.GetValueOrDefault(key) + 1;
        }

        return new RecallCandidates(lexical, new RecallStatistics(lexical.Count + others, Bm25.ReferenceLength, frequency)) { Semantic = semantic };
    }

    private static float[] Unit(params float[] values)
    {
        var norm = MathF.Sqrt(values.Sum(v => v * v));
        return [.. values.Select(v => v / norm)];
    }

    [Fact]
    public void A_line_that_shares_no_word_with_the_question_is_recalled_by_its_vector()
    {
        var skoda = Candidate("[2024-03-02] Tom: The Skoda Octavia failed its inspection again.", score: 0.52);
        var lexical = Candidate("[2024-05-10] Tom: My car keys are somewhere in this flat.");

        var hits = RecallSelection.Select(Candidates([lexical], [skoda]), "What make and model is Tom's car?", [], null, 2000);

        Assert.Contains(hits, h => h.MessageId == skoda.MessageId && h.At == Day);
        Assert.Contains(hits, h => h.MessageId == lexical.MessageId);
    }

    [Fact]
    public void A_line_found_both_ways_ranks_first()
    {
        var both = Candidate("Tom: I finally bought a Skoda, a green one.", score: 0.48);
        var lexicalOnly = Candidate("Tom: Bought new curtains for the flat.");
        var semanticOnly = Candidate("Tom: The Octavia drives like a dream.", score: 0.61);

        var hits = RecallSelection.Select(Candidates([lexicalOnly, both], [semanticOnly, both]), "What car has Tom bought?", [], null, 2000);

        Assert.Equal(both.MessageId, hits[0].MessageId);
    }

    [Fact]
    public void Vector_candidates_below_the_similarity_floor_are_no_match()
    {
        var unrelated = Candidate("Maya: The weather was lovely all week.", score: RecallSelection.MinSimilarity - 0.01);

        Assert.Empty(RecallSelection.Select(Candidates([], [unrelated]), "What car does Tom drive?", [], null, 2000));
    }

    [Fact]
    public void Fused_hits_still_fill_only_the_budget()
    {
        var semantic = Enumerable.Range(0, 40).Select(i => Candidate($"Tom: line number {i} about something rather different, with enough words to cost tokens.", score: 0.9 - i * 0.01, sequence: i * 10)).ToList();

        var hits = RecallSelection.Select(Candidates([], semantic), "Anything?", [], null, 200);

        Assert.NotEmpty(hits);
        Assert.True(hits.Sum(h => TokenCounter.Count(RecallSelection.Render(h)) + 1) <= 200);
        Assert.True(hits.Count < semantic.Count);
    }

    [Fact]
    public void Quantized_vectors_keep_their_cosine()
    {
        var a = Unit(0.3f, -0.2f, 0.9f, 0.05f, -0.4f);
        var b = Unit(0.25f, -0.1f, 0.8f, 0.2f, -0.5f);

        Assert.Equal(VectorRecall.Dot(a, b), VectorRecall.Cosine(a, VectorRecall.Quantize(b)), 0.01);
        Assert.Equal(1.0, VectorRecall.Cosine(b, VectorRecall.Quantize(b)), 0.001);
    }

    [Fact]
    public void Cells_are_read_nearest_first_and_a_vector_is_filed_under_its_nearest_centroid()
    {
        float[][] centroids = [Unit(1, 0, 0), Unit(0, 1, 0), Unit(0, 0, 1)];
        var question = Unit(0.1f, 0.9f, 0.4f);

        Assert.Equal([1, 2, 0], VectorRecall.CellsByNearness(question, centroids));
        Assert.Equal(1, VectorRecall.Cell(question, centroids));
    }

    [Fact]
    public void K_means_separates_clear_groups_and_is_deterministic()
    {
        float[][] points = [Unit(1, 0.1f, 0), Unit(1, 0, 0.1f), Unit(0.9f, 0.1f, 0.1f), Unit(0, 0.1f, 1), Unit(0.1f, 0, 1), Unit(0, 0.2f, 0.9f)];

        var centroids = VectorRecall.Centroids(points, 2);

        Assert.Equal(VectorRecall.Centroids(points, 2), centroids);
        Assert.Equal(3, points.Count(p => VectorRecall.Cell(p, centroids) == VectorRecall.Cell(points[0], centroids)));
        Assert.NotEqual(VectorRecall.Cell(points[0], centroids), VectorRecall.Cell(points[3], centroids));
    }
}

public sealed class SentenceEmbedderTests
{
    private static readonly Lazy<SentenceEmbedder> Embedder = new(() => new SentenceEmbedder());

    [Fact]
    public void A_question_is_nearer_to_its_paraphrased_answer_than_to_small_talk()
    {
        var vectors = Embedder.Value.Embed(["What car does Daniel drive?", "The Skoda Octavia failed its inspection again.", "The weather was lovely all week."]);

        Assert.All(vectors, v => Assert.Equal(1.0, Math.Sqrt(VectorRecall.Dot(v, v)), 4));
        Assert.True(VectorRecall.Dot(vectors[0], vectors[1]) > VectorRecall.Dot(vectors[0], vectors[2]) + 0.1);
    }

    [Fact]
    public void A_text_has_the_same_vector_alone_and_in_a_batch_of_longer_ones()
    {
        var alone = Embedder.Value.Embed("Switched from coffee to cold brew.");
        var batched = Embedder.Value.Embed(["A much longer line about the half marathon in Vienna and how the legs felt afterwards.", "Switched from coffee to cold brew."])[1];

        Assert.Equal(1.0, VectorRecall.Dot(alone, batched), 4);
    }

    [Fact]
    public void Stored_text_with_noncharacters_and_a_lone_surrogate_is_embedded_as_the_text_without_them()
    {
        // Stored byte for byte (hostile input), refused by Unicode normalization: the worker's indexer once died on it.
        var vectors = Embedder.Value.Embed(["\uFEFFMy bike is\uFFFE a \uD800Brompton\uFDD0\U0010FFFF", "My bike is a Brompton"]);

        Assert.Equal(1.0, VectorRecall.Dot(vectors[0], vectors[1]), 2);
    }
}
