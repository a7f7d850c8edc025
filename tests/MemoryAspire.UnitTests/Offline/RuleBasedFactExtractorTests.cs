using MemoryAspire.Memory.Extraction;

namespace MemoryAspire.UnitTests.Offline;

public sealed class RuleBasedFactExtractorTests
{
    private static readonly RuleBasedFactExtractor Extractor = new();

    private static Task<IReadOnlyList<ExtractedFact>> ExtractAsync(string message) =>
        Extractor.ExtractAsync(message, CancellationToken.None);

    private static async Task<ExtractedFact> SingleFactAsync(string message, string key)
    {
        var facts = await ExtractAsync(message);
        return Assert.Single(facts, f => f.Key == key);
    }

    [Fact]
    public void Extractor_names_itself_offline_rules_version_rules_1()
    {
        Assert.Equal("offline-rules", Extractor.Name);
        Assert.Equal("rules-1", Extractor.Version);
    }

    [Fact]
    public async Task Name_is_taken_from_my_name_is()
    {
        var fact = await SingleFactAsync("Hi! My name is Alex and I'm building a RAG system in Python.", "name");

        Assert.Equal(("Alex", FactCategories.Identity), (fact.Value, fact.Category));
        Assert.True(fact.Confidence >= 0.9);
    }

    [Theory]
    [InlineData("Hi, I'm Alex.", "Alex")]
    [InlineData("I am Maria Garcia, nice to meet you", "Maria Garcia")]
    [InlineData("Please call me Sam!", "Sam")]
    [InlineData("my name is alex", "alex")]
    [InlineData("My name's Sam.", "Sam")]
    public async Task Name_is_taken_from_introductions(string message, string name)
    {
        var fact = await SingleFactAsync(message, "name");

        Assert.Equal(name, fact.Value);
        Assert.True(fact.Confidence > 0.7);
    }

    [Theory]
    [InlineData("I'm building a RAG system in Python.")]
    [InlineData("I'm German and I work remotely.")]
    [InlineData("I'm Sorry, that was unclear.")]
    [InlineData("I am happy with the results")]
    [InlineData("My name is not important.")]
    [InlineData("Don't call me Alexander.")]
    [InlineData("I'm Alex's manager.")]
    public async Task I_am_followed_by_a_common_word_is_not_a_name(string message)
    {
        var facts = await ExtractAsync(message);

        Assert.DoesNotContain(facts, f => f.Key == "name");
    }

    [Fact]
    public async Task Project_and_language_are_taken_from_building_something_in_a_language()
    {
        var facts = await ExtractAsync("Hi! My name is Alex and I'm building a RAG system in Python.");

        var project = Assert.Single(facts, f => f.Key == "project");
        var language = Assert.Single(facts, f => f.Key == "language");
        Assert.Equal(("RAG system", FactCategories.Project), (project.Value, project.Category));
        Assert.Equal(("Python", FactCategories.Technology), (language.Value, language.Category));
        Assert.True(project.Confidence > 0.7);
        Assert.True(language.Confidence > 0.7);
    }

    [Fact]
    public async Task Using_a_tool_for_a_purpose_keys_the_fact_by_the_purpose()
    {
        var facts = await ExtractAsync("I'm using ChromaDB for the vector store.");

        var fact = Assert.Single(facts);
        Assert.Equal(new ExtractedFact("vector store", "ChromaDB", FactCategories.Technology, fact.Confidence), fact);
        Assert.True(fact.Confidence >= 0.9);
    }

    [Theory]
    [InlineData("I use Redis for caching", "caching", "Redis")]
    [InlineData("We're using Semantic Kernel as our orchestration layer.", "orchestration layer", "Semantic Kernel")]
    [InlineData("Qdrant is my vector database.", "vector database", "Qdrant")]
    [InlineData("Honestly, pgvector is our vector store", "vector store", "pgvector")]
    public async Task Tool_for_purpose_variants_are_recognised(string message, string key, string value)
    {
        var fact = await SingleFactAsync(message, key);

        Assert.Equal((value, FactCategories.Technology), (fact.Value, fact.Category));
        Assert.True(fact.Confidence >= 0.9);
    }

    [Theory]
    [InlineData("I'm using Pinecone.", "vector store", "Pinecone")]
    [InlineData("i'm using typescript now", "language", "typescript")]
    [InlineData("We use PostgreSQL", "database", "PostgreSQL")]
    [InlineData("I'm currently using LlamaIndex", "framework", "LlamaIndex")]
    [InlineData("I use Azure OpenAI", "model provider", "Azure OpenAI")]
    public async Task Using_a_catalogued_technology_keys_the_fact_by_its_kind(string message, string key, string value)
    {
        var fact = await SingleFactAsync(message, key);

        Assert.Equal((value, FactCategories.Technology), (fact.Value, fact.Category));
        Assert.True(fact.Confidence > 0.7);
    }

