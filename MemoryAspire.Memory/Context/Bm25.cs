namespace MemoryAspire.Memory.Context;

/// <summary>One term of a message as the recall index stores it: its key and its weight in that message.</summary>
public readonly record struct RecallPostingEntry(long Term, float Weight);

/// <summary>
/// BM25 (k1 1.2, b 0.75) with a user's own statistics. The index stores each term's weight in its message computed with a
/// fixed reference length (<see cref="ReferenceLength"/>), so that a term's best messages are the first entries of an index
/// ordered by weight; the chat path rescores its few candidates with the user's actual average length.
/// </summary>
public static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Terms in a typical chat line: what the stored weights assume the average length to be.</summary>
    public const double ReferenceLength = 12;

    public static double Idf(long documents, long documentFrequency) =>
        Math.Log(1 + (Math.Max(documents, documentFrequency) - documentFrequency + 0.5) / (documentFrequency + 0.5));

    public static double TermWeight(int frequency, int length, double averageLength) =>
        frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / Math.Max(1, averageLength)));

    /// <summary>The index entries of one message: each distinct term once, with its weight; and the message's length in terms.</summary>
    public static (IReadOnlyList<RecallPostingEntry> Entries, int Length) Postings(string content)
    {
        var terms = RecallText.Terms(content);
        var entries = terms.GroupBy(t => t.Key)
            .Select(g => new RecallPostingEntry(g.Key, (float)TermWeight(g.Count(), terms.Count, ReferenceLength)))
            .ToList();
        return (entries, terms.Count);
    }
}
