namespace MemoryAspire.Memory.Summaries;

/// <summary>One message of a transcript handed to a summarizer; <see cref="Role"/> is <c>user</c> or <c>assistant</c>.</summary>
public sealed record TranscriptLine(string Role, string Content);

public sealed record SummaryRequest(string? PreviousSummary, IReadOnlyList<TranscriptLine> Messages);

/// <summary>A running summary and what made it, recorded on the summary row (a model call's token usage goes to <c>ModelCallLog</c>).</summary>
public sealed record SummaryResult(string Text, string Model, string PromptVersion);

/// <summary>Folds messages into the running summary, keeping key facts, decisions and context in under about 150 words.</summary>
public interface IConversationSummarizer
{
    Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken);
}