    [Theory]
    [InlineData("I've been using C# for ten years.", "language", "C#")]
    [InlineData("Yeah so basically I'm using like MongoDB for everything lol", "database", "MongoDB")]
    [InlineData("I prefer to use Ollama locally rather than OpenAI.", "preferred model provider", "Ollama")]
    public async Task Durations_and_spoken_filler_do_not_become_keys_or_values(string message, string key, string value)
    {
        var fact = Assert.Single(await ExtractAsync(message));

        Assert.Equal((key, value), (fact.Key, fact.Value));
    }

    [Theory]
    [InlineData("Actually I switched to Qdrant last week.", "vector store", "Qdrant", FactCategories.Technology)]
    [InlineData("We migrated over to pgvector", "vector store", "pgvector", FactCategories.Technology)]
    [InlineData("I moved to Berlin last year.", "location", "Berlin", FactCategories.Location)]
    public async Task A_switch_or_a_move_states_the_new_value(string message, string key, string value, string category)
    {
        var fact = Assert.Single(await ExtractAsync(message));

        Assert.Equal((key, value, category), (fact.Key, fact.Value, fact.Category));
        Assert.True(fact.Confidence > 0.7);
    }

    [Fact]
    public async Task An_email_address_is_a_contact_fact_kept_whole()
    {
        var fact = Assert.Single(await ExtractAsync("My email is alex@example.com."));

        Assert.Equal(new ExtractedFact("email", "alex@example.com", FactCategories.Contact, 0.9), fact);
    }

    [Fact]
    public async Task Using_an_unknown_tool_is_only_a_weak_guess()
    {
        var fact = await SingleFactAsync("I'm using Frobnicator.", "tool");

        Assert.Equal("Frobnicator", fact.Value);
        Assert.True(fact.Confidence <= 0.6);
    }

    [Theory]
    [InlineData("I prefer Qdrant over Pinecone.", "preferred vector store", "Qdrant")]
    [InlineData("I prefer short answers", "preference", "short answers")]
    [InlineData("My favorite editor is Neovim.", "favorite editor", "Neovim")]
    [InlineData("my favourite language is Rust", "favorite language", "Rust")]
    public async Task Preferences_are_explicit_facts(string message, string key, string value)
    {
        var fact = await SingleFactAsync(message, key);

        Assert.Equal((value, FactCategories.Preference), (fact.Value, fact.Category));
        Assert.True(fact.Confidence >= 0.9);
    }

    [Theory]
    [InlineData("I work at Contoso.", "employer", "Contoso", FactCategories.Work)]
    [InlineData("I work for Fabrikam Research, mostly on search", "employer", "Fabrikam Research", FactCategories.Work)]
    [InlineData("I'm a data engineer at Northwind", "role", "data engineer", FactCategories.Work)]
    [InlineData("I live in Lisbon.", "location", "Lisbon", FactCategories.Location)]
    [InlineData("I'm based in New York City", "location", "New York City", FactCategories.Location)]
    [InlineData("I'm from Brazil, by the way", "hometown", "Brazil", FactCategories.Location)]
    public async Task Employer_role_and_places_are_recognised(string message, string key, string value, string category)
    {
        var fact = await SingleFactAsync(message, key);

        Assert.Equal((value, category), (fact.Value, fact.Category));
        Assert.True(fact.Confidence > 0.7);
    }

    [Fact]
    public async Task A_lower_case_place_is_only_a_weak_guess()
    {
        var fact = await SingleFactAsync("I live in a small flat", "location");

        Assert.True(fact.Confidence <= 0.6);
    }

    [Fact]
    public async Task An_opinion_about_chunk_sizes_is_a_medium_confidence_chunking_decision()
    {
        var fact = await SingleFactAsync("I think 512 tokens with 50-token overlap is working well.", "chunking");

        Assert.Equal("512 tokens with 50-token overlap", fact.Value);
        Assert.InRange(fact.Confidence, 0.71, 0.85);
    }

    [Theory]
    [InlineData("We decided to use Weaviate.", "vector store", "Weaviate")]
    [InlineData("I've settled on hybrid search with reranking", "retrieval", "hybrid search with reranking")]
    [InlineData("I'll go with a monorepo.", "decision", "monorepo")]
    public async Task Explicit_decisions_are_recognised(string message, string key, string value)
    {
        var fact = await SingleFactAsync(message, key);

        Assert.Equal(value, fact.Value);
        Assert.True(fact.Confidence > 0.7);
    }

