using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MemoryAspire.Memory.Context;
using MemoryAspire.Memory.Text;
using Microsoft.Extensions.AI;

namespace MemoryAspire.Memory.Models;

/// <summary>
/// The provider used when no model is configured: says plainly that it is not a language model, reports the memory
/// it was given, and quotes the remembered facts that match the question. Deterministic: same messages, same reply.
/// </summary>
public sealed partial class OfflineChatClient : IChatClient
{
    public const string ProviderName = "offline";
    public const string ModelName = "offline";

    public const string ProfileMarker = "[User profile]:";
    public const string SummaryMarker = "[Conversation history summary]:";
    public const string RelatedMarker = "[Related earlier conversations]:";

    private const string Disclosure =
        "This is MemoryAspire's offline provider: no language model is configured, so this reply is assembled by rules. "
        + "To use a model, set ConnectionStrings:openai to Endpoint=...;Key=...;Model=...";

    private const int MaxQuotedFacts = 3;
    private const int MaxQuotedSentences = 2;

    private static readonly string[] Markers = [ProfileMarker, SummaryMarker, RelatedMarker];
    private static readonly ChatClientMetadata Metadata = new(ProviderName, null, ModelName);

    // Words that shape a question without saying what it is about.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "i", "me", "my", "you", "your", "we", "our", "us", "it", "its", "this", "that", "these", "those",
        "what", "which", "who", "where", "when", "why", "how", "is", "are", "was", "were", "am", "be", "been", "do", "does",
        "did", "can", "could", "would", "should", "will", "have", "has", "had", "remind", "tell", "say", "said", "know",
        "remember", "recall", "using", "use", "used", "again", "please", "of", "for", "to", "in", "on", "with", "and", "or",
        "about", "any", "some", "so", "now", "just", "also", "hi", "hello", "hey", "thanks", "want", "like", "mean", "think",
        "there", "here", "if", "not", "no", "yes", "ok", "okay", "earlier", "before", "last", "time", "one",
    };

    private sealed record GivenMemory(
        IReadOnlyList<string> ProfileFacts,
        string? Summary,
        string? Related,
        IReadOnlyList<string> EarlierUserMessages,
        int EarlierMessageCount);

    private sealed record Turn(string Reply, string ResponseId, UsageDetails Usage);

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();

        var turn = Answer([.. messages]);
        var reply = new ChatMessage(ChatRole.Assistant, turn.Reply) { MessageId = turn.ResponseId };
        return Task.FromResult(new ChatResponse(reply)
        {
            ResponseId = turn.ResponseId,
            ModelId = ModelName,
            FinishReason = ChatFinishReason.Stop,
            Usage = turn.Usage,
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await Task.CompletedTask;

        var turn = Answer([.. messages]);
        foreach (Match chunk in WordChunk().Matches(turn.Reply))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new ChatResponseUpdate(ChatRole.Assistant, chunk.Value)
            {
                ResponseId = turn.ResponseId,
                MessageId = turn.ResponseId,
                ModelId = ModelName,
            };
        }

        yield return new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(turn.Usage)])
        {
            ResponseId = turn.ResponseId,
            MessageId = turn.ResponseId,
            ModelId = ModelName,
            FinishReason = ChatFinishReason.Stop,
        };
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
    }

    private static Turn Answer(IReadOnlyList<ChatMessage> messages)
    {
        var lastUser = messages.LastOrDefault(m => m.Role == ChatRole.User);
        var memory = ReadMemory(messages, lastUser);
        var reply = string.Join('\n', Disclosure, DescribeMemory(memory), Respond(memory, lastUser?.Text));

        var input = messages.Sum(m => (long)TokenCounter.Count(m.Text));
        var output = TokenCounter.Count(reply);
        var usage = new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
        return new Turn(reply, ResponseIdOf(messages), usage);
    }

    private static GivenMemory ReadMemory(IReadOnlyList<ChatMessage> messages, ChatMessage? lastUser)
    {
        var blocks = messages.Where(m => m.Role == ChatRole.System).SelectMany(m => Blocks(m.Text))
            .GroupBy(b => b.Marker)
            .ToDictionary(g => g.Key, g => string.Join('\n', g.Select(b => b.Content)));

        var profile = blocks.TryGetValue(ProfileMarker, out var list)
            ? list.Split(['|', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        var earlier = messages.Where(m => (m.Role == ChatRole.User || m.Role == ChatRole.Assistant) && !ReferenceEquals(m, lastUser)).ToList();
        return new GivenMemory(
            profile,
            Unquoted(blocks.GetValueOrDefault(SummaryMarker)),
            blocks.GetValueOrDefault(RelatedMarker),
            [.. earlier.Where(m => m.Role == ChatRole.User).Select(m => m.Text)],
            earlier.Count);
    }

    /// <summary>A block's content without the quotes the assembler puts around stored text.</summary>
    private static string? Unquoted(string? content) =>
        content is { Length: >= 2 } && content[0] == '"' && content[^1] == '"' ? content[1..^1] : content;

    /// <summary>The memory blocks in one system message; each runs from its marker to the next marker or the end.</summary>
    private static IEnumerable<(string Marker, string Content)> Blocks(string text)
    {
        var found = Markers
            .Select(marker => (Marker: marker, Index: text.IndexOf(marker, StringComparison.Ordinal)))
            .Where(m => m.Index >= 0)
            .OrderBy(m => m.Index)
            .ToList();
        for (var i = 0; i < found.Count; i++)
        {
            var start = found[i].Index + found[i].Marker.Length;
            var end = i + 1 < found.Count ? found[i + 1].Index : text.Length;
            var content = text[start..end].Trim();
            if (content.Length > 0)
            {
                yield return (found[i].Marker, content);
            }
        }
    }

    private static string DescribeMemory(GivenMemory memory)
    {
        var parts = new List<string>();
        if (memory.ProfileFacts.Count > 0)
        {
            var keys = memory.ProfileFacts.Select(f => f.Split(':', 2)[0].Trim());
            parts.Add(Invariant($"a user profile with {Plural(memory.ProfileFacts.Count, "fact")} ({string.Join(", ", keys)})"));
        }

        if (memory.Summary is { } summary)
        {
            parts.Add(Invariant($"a conversation summary ({Plural(Sentences.CountWords(summary), "word")})"));
        }

        if (memory.Related is { } related)
        {
            var excerpts = related.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
            parts.Add(Invariant($"{Plural(excerpts, "excerpt")} from earlier conversations"));
        }

        if (memory.EarlierMessageCount > 0)
        {
            parts.Add(Invariant($"{Plural(memory.EarlierMessageCount, "earlier message")} in this conversation"));
        }

        return parts.Count == 0 ? "Memory given: none." : "Memory given: " + string.Join("; ", parts) + ".";
    }

    private static string Respond(GivenMemory memory, string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return "There is no user message to answer.";
        }

        var terms = Terms(question);
        if (terms.Count == 0)
        {
            return "Without a language model I can only quote remembered facts that match your message, and none do.";
        }

        var facts = Best(memory.ProfileFacts, terms, minimumScore: 1).Take(MaxQuotedFacts).ToList();
        if (facts.Count > 0)
        {
            return "From memory: " + string.Join("; ", facts.Select(f => f.TrimEnd('.'))) + ".";
        }

        var sources = new (string Label, IEnumerable<string> Text)[]
        {
            ("conversation summary", Sentences.Split(memory.Summary)),
            ("earlier conversations", Sentences.Split(memory.Related)),
            ("earlier in this conversation", memory.EarlierUserMessages.SelectMany(Sentences.Split).Where(s => !Sentences.IsQuestion(s)).Reverse()),
        };
        var quotes = sources
            .SelectMany(source => source.Text.Select(sentence => (source.Label, Sentence: sentence)))
            .Select(q => (q.Label, q.Sentence, Score: Score(q.Sentence, terms)))
            .Where(q => q.Score >= Math.Min(2, terms.Count))
            .OrderByDescending(q => q.Score)
            .Take(MaxQuotedSentences)
            .Select(q => Invariant($"\"{q.Sentence}\" ({q.Label})"))
            .ToList();

        return quotes.Count > 0
            ? "From memory: " + string.Join(" ", quotes)
            : "Nothing in the memory I was given matches your message, and without a language model I cannot answer it.";
    }

    private static IEnumerable<string> Best(IEnumerable<string> candidates, HashSet<string> terms, int minimumScore) =>
        candidates.Select(c => (Text: c, Score: Score(c, terms)))
            .Where(c => c.Score >= minimumScore)
            .OrderByDescending(c => c.Score)
            .Select(c => c.Text);

    private static int Score(string text, HashSet<string> terms) => Terms(text).Count(terms.Contains);

    /// <summary>The words a text is about, lightly stemmed so "stores" meets "store".</summary>
    private static HashSet<string> Terms(string text) =>
        Sentences.Words(text).Where(w => !QuestionWords.Contains(w)).Select(Stem).Where(w => w.Length > 1 && !QuestionWords.Contains(w)).ToHashSet();

    private static string Stem(string word)
    {
        var upper = word.ToUpperInvariant();
        if (upper.EndsWith("'S", StringComparison.Ordinal))
        {
            upper = upper[..^2];
        }

        return upper switch
        {
            { Length: > 4 } when upper.EndsWith("IES", StringComparison.Ordinal) => upper[..^3] + "Y",
            { Length: > 3 } when upper.EndsWith('S') && !upper.EndsWith("SS", StringComparison.Ordinal) => upper[..^1],
            _ => upper,
        };
    }

    private static string ResponseIdOf(IReadOnlyList<ChatMessage> messages)
    {
        var transcript = string.Concat(messages.Select(m => m.Role.Value + "\u001f" + m.Text + "\u001e"));
        return "offline-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(transcript)))[..24];
    }

    private static string Plural(int count, string noun) =>
        Invariant($"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\S+\s*")]
    private static partial Regex WordChunk();
}
