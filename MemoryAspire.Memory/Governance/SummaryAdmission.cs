using MemoryAspire.Memory.Summaries;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.Memory.Governance;

/// <summary>What may be stored of a summary: its text without the sentences that carry an instruction, and why any were dropped.</summary>
public sealed record SummaryScreening(string Text, int Dropped, string? Reason)
{
    public bool Refused => Dropped > 0;
}

/// <summary>What of a transcript a summarizer may read: its lines without the user's sentences that read as planted instructions, and why any were withheld.</summary>
public sealed record TranscriptScreening(IReadOnlyList<TranscriptLine> Lines, int Withheld, string? Reason);

/// <summary>
/// Holds summaries to the same rules as facts: whichever summarizer wrote it, a sentence that is addressed to the assistant
/// or the system (<see cref="InstructionGuard"/>: an order, a claim of authority, a credential, talk of other users' data or
/// of the assistant's rules, imitated markup) is not stored, so an instruction copied from the transcript never becomes
/// the running summary injected into later prompts. Before that, the transcript itself is screened (<see cref="Transcript"/>):
/// what the user says about themselves is what a fact would be made of, so a sentence of theirs that the fact gate's
/// learned filter refuses never reaches the summarizer, which could otherwise restate it in words the rules do not read.
/// </summary>
public static class SummaryAdmission
{
    /// <summary>Added to the summary's prompt version when sentences were dropped, so the stored row says it was rebuilt.</summary>
    public const string ScreenedSuffix = "+screened";

    /// <summary>The summary kept when nothing of what the summarizers wrote may be stored.</summary>
    public const string NothingKept = "Nothing from these messages could be kept in the summary.";

    private const string QuotesWithheld = "quotes a statement of the user's withheld from the summarizer";

    /// <summary>
    /// The transcript without the sentences of the user's lines that state something about the user (<see cref="SelfStatement"/>)
    /// and that the learned filter (<see cref="PoisoningModel"/>) reads as an attempt to plant an order, a claim of authority or
    /// a secret: the same judgement the fact gate makes of a message a fact is read from. Questions, requests and the
    /// assistant's lines pass as they are (the summary's own screen reads what is made of them), except a sentence that quotes
    /// one withheld; a line with nothing left is left out. The filter is not applied to the summary itself: it learned from
    /// users' messages, and reads a third-person account of a chat ("The assistant suggested ...") as one of them.
    /// </summary>
    public static TranscriptScreening Transcript(IReadOnlyList<TranscriptLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        List<TranscriptLine> kept = [];
        List<string> quotable = [];
        var withheld = 0;
        string? reason = null;
        foreach (var line in lines)
        {
            var fromUser = string.Equals(line.Role, "user", StringComparison.OrdinalIgnoreCase);
            if (!fromUser && quotable.Count == 0)
            {
                kept.Add(line);
                continue;
            }

            var sentences = Sentences.Split(line.Content);
            // PII is read as its kind ("[email]"), as the fact gate reads it. Another speaker's sentence is withheld when it
            // quotes one withheld from the user (an assistant that echoes what it was told).
            var planted = sentences.Select(s => fromUser
                ? SelfStatement.Judge(s).IsSelfStatement ? PoisoningModel.Refusal(PiiDetector.Redact(s)) : null
                : quotable.Any(q => s.Contains(q, StringComparison.OrdinalIgnoreCase)) ? QuotesWithheld : null).ToList();
            quotable.AddRange(sentences.Where((_, i) => fromUser && planted[i] is not null).Select(s => s.TrimEnd('.', '!', '?', ' ')));
            if (planted.All(p => p is null))
            {
                kept.Add(line);
                continue;
            }

            withheld += planted.Count(p => p is not null);
            reason ??= $"a statement of the user's that {planted.First(p => p is not null)}";
            var rest = string.Join(' ', sentences.Where((_, i) => planted[i] is null));
            if (rest.Length > 0)
            {
                kept.Add(line with { Content = rest });
            }
        }

        return new TranscriptScreening(kept, withheld, reason);
    }

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
