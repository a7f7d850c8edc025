using MemoryAspire.Memory.Jobs;
using System.Globalization;
using MemoryAspire.Memory;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Summaries;

namespace MemoryAspire.Benchmarks;

/// <summary>
/// Prompt tokens per turn over a 300-turn conversation: full history against hybrid memory, built by the engine's own pieces
/// with default <see cref="MemoryOptions"/>. Between turns the memory jobs run as MemoryWorker would run them: the rule-based
/// extractor on the user's message (facts above the confidence floor, a new value superseding the old one), and compaction
/// of the oldest half of the uncovered messages once <see cref="MemoryOptions.SummaryThreshold"/> are uncovered, with the
/// extractive summarizer. Not simulated: the PostgreSQL ranker. Every current fact (up to MaxFactsInjected) is injected,
/// which is an upper bound on the profile block; recall is empty because the conversation is the user's only session.
/// </summary>
public static class TokenSavings
{
    public const int Turns = 300;
    private static readonly int[] Reported = [1, 10, 50, 100, 200, 300];

    public static async Task RunAsync()
    {
        var options = new MemoryOptions();
        var conversation = new SampleConversation();
        var extractor = new RuleBasedFactExtractor();
        var summarizer = new ExtractiveSummarizer();
        var start = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

        var messages = new List<WindowMessage>();
        var facts = new Dictionary<string, ProfileFact>(StringComparer.OrdinalIgnoreCase);
        SummarySnapshot? summary = null;
        long fullTotal = 0, hybridTotal = 0;
        var rows = new List<(int Turn, int Full, int Hybrid, int Facts, int Window, int SummaryTokens)>();
        var systemTokens = TokenCounter.CountMessage(options.SystemPrompt);

        for (var turn = 1; turn <= Turns; turn++)
        {
            var message = conversation.UserMessage(turn);
            var full = systemTokens + messages.Sum(m => m.Tokens + TokenCounter.PerMessageOverhead) + TokenCounter.CountMessage(message);

            // What ConversationEngine.AssembleAsync hands the assembler for a hybrid session.
            var plan = StrategyPlanner.Plan(MemoryStrategies.Hybrid, messages.Count + 1, 1, options);
            var through = summary?.ThroughSequence ?? 0;
            var profile = facts.Values.OrderByDescending(f => f.ObservedAt).Take(options.MaxFactsInjected).ToList();
            var input = new ContextInput(options.SystemPrompt, plan, profile, summary, [], [.. messages.Where(m => m.Sequence > through)], message, options.MaxContextTokens);
            var report = ContextAssembler.Assemble(input).Report;

            fullTotal += full;
            hybridTotal += report.TotalTokens;
            if (Reported.Contains(turn))
            {
                var summaryTokens = report.Sections.Single(s => s.Name == ContextSections.Summary).Tokens;
                rows.Add((turn, full, report.TotalTokens, report.Facts.Count, report.BufferMessages, summaryTokens));
            }

            var at = start.AddMinutes(turn);
            messages.Add(Message(messages.Count + 1, "user", message));
            foreach (var fact in await ExtractAsync(extractor, message, options))
            {
                if (!facts.TryGetValue(fact.Key, out var current) || !string.Equals(current.Value, fact.Value, StringComparison.OrdinalIgnoreCase))
                {
                    facts[fact.Key] = new ProfileFact(Guid.CreateVersion7(), fact.Key, fact.Value, fact.Category, fact.Confidence, at, 1);
                }
            }

            messages.Add(Message(messages.Count + 1, "assistant", conversation.AssistantReply()));
            summary = await CompactAsync(summarizer, summary, messages, options) ?? summary;
        }

        var saved = 1 - (double)hybridTotal / fullTotal;
        Console.WriteLine();
        Console.WriteLine("| turn | full history (tokens) | hybrid (tokens) | hybrid: facts / summary tokens / verbatim messages |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(Invariant($"| {row.Turn} | {row.Full:N0} | {row.Hybrid:N0} | {row.Facts} / {row.SummaryTokens} / {row.Window} |"));
        }

        Console.WriteLine(Invariant($"| **total, {Turns} turns** | **{fullTotal:N0}** | **{hybridTotal:N0}** | **{saved * 100:F1}% fewer** |"));
        Console.WriteLine();
        Console.WriteLine(Invariant($"Defaults: BufferSize {options.BufferSize}, SummaryThreshold {options.SummaryThreshold}, MaxContextTokens {options.MaxContextTokens}, o200k tokens with {TokenCounter.PerMessageOverhead} per message; target: 90% fewer."));
    }

    private static WindowMessage Message(long sequence, string role, string content) =>
        new(Guid.CreateVersion7(), sequence, role, content, TokenCounter.Count(content));

    /// <summary>FactExtraction's rules: above the confidence floor, one fact per key (the most confident).</summary>
    private static async Task<IEnumerable<ExtractedFact>> ExtractAsync(RuleBasedFactExtractor extractor, string message, MemoryOptions options) =>
        FactExtraction.Keep(await extractor.ExtractAsync(message, CancellationToken.None), options.MinFactConfidence);

    /// <summary>SummaryCompaction's rule: once SummaryThreshold messages are uncovered, fold the oldest half into the summary.</summary>
    private static async Task<SummarySnapshot?> CompactAsync(ExtractiveSummarizer summarizer, SummarySnapshot? previous, List<WindowMessage> messages, MemoryOptions options)
    {
        var through = previous?.ThroughSequence ?? 0;
        var fold = SummaryCompaction.MessagesToFold([.. messages.Where(m => m.Sequence > through)], options.SummaryThreshold);
        if (fold.Count == 0)
        {
            return null;
        }

        var result = await summarizer.SummarizeAsync(new SummaryRequest(previous?.Content, [.. fold.Select(m => new TranscriptLine(m.Role, m.Content))]), CancellationToken.None);
        var text = result.Text.Trim();
        return new SummarySnapshot(Guid.CreateVersion7(), text, fold[^1].Sequence, result.Model, result.PromptVersion, TokenCounter.Count(text));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
