using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MemoryAspire.Memory.Text;
using AiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using AiChatRole = Microsoft.Extensions.AI.ChatRole;

namespace MemoryAspire.Memory.Context;

/// <summary>
/// Builds the prompt for one turn within a token budget. When it does not fit, parts are dropped in this order:
/// recall hits (weakest first), profile facts (least relevant first), buffer messages (oldest first), then the summary.
/// The system prompt and the new message are never dropped.
/// </summary>
public static partial class ContextAssembler
{
    public const string ProfilePrefix = "[User profile]: ";
    public const string SummaryPrefix = "[Conversation history summary]: ";
    public const string RecallPrefix = "[Related earlier conversations]:";

    public static AssembledContext Assemble(ContextInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = input.Plan;
        var systemTokens = TokenCounter.CountMessage(input.SystemPrompt);
        var messageTokens = TokenCounter.CountMessage(input.NewMessage);

        var facts = plan.Profile ? input.Facts.OrderByDescending(f => f.Relevance).ToList() : [];
        var recall = plan.Recall ? input.Recall.OrderByDescending(r => r.Score).ToList() : [];
        var window = plan.BufferLimit is { } limit ? input.Window.TakeLast(limit).ToList() : input.Window.ToList();
        var summary = plan.Summary ? input.Summary : null;
        var outOfWindow = input.Window.Count - window.Count;

        int droppedRecall = 0, droppedFacts = 0, droppedBuffer = 0;
        var droppedSummary = false;
        // Each section is counted once and again only when something is dropped from it.
        var profileTokens = BlockTokens(ProfileBlock(facts, input.Now, input.StaleAfter));
        var summaryTokens = BlockTokens(SummaryBlock(summary));
        var recallTokens = BlockTokens(RecallBlock(recall));
        var windowTokens = window.Sum(m => m.Tokens + TokenCounter.PerMessageOverhead);
        int Total() => systemTokens + messageTokens + profileTokens + summaryTokens + recallTokens + windowTokens;

        var total = Total();
        while (total > input.MaxTokens)
        {
            if (recall.Count > 0)
            {
                recall.RemoveAt(recall.Count - 1);
                recallTokens = BlockTokens(RecallBlock(recall));
                droppedRecall++;
            }
            else if (facts.Count > 0)
            {
                facts.RemoveAt(facts.Count - 1);
                profileTokens = BlockTokens(ProfileBlock(facts, input.Now, input.StaleAfter));
                droppedFacts++;
            }
            else if (window.Count > 0)
            {
                windowTokens -= window[0].Tokens + TokenCounter.PerMessageOverhead;
                window.RemoveAt(0);
                droppedBuffer++;
            }
            else if (summary is not null)
            {
                summary = null;
                summaryTokens = 0;
                droppedSummary = true;
            }
            else
            {
                break;
            }

            total = Total();
        }

        var messages = new List<AiChatMessage> { new(AiChatRole.System, input.SystemPrompt) };
        var profileBlock = ProfileBlock(facts, input.Now, input.StaleAfter);
        var summaryBlock = SummaryBlock(summary);
        var recallBlock = RecallBlock(recall);
        foreach (var block in new[] { profileBlock, summaryBlock, recallBlock })
        {
            if (block is not null)
            {
                messages.Add(new AiChatMessage(AiChatRole.System, block));
            }
        }

        messages.AddRange(window.Select(m => new AiChatMessage(m.Role == "assistant" ? AiChatRole.Assistant : AiChatRole.User, m.Content)));
        messages.Add(new AiChatMessage(AiChatRole.User, input.NewMessage));

        var overBudget = total > input.MaxTokens;
        string OverBudget(int dropped, string what) => dropped > 0 ? $"; {dropped} {what} dropped to fit the budget of {input.MaxTokens} tokens" : "";
        List<ContextSection> sections =
        [
            new(ContextSections.System, true, systemTokens, "always included", []),
            Section(ContextSections.Profile, plan.Profile, profileBlock, facts.Select(f => f.Id.ToString()),
                plan.Profile
                    ? (input.Facts.Count == 0 ? "no current fact is relevant to this message" : $"{facts.Count} of {input.Facts.Count} relevant facts") + OverBudget(droppedFacts, "facts")
                    : $"not used by the {plan.Effective} strategy"),
            Section(ContextSections.Summary, plan.Summary, summaryBlock, summary is null ? [] : [summary.Id.ToString()],
                plan.Summary
                    ? (droppedSummary ? $"dropped to fit the budget of {input.MaxTokens} tokens"
                        : summary is null ? "no summary yet: every message is still in the window"
                        : $"covers messages 1 to {summary.ThroughSequence}, made by {summary.Model} ({summary.PromptVersion})")
                    : $"not used by the {plan.Effective} strategy"),
            Section(ContextSections.Recall, plan.Recall, recallBlock, recall.Select(r => r.MessageId.ToString()),
                plan.Recall
                    ? (input.Recall.Count == 0 ? "nothing in earlier sessions matches this message" : $"{recall.Count} of {input.Recall.Count} matching earlier messages") + OverBudget(droppedRecall, "hits")
                    : $"not used by the {plan.Effective} strategy"),
            new(ContextSections.Buffer, window.Count > 0, window.Sum(m => m.Tokens + TokenCounter.PerMessageOverhead),
                (plan.BufferLimit is { } n ? $"the last {window.Count} of at most {n} messages" : $"{window.Count} messages not yet covered by the summary")
                    + (outOfWindow > 0 ? $"; {outOfWindow} older messages are outside the buffer" : "") + OverBudget(droppedBuffer, "oldest messages"),
                [.. window.Select(m => m.Id.ToString())]),
            new(ContextSections.Message, true, messageTokens, "the new message is always included", []),
        ];

        var report = new ContextReport(plan.Strategy, plan.Effective, total, input.MaxTokens, overBudget, sections, facts, summary?.Content, recall, window.Count);
        return new AssembledContext(messages, report);
    }

