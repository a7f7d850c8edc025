using BenchmarkDotNet.Attributes;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Context;

namespace MemoryAspire.Benchmarks;

/// <summary>
/// <see cref="ContextAssembler.Assemble"/> with a warm cache: the window, summary, facts and recall hits are already loaded
/// (as ChatApi has them after Redis and the ranker answered), so this is the CPU cost of building one prompt.
/// </summary>
public class ContextAssemblyBenchmarks
{
    private ContextInput _typical = null!;
    private ContextInput _underPressure = null!;

    private const string Summary =
        "The user, Alex, is building a retrieval-augmented generation system in Python for the internal search team at Contoso. "
        + "The user started with ChromaDB as the vector store and later switched to Qdrant because payload filtering per tenant was needed. "
        + "Documents are split on headings first and then into chunks of 512 tokens with a 50-token overlap, which the user says works well. "
        + "Scanned PDFs produce noisy text, so the user plans an OCR clean-up step before chunking. "
        + "The assistant recommended a cross-encoder re-ranker over the top twenty hits and caching embeddings by a hash of the normalized text. "
        + "The user decided to log prompt tokens per request to track cost, and to build a small evaluation set of real support questions. "
        + "The first version must ship in three weeks; accuracy matters more than latency for this team. "
        + "Answers must cite the chunk id and page number.";

    [GlobalSetup]
    public void Setup()
    {
        var options = new MemoryOptions();
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        ProfileFact Fact(string key, string value, string category, double relevance) =>
            new(Guid.CreateVersion7(), key, value, category, 0.9, now.AddDays(-3), relevance);
        List<ProfileFact> facts =
        [
            Fact("name", "Alex", "identity", 1.0), Fact("project", "a RAG system", "project", 0.9), Fact("language", "Python", "technology", 0.8),
            Fact("vector store", "Qdrant", "technology", 0.8), Fact("employer", "Contoso", "work", 0.6), Fact("location", "Lisbon", "location", 0.5),
            Fact("orchestration", "LangChain", "technology", 0.4), Fact("answer style", "short answers with code samples", "preference", 0.3),
        ];
        var summary = new SummarySnapshot(Guid.CreateVersion7(), Summary, 40, "gpt-4o-mini", "summary-1", TokenCounter.Count(Summary));
        RecallHit Hit(string content, double score) => new(Guid.CreateVersion7(), Guid.CreateVersion7(), "user", content, now.AddDays(-12), score);
        List<RecallHit> recall =
        [
            Hit("Last week I tried re-ranking with a cross-encoder and precision went from 0.61 to 0.74 on our evaluation set, but latency doubled.", 0.9),
            Hit("We keep the page number and the chunk id in the metadata so that every answer can cite where it came from.", 0.7),
            Hit("Our tenants must never see each other's documents, so every query filters on the tenant id in the vector store.", 0.5),
        ];

        var conversation = new SampleConversation(seed: 7);
        var window = new List<WindowMessage>();
        for (var sequence = 41; window.Count < 15; sequence++)
        {
            var content = sequence % 2 == 1 ? conversation.UserMessage(sequence / 2 + 1) : conversation.AssistantReply();
            window.Add(new WindowMessage(Guid.CreateVersion7(), sequence, sequence % 2 == 1 ? "user" : "assistant", content, TokenCounter.Count(content)));
        }

        const string message = "Given the re-ranker results, should I keep Qdrant's payload filters or move tenant filtering into PostgreSQL?";
        var plan = StrategyPlanner.Plan(MemoryStrategies.Hybrid, 56, 3, options);
        _typical = new ContextInput(options.SystemPrompt, plan, facts, summary, recall, window, message, options.MaxContextTokens);

        // A budget two thirds of what the typical turn needs: recall, the least relevant facts and the oldest messages go.
        var needed = ContextAssembler.Assemble(_typical).Report.TotalTokens;
        _underPressure = _typical with { MaxTokens = needed * 2 / 3 };
        var report = ContextAssembler.Assemble(_underPressure).Report;
        if (report.OverBudget || report.Recall.Count > 0 || report.BufferMessages == window.Count)
        {
            throw new InvalidOperationException("The budget-pressure case does not drop sections as intended.");
        }

        Console.WriteLine($"// typical turn: {needed} tokens; under pressure: {report.TotalTokens} of {report.BudgetTokens} tokens, "
            + $"{report.Facts.Count} of {facts.Count} facts, {report.Recall.Count} of {recall.Count} recall hits, {report.BufferMessages} of {window.Count} messages kept");
    }

    [Benchmark(Description = "Assemble, hybrid, 8 facts + summary + 3 recall + 15 messages")]
    public AssembledContext Typical() => ContextAssembler.Assemble(_typical);

    [Benchmark(Description = "Assemble, same input, budget at 2/3: sections dropped")]
    public AssembledContext UnderPressure() => ContextAssembler.Assemble(_underPressure);
}
