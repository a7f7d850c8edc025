using MemoryAspire.Memory.Context;

namespace MemoryAspire.Memory.Jobs;

/// <summary>The recall index entries of a batch of user messages, as columns for one <c>unnest</c> insert.</summary>
public sealed record RecallPostings(Guid[] Messages, long[] Terms, Guid[] Users, float[] Weights, RecallLengths Lengths)
{
    public bool IsEmpty => Messages.Length == 0;

    public static RecallPostings For(IEnumerable<SourceMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        List<Guid> ids = [], users = [], lengthIds = [], lengthUsers = [];
        List<long> terms = [];
        List<float> weights = [];
        List<int> lengths = [];
        foreach (var message in messages)
        {
            var (entries, length) = Bm25.Postings(message.Content);
            foreach (var entry in entries)
            {
                ids.Add(message.Id);
                terms.Add(entry.Term);
                users.Add(message.UserId);
                weights.Add(entry.Weight);
            }

            if (entries.Count > 0)
            {
                lengthIds.Add(message.Id);
                lengthUsers.Add(message.UserId);
                lengths.Add(length);
            }
        }

        return new RecallPostings([.. ids], [.. terms], [.. users], [.. weights], new RecallLengths([.. lengthIds], [.. lengthUsers], [.. lengths]));
    }
}

/// <summary>Each indexed message's length in terms, for its user's corpus statistics.</summary>
public sealed record RecallLengths(Guid[] Messages, Guid[] Users, int[] Terms);
