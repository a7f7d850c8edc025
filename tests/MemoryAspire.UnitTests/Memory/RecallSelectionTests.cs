using MemoryAspire.Memory.Context;

namespace MemoryAspire.UnitTests.Memory;

public sealed class RecallSelectionTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Session = Guid.NewGuid();

    private static RecallCandidate Candidate(string content, long sequence = 1, DateTimeOffset? at = null, Guid? session = null, string role = "user") =>
        new(Guid.NewGuid(), session ?? Guid.NewGuid(), sequence, role, content, at ?? Day, 1.0);

    /// <summary>Statistics as the index would hold them for these messages plus <paramref name="others"/> messages without their words.</summary>
    private static RecallCandidates Candidates(IReadOnlyList<RecallCandidate> items, int others = 100, IReadOnlyDictionary<long, int>? expansion = null)
    {
        var frequency = new Dictionary<long, int>();
        foreach (var key in items.SelectMany(i => RecallText.Terms(i.Content).Select(t => t.Key).Distinct()))
        {
            frequency[key] = frequency.GetValueOrDefault(key) + 1;
        }

        return new RecallCandidates(items, new RecallStatistics(items.Count + others, Bm25.ReferenceLength, frequency)
        {
            Expansion = expansion ?? new Dictionary<long, int>(),
        });
    }

    private static IReadOnlyList<RecallHit> Select(IReadOnlyList<RecallCandidate> items, string message, int budget = 2000, IReadOnlyList<ProfileFact>? facts = null,
        string? summary = null, int others = 100) =>
        RecallSelection.Select(Candidates(items, others), message, facts ?? [], summary, budget);

    [Fact]
    public void Inflections_meet_and_function_words_are_dropped()
    {
        Assert.Equal(RecallText.Stem("moved"), RecallText.Stem("moving"));
        Assert.Equal(RecallText.Stem("move"), RecallText.Stem("moves"));
        Assert.Equal(RecallText.Stem("running"), RecallText.Stem("run"));
        Assert.Equal(RecallText.Stem("cities"), RecallText.Stem("city"));
        Assert.Equal(["mov", "porto", "sister"], RecallText.Terms("When did I move to Porto with my sister?").Select(t => t.Stem));
    }

    [Fact]
    public void A_name_is_a_capitalized_word_that_does_not_start_a_sentence()
    {
        var terms = RecallText.Terms("Where does Maya live? Lisbon, I think.");

        Assert.True(terms.Single(t => t.Stem == "maya").Capitalized);
        Assert.False(terms.Single(t => t.Stem == "lisbon").Capitalized);
    }

    [Fact]
    public void Index_entries_hold_each_term_once_with_more_weight_for_a_repeated_term()
    {
        var (entries, length) = Bm25.Postings("Porto, Porto and more Porto; I moved to Lisbon.");

        Assert.Equal(5, length);
        Assert.Equal(3, entries.Count);
        Assert.True(entries.Single(e => e.Term == RecallText.Key("porto")).Weight > entries.Single(e => e.Term == RecallText.Key("lisbon")).Weight);
    }

    [Fact]
    public void A_rare_word_outranks_a_common_one_and_a_short_line_outranks_a_long_one()
    {
        var rare = Candidate("My sister Lena lives in Vienna.");
        var common = Candidate("My day was long and the weather was awful.");
        var longer = Candidate("My sister Lena, after years of moving between jobs and flats and towns, lives in Vienna now with two cats and a piano.");
        var filler = Enumerable.Range(0, 30).Select(i => Candidate($"The weather again, day {i}.")).ToList();

        var hits = Select([common, longer, rare, .. filler], "Where does my sister live, and what is the weather like?");

        Assert.Equal(rare.MessageId, hits[0].MessageId);
        Assert.Equal(longer.MessageId, hits[1].MessageId);
    }

    [Fact]
    public void Words_next_to_each_other_in_the_question_weigh_more_when_they_are_next_to_each_other_in_the_line()
    {
        var apart = Candidate("Trail hard, marathon in Leeds.");
        var together = Candidate("Marathon trail hard in Graz.");

        var hits = Select([apart, together], "How was the marathon trail?");

        Assert.Equal([together.MessageId, apart.MessageId], hits.Select(h => h.MessageId));
        var notAdjacent = Select([apart, together], "Was the marathon on a mountain trail?");
        Assert.Equal(notAdjacent[0].Score, notAdjacent[1].Score);
    }

    [Fact]
    public void A_name_in_the_question_weighs_more_than_an_ordinary_word()
    {
        var named = Candidate("We talked about Porto for ages.");
        var ordinary = Candidate("We talked about the flat for ages.");

        var hits = Select([ordinary, named], "Any news on the flat near Porto?");

        Assert.Equal(named.MessageId, hits[0].MessageId);
    }

    [Fact]
    public void Recency_only_breaks_ties()
    {
        var older = Candidate("I adopted a beagle in Leeds.", at: Day.AddDays(-30));
        var newer = Candidate("I adopted a beagle in Graz.", at: Day);
        var better = Candidate("I adopted a beagle, a beagle!", at: Day.AddDays(-60));

        var hits = Select([older, newer, better], "Tell me about the beagle I adopted");

        Assert.Equal([better.MessageId, newer.MessageId, older.MessageId], hits.Select(h => h.MessageId));
        Assert.Equal(hits[1].Score, hits[2].Score);
    }

    [Fact]
    public void The_same_words_said_again_on_another_day_are_shown_once()
    {
        var first = Candidate("[2024-03-01] Maya: Let's pick a date for dinner soon.", at: Day.AddDays(-10));
        var again = Candidate("[2024-05-09] Maya: Let's pick a date for dinner soon.", at: Day);
        var other = Candidate("[2024-05-09] Maya: Dinner at the Lebanese place was great.");

        var hits = Select([first, again, other], "When are we having dinner?");

        Assert.Equal(2, hits.Count);
        Assert.Contains(hits, h => h.MessageId == other.MessageId);
        Assert.Single(hits, h => h.MessageId == first.MessageId || h.MessageId == again.MessageId);
    }

    [Fact]
    public void A_line_the_profile_already_carries_is_left_out()
    {
        var carried = Candidate("Vector store ChromaDB.");
        var news = Candidate("ChromaDB crashed during the migration last night.");
        ProfileFact fact = new(Guid.NewGuid(), "vector store", "ChromaDB", "technology", 0.9, Day, 1.0);

        var hits = Select([carried, news], "What happened with ChromaDB?", facts: [fact]);

        Assert.Equal([news.MessageId], hits.Select(h => h.MessageId));
        Assert.Equal(2, Select([carried, news], "What happened with ChromaDB?").Count);
    }

    [Fact]
    public void Hits_fill_the_budget_best_first_and_a_smaller_one_still_fits_after_a_big_one_does_not()
    {
        var best = Candidate("Porto Porto Porto: I moved to Porto in May.");
        var big = Candidate("Porto " + string.Join(' ', Enumerable.Range(0, 80).Select(i => $"word{i}")));
        var small = Candidate("Porto was sunny.");
        var tokens = TokenCounter.Count(RecallSelection.Render(new RecallHit(best.MessageId, best.SessionId, "user", best.Content, Day, 1))) + 1;

        var hits = Select([best, big, small], "Porto?", budget: tokens + 20);

        Assert.Equal([best.MessageId, small.MessageId], hits.Select(h => h.MessageId));
        Assert.True(hits.Sum(h => TokenCounter.Count(RecallSelection.Render(h)) + 1) <= tokens + 20);
        Assert.Empty(Select([best, big, small], "Porto?", budget: 0));
    }

    [Fact]
    public void A_hit_shows_when_it_was_said_and_by_whom()
    {
        var user = Candidate("I moved to Porto.");
        var reply = Candidate("Porto is lovely in spring.", role: "assistant");

        var hits = Select([user, reply], "Porto");

        Assert.Contains("[2026-03-14] you: \"I moved to Porto.\"", hits.Select(RecallSelection.Render));
        Assert.Contains("[2026-03-14] assistant: \"Porto is lovely in spring.\"", hits.Select(RecallSelection.Render));
    }

    [Fact]
    public void A_question_is_shown_with_its_answer_and_neighbouring_hits_become_one_excerpt()
    {
        var asked = Candidate("What did you name the beagle?", sequence: 7, session: Session) with
        {
            Following = [new RecallNeighbour(8, "assistant", "Good question."), new RecallNeighbour(9, "user", "Biscuit, after the cookie.")],
        };
        var next = Candidate("The beagle sleeps all day.", sequence: 10, session: Session);
        var elsewhere = Candidate("A beagle barked at me.", sequence: 10);

        var hits = Select([asked, next, elsewhere], "What is the beagle called?");

        var excerpt = RecallSelection.Render(hits.Single(h => h.SessionId == Session));
        Assert.Equal("[2026-03-14] you: \"What did you name the beagle?\"\n  assistant: \"Good question.\"\n  you: \"Biscuit, after the cookie.\"\n  you: \"The beagle sleeps all day.\"", excerpt);
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void A_term_followed_one_hop_brings_in_what_was_said_about_a_name()
    {
        var named = Candidate("My partner Emil says hi.");
        var hop = Candidate("Emil has gotten into pottery.");
        var frequency = new Dictionary<long, int> { [RecallText.Key("partner")] = 1 };
        RecallCandidates Found(Dictionary<long, int> expansion) => new([named, hop], new RecallStatistics(100, Bm25.ReferenceLength, frequency) { Expansion = expansion });
        const string Question = "What hobby has my partner picked up?";

        var direct = RecallSelection.Select(Found([]), Question, [], null, 2000);
        var hopped = RecallSelection.Select(Found(new() { [RecallText.Key("emil")] = 2 }), Question, [], null, 2000);

        Assert.Equal([named.MessageId], direct.Select(h => h.MessageId));
        Assert.Equal([named.MessageId, hop.MessageId], hopped.Select(h => h.MessageId));
    }
}
