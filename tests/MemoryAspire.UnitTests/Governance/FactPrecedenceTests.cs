using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Storage;

namespace MemoryAspire.UnitTests.Governance;

public sealed class FactPrecedenceTests
{
    private const short Extracted = FactAuthority.Extracted;
    private const short User = FactAuthority.User;
    private const short System = FactAuthority.SystemOfRecord;

    [Fact]
    public void A_first_statement_creates_the_fact()
    {
        Assert.Equal(FactChange.Create, FactPrecedence.Decide(null, null, Extracted, "ChromaDB"));
    }

    [Theory]
    [InlineData(Extracted, Extracted)]
    [InlineData(Extracted, User)]
    [InlineData(Extracted, System)]
    [InlineData(User, User)]
    [InlineData(User, System)]
    [InlineData(System, System)]
    public void A_new_value_from_the_same_or_a_higher_authority_supersedes(short current, short candidate)
    {
        Assert.Equal(FactChange.Supersede, FactPrecedence.Decide(current, "ChromaDB", candidate, "Qdrant"));
    }

    [Theory]
    [InlineData(User, Extracted)]
    [InlineData(System, Extracted)]
    [InlineData(System, User)]
    public void A_new_value_from_a_lower_authority_is_outranked_whatever_its_date(short current, short candidate)
    {
        Assert.Equal(FactChange.Outranked, FactPrecedence.Decide(current, "Contoso", candidate, "Fabrikam"));
    }

    [Theory]
    [InlineData(Extracted, Extracted)]
    [InlineData(User, Extracted)]
    [InlineData(System, User)]
    public void The_same_value_again_confirms_the_current_fact(short current, short candidate)
    {
        Assert.Equal(FactChange.Confirm, FactPrecedence.Decide(current, "ChromaDB", candidate, " chromadb "));
    }

    [Fact]
    public void The_same_value_from_a_higher_authority_becomes_a_version_with_that_authority()
    {
        Assert.Equal(FactChange.Supersede, FactPrecedence.Decide(Extracted, "Contoso", System, "Contoso"));
    }

    [Theory]
    [InlineData("user", User)]
    [InlineData("system:hr", System)]
    [InlineData("gpt-4o-mini", Extracted)]
    [InlineData("offline-rules", Extracted)]
    public void The_extractor_names_the_authority(string extractor, short authority)
    {
        Assert.Equal(authority, FactAuthority.Of(extractor));
    }

    [Theory]
    [InlineData("rule-based", "extracted")]
    [InlineData("user", "user")]
    [InlineData("system:crm", "system")]
    public void The_api_shows_who_stated_a_fact_and_every_message_that_confirmed_it(string extractor, string authority)
    {
        Guid[] confirmations = [Guid.CreateVersion7(), Guid.CreateVersion7()];
        var fact = new MemoryFact
        {
            Id = Guid.CreateVersion7(), Key = "Vector store", Value = "ChromaDB", Category = "technology", Confidence = 0.9, Extractor = extractor,
            ExtractorVersion = "1", Authority = FactAuthority.Of(extractor), Status = FactStatuses.Current, ConfirmedByMessageIds = confirmations,
        };

        var info = FactViews.Info.Compile()(fact);

        Assert.Equal(authority, info.Authority);
        Assert.Equal(confirmations, info.ConfirmedByMessageIds);
        Assert.Equal(extractor, info.Extractor);
    }
}
