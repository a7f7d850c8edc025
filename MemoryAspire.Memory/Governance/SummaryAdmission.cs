using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Governance;

/// <summary>What may be stored of a summary: its text without the sentences that carry an instruction, and why any were dropped.</summary>
public sealed record SummaryScreening(string Text, int Dropped, string? Reason)
{
    public bool Refused => Dropped > 0;
}

/// <summary>
/// Holds summaries to the same rules as facts: whichever summarizer wrote it, a sentence that is addressed to the assistant
/// or the system (<see cref="InstructionGuard"/>: an order, a claim of authority, a credential, talk of other users' data or
/// of the assistant's rules, imitated markup) is not stored, so an instruction copied from the transcript never becomes
/// the running summary injected into later prompts.
/// </summary>
public static class SummaryAdmission
{
    /// <summary>Added to the summary's prompt version when sentences were dropped, so the stored row says it was rebuilt.</summary>
    public const string ScreenedSuffix = "+screened";

    /// <summary>The summary kept when nothing of what the summarizers wrote may be stored.</summary>
    public const string NothingKept = "Nothing from these messages could be kept in the summary.";

    public static SummaryScreening Screen(string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return new SummaryScreening("", 0, null);
        }

        List<string> kept = [];
        var dropped = 0;
        string? reason = null;
        foreach (var sentence in Sentences.Split(summary))
        {
            if (InstructionGuard.Check(sentence) is { } why)
            {
                dropped++;
                reason ??= why;
                continue;
            }

            kept.Add(sentence);
        }

        // A summary with nothing to drop is stored exactly as written.
        return dropped == 0 ? new SummaryScreening(summary.Trim(), 0, null) : new SummaryScreening(string.Join(' ', kept), dropped, reason);
    }
}