    /// <summary>
    /// <c>[User profile]: Name: "Alex" (2026-11-30) | Stack: "Python" (2025-01-02, possibly stale)</c>: each fact with the date
    /// it was last observed, marked when that is longer ago than <paramref name="staleAfter"/>. Values are quoted data
    /// (<see cref="Quoted"/>) and keys are flattened the same way, so stored text cannot end the block, open another or
    /// speak as a role.
    /// </summary>
    public static string? ProfileBlock(IReadOnlyList<ProfileFact> facts, DateTimeOffset? now = null, TimeSpan? staleAfter = null) =>
        facts.Count == 0 ? null : ProfilePrefix + string.Join(" | ", facts.Select(f => $"{DisplayKey(Flatten(f.Key))}: {Quoted(f.Value)} ({Observed(f, now, staleAfter)})"));

    /// <summary>
    /// Stored text as quoted data on one line: line breaks and control characters become spaces, the characters that delimit
    /// blocks, tags and fields (<c>[ ] { } &lt; &gt; |</c>) become harmless ones, double quotes and backticks become single
    /// quotes (so the quote cannot be closed from inside) and role prefixes ("system:") lose their colon.
    /// </summary>
    public static string Quoted(string text) => "\"" + Flatten(text) + "\"";

    public static bool IsPossiblyStale(DateTimeOffset observedAt, DateTimeOffset? now, TimeSpan? staleAfter) =>
        now is { } at && staleAfter is { } horizon && at - observedAt > horizon;

    private static string Observed(ProfileFact fact, DateTimeOffset? now, TimeSpan? staleAfter) =>
        fact.ObservedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (IsPossiblyStale(fact.ObservedAt, now, staleAfter) ? ", possibly stale" : "");

    private static string Flatten(string text)
    {
        var flat = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            flat.Append(c switch
            {
                '|' => '/',
                '[' or '{' or '<' => '(',
                ']' or '}' or '>' => ')',
                '"' or '`' or '\u201C' or '\u201D' => '\'',
                _ when char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format => ' ',
                _ => c,
            });
        }

        var line = string.Join(' ', flat.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return RolePrefix().Replace(line, "$1 -");
    }

    private static string? SummaryBlock(SummarySnapshot? summary) => summary is null ? null : SummaryPrefix + Quoted(summary.Content);

    private static string? RecallBlock(List<RecallHit> hits)
    {
        if (hits.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder(RecallPrefix);
        foreach (var hit in hits)
        {
            text.Append("\n- ").Append(RecallSelection.Render(hit));
        }

        return text.ToString();
    }

    public static string DisplayKey(string key) =>
        key.Length == 0 ? key : string.Concat(char.ToUpperInvariant(key[0]).ToString(), key[1..]);

    private static int BlockTokens(string? block) => block is null ? 0 : TokenCounter.CountMessage(block);

    private static ContextSection Section(string name, bool used, string? block, IEnumerable<string> ids, string reason) =>
        new(name, used && block is not null, BlockTokens(block), reason, [.. ids]);

    [GeneratedRegex(@"\b(system|assistant|developer|user|human|tool|function|admin|administrator)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RolePrefix();
}
