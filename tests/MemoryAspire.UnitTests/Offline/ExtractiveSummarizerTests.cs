using MemoryAspire.Memory.Models;
using MemoryAspire.Memory.Summaries;

namespace MemoryAspire.UnitTests.Offline;

public sealed class ExtractiveSummarizerTests
{
    private const string OfflineReply =
        "This is MemoryAspire's offline provider: no language model is configured.\nMemory given: none.";

    private static readonly ExtractiveSummarizer Summarizer = new();

    private static async Task<string> SummarizeAsync(string? previous, params (string Role, string Content)[] lines)
    {
        var request = new SummaryRequest(previous, [.. lines.Select(l => new TranscriptLine(l.Role, l.Content))]);
        return (await Summarizer.SummarizeAsync(request, CancellationToken.None)).Text;
    }

    private static (string, string)[] SeedTurns(int count) =>
        [.. SeedConversation.UserMessages.Take(count).SelectMany(m => new[] { ("user", m), ("assistant", OfflineReply) })];

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public async Task Summarizer_reports_the_offline_extractive_model_and_makes_no_model_call()
    {
        using var calls = ModelCallLog.Begin();
        var result = await Summarizer.SummarizeAsync(new SummaryRequest(null, [new("user", "I'm using ChromaDB.")]), CancellationToken.None);

        Assert.Equal(("offline-extractive", "extractive-1"), (result.Model, result.PromptVersion));
        Assert.Empty(calls.Calls);
    }

    [Fact]
    public async Task Summary_of_the_seed_conversation_keeps_ChromaDB_and_stays_under_150_words()
    {
        var summary = await SummarizeAsync(null, SeedTurns(3));

        Assert.Equal(
            "The user's name is Alex and they are building a RAG system in Python. "
            + "The user is using ChromaDB for the vector store. "
            + "The user's main challenge is chunking strategy for long PDFs.",
            summary);
        Assert.True(WordCount(summary) < 150);
    }

    [Fact]
    public async Task Running_summary_over_the_whole_seed_conversation_still_holds_every_key_fact()
    {
        var first = await SummarizeAsync(null, SeedTurns(3));
        var second = await SummarizeAsync(first, [.. SeedTurns(6).Skip(6)]);

        foreach (var fact in new[] { "Alex", "Python", "RAG system", "ChromaDB", "PDFs", "512 tokens with 50-token overlap", "entity extraction" })
        {
            Assert.Contains(fact, second, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("remind", second, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("offline provider", second, StringComparison.Ordinal);
        Assert.True(WordCount(second) < 150);
    }

    [Theory]
    [InlineData("I'm using ChromaDB for the vector store.", "The user is using ChromaDB for the vector store.")]
    [InlineData("I think 512 tokens with 50-token overlap is working well.", "The user thinks 512 tokens with 50-token overlap is working well.")]
    [InlineData("Now I want to add entity extraction from the retrieved chunks.", "Now the user wants to add entity extraction from the retrieved chunks.")]
    [InlineData("I've switched to Qdrant because I need filtering", "The user has switched to Qdrant because they need filtering.")]
    [InlineData("I really prefer TypeScript over JavaScript.", "The user really prefers TypeScript over JavaScript.")]
    [InlineData("Hi, I work at Contoso with my team.", "The user works at Contoso with their team.")]
    [InlineData("I decided to use Qdrant.", "The user decided to use Qdrant.")]
    [InlineData("I don't like Java, I prefer Kotlin.", "The user doesn't like Java, they prefer Kotlin.")]
    public async Task First_person_statements_are_rewritten_about_the_user(string message, string expected)
    {
        Assert.Equal(expected, await SummarizeAsync(null, ("user", message)));
    }

    [Fact]
    public async Task Greetings_questions_and_filler_are_dropped()
    {
        var summary = await SummarizeAsync(null,
            ("user", "Hi!"), ("user", "Thanks, that helps."), ("user", "Can you remind me what vector store I said I was using?"),
            ("user", "ok cool"), ("user", "what should I do next"));

        Assert.Equal("", summary);
    }

    [Fact]
    public async Task Assistant_boilerplate_is_dropped_but_assistant_decisions_are_kept()
    {
        var summary = await SummarizeAsync(null,
            ("assistant", "Sure! Here are some ideas about Python and ChromaDB you could try."),
            ("assistant", "We decided to use 512-token chunks with a 50-token overlap."));

        Assert.Equal("We decided to use 512-token chunks with a 50-token overlap.", summary);
    }

    [Fact]
    public async Task The_previous_summary_is_carried_forward_without_repeating_a_fact()
    {
        var summary = await SummarizeAsync("The user is using ChromaDB for the vector store.",
            ("user", "I'm using ChromaDB for the vector store."), ("user", "I live in Lisbon."));

        Assert.Equal("The user is using ChromaDB for the vector store. The user lives in Lisbon.", summary);
    }

    [Fact]
    public async Task A_long_conversation_drops_uninformative_sentences_before_names_and_numbers()
    {
        var lines = new List<(string, string)> { ("user", "My name is Alex."), ("user", "I'm using ChromaDB for the vector store.") };
        for (var i = 0; i < 40; i++)
        {
            lines.Add(("user", $"I think the approach is getting better every day, step {Words(i)}."));
        }

        lines.Add(("user", "I think retrieval quality matters most."));
        var summary = await SummarizeAsync(null, [.. lines]);

        Assert.Contains("Alex", summary, StringComparison.Ordinal);
        Assert.Contains("ChromaDB", summary, StringComparison.Ordinal);
        Assert.EndsWith("The user thinks retrieval quality matters most.", summary, StringComparison.Ordinal);
        Assert.True(WordCount(summary) < 150, $"{WordCount(summary)} words");

        static string Words(int i) => string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => "abcdefghij"[d - '0']));
    }

    [Fact]
    public async Task Many_informative_sentences_keep_the_newest_within_the_budget()
    {
        var lines = Enumerable.Range(1, 60).Select(i => ("user", $"I'm using Tool{i} for stage {i}.")).ToArray();

        var summary = await SummarizeAsync(null, lines);

        Assert.True(WordCount(summary) < 150, $"{WordCount(summary)} words");
        Assert.Contains("Tool60", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Tool1 ", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_32_KiB_message_is_summarized_under_150_words()
    {
        // Its time is a row of benchmarks/hostile-input.
        var summary = await SummarizeAsync(null, ("user", HostileInputs.ForSummary()));

        Assert.InRange(WordCount(summary), 1, 149);
        Assert.Contains("ChromaDB", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_input_gives_an_empty_summary()
    {
        Assert.Equal("", await SummarizeAsync(null));
        Assert.Equal("", await SummarizeAsync("  ", ("user", "")));
    }

    [Fact]
    public async Task Summarizing_is_deterministic()
    {
        Assert.Equal(await SummarizeAsync(null, SeedTurns(6)), await SummarizeAsync(null, SeedTurns(6)));
    }
}