    [Theory]
    [InlineData("Can you remind me what vector store I said I was using?")]
    [InlineData("what vector store am I using")]
    [InlineData("Am I using ChromaDB for the vector store?")]
    [InlineData("Should I use Pinecone for the vector store?")]
    [InlineData("Do you remember my name?")]
    public async Task A_question_about_a_tool_yields_no_fact(string message)
    {
        Assert.Empty(await ExtractAsync(message));
    }

    [Theory]
    [InlineData("I'm not using ChromaDB.")]
    [InlineData("I stopped using Pinecone for the vector store")]
    [InlineData("I'm no longer using Redis")]
    [InlineData("I don't use Python for this.")]
    [InlineData("I never use LangChain")]
    [InlineData("If I use Qdrant for the vector store, will it scale")]
    [InlineData("I used to live in Paris.")]
    [InlineData("I don't work at Contoso anymore")]
    [InlineData("I haven't switched to Qdrant yet.")]
    public async Task A_negated_or_hedged_statement_yields_no_fact(string message)
    {
        Assert.Empty(await ExtractAsync(message));
    }

    [Theory]
    [InlineData("I'm making a mistake, am I?")]
    [InlineData("I'm making a mistake.")]
    [InlineData("I'm a big fan of working with Python.")]
    [InlineData("My point is that chunking matters.")]
    [InlineData("My question is simple.")]
    [InlineData("I'm using it for the vector store.")]
    public async Task Everyday_phrasing_is_not_mistaken_for_a_fact(string message)
    {
        Assert.DoesNotContain(await ExtractAsync(message), f => f.Confidence > 0.7);
    }

    [Fact]
    public async Task A_rejected_alternative_is_not_a_fact()
    {
        var facts = await ExtractAsync("I'm using ChromaDB for the vector store, not Pinecone.");

        Assert.DoesNotContain(facts, f => f.Value.Contains("Pinecone", StringComparison.Ordinal));
        Assert.Contains(facts, f => f is { Key: "vector store", Value: "ChromaDB" });
    }

    [Fact]
    public async Task Values_keep_the_users_casing_and_lose_trailing_punctuation()
    {
        var fact = await SingleFactAsync("I work at contoso!!!", "employer");

        Assert.Equal("contoso", fact.Value);
    }

    [Fact]
    public async Task Seed_conversation_yields_name_vector_store_language_and_project()
    {
        var facts = new List<ExtractedFact>();
        foreach (var message in SeedConversation.UserMessages)
        {
            facts.AddRange(await ExtractAsync(message));
        }

        var kept = facts.Where(f => f.Confidence > 0.7).ToList();
        Assert.Contains(kept, f => f is { Key: "name", Value: "Alex", Confidence: >= 0.9 });
        Assert.Contains(kept, f => f is { Key: "vector store", Value: "ChromaDB", Confidence: >= 0.9 });
        Assert.Contains(kept, f => f is { Key: "language", Value: "Python" });
        Assert.Contains(kept, f => f is { Key: "project", Value: "RAG system" });
        Assert.Equal(kept.Count, kept.DistinctBy(f => (f.Key, f.Value)).Count());
    }

    [Fact]
    public async Task The_seed_question_yields_nothing()
    {
        Assert.Empty(await ExtractAsync(SeedConversation.UserMessages[5]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Hi!")]
    [InlineData("Thanks, that helps.")]
    [InlineData("???")]
    public async Task Empty_or_content_free_messages_yield_nothing(string message)
    {
        Assert.Empty(await ExtractAsync(message));
    }

    [Theory]
    [InlineData("Je m'appelle Alex et je construis un système RAG en Python.")]
    [InlineData("Ich bin Alex und ich benutze ChromaDB für den Vektorspeicher.")]
    [InlineData("Me llamo Alex y vivo en Madrid.")]
    [InlineData("私の名前はアレックスです。ChromaDBを使っています。")]
    [InlineData("Меня зовут Алекс, я живу в Москве.")]
    public async Task Non_English_text_yields_no_garbage_facts(string message)
    {
        Assert.Empty(await ExtractAsync(message));
    }

    public static TheoryData<string> HostileUnits => [.. HostileInputs.ExtractorUnits];

    [Theory]
    [MemberData(nameof(HostileUnits))]
    public async Task A_32_KiB_message_of_one_repeated_statement_start_yields_few_short_facts(string unit)
    {
        // Its time is a row of benchmarks/hostile-input.
        var facts = await ExtractAsync(HostileInputs.Repeat(unit));

        Assert.True(facts.Count <= 8, $"{facts.Count} facts");
        Assert.All(facts, fact => Assert.True(fact.Value.Length <= 200, $"a {fact.Value.Length}-character value"));
    }

    [Fact]
    public async Task Extraction_is_deterministic()
    {
        var message = string.Join(' ', SeedConversation.UserMessages.Take(4));

        Assert.Equal(await ExtractAsync(message), await ExtractAsync(message));
    }
}
