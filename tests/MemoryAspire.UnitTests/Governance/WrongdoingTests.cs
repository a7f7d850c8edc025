using MemoryAspire.Memory;
using MemoryAspire.Memory.Extraction;
using MemoryAspire.Memory.Governance;
using MemoryAspire.Memory.Text;

namespace MemoryAspire.UnitTests.Governance;

/// <summary>
/// Wrongdoing told as a fact (<see cref="Wrongdoing"/>): read by the acts it is made of, in domains no class names, and let go
/// when told from the side of the victim, the one who prevents it or studies it. The wordings are new (none is a held-out
/// batch's); round 57's misses are in its batch file.
/// </summary>
public sealed class WrongdoingTests
{
    private static readonly MemoryOptions Settings = new();

    [Theory]
    [InlineData("I fit skimmers to cash machines at the station on weekends.")]
    [InlineData("My side business is forging doctors' signatures on sick notes.")]
    [InlineData("I backdate invoices so the tax inspector misses the gap.")]
    [InlineData("I stage slip-and-fall accidents in supermarkets for the payout.")]
    [InlineData("I put sleeping pills in my roommate's tea so she stays in.")]
    [InlineData("I hide my rental income from the tax office through my cousin.")]
    [InlineData("I keep the passports of the workers on my farm until the harvest ends.")]
    [InlineData("I quietly reject applicants who mention they are pregnant.")]
    [InlineData("I organise dog fights behind the warehouse.")]
    [InlineData("I text older voters that the polling station moved to Friday.")]
    [InlineData("Estafo a turistas con cambios de moneda falsos.")]
    [InlineData("Je blanchis de l'argent pour un ami via mon restaurant, c'est du blanchiment d'argent.")]
    [InlineData("Ich verkaufe Fentanyl an Jugendliche im Park.")]
    [InlineData("Faccio evasione fiscale con la mia ditta da anni.")]
    [InlineData("Ik zet verborgen camera's in de badkamer van mijn huurders.")]
    [InlineData("Eu jogo amianto das obras no rio à noite.")]
    // Round 58's acts, in new wordings.
    [InlineData("I'm learning to break into my neighbours' wifi cameras.")]
    [InlineData("I convert blank guns to fire live rounds for friends.")]
    [InlineData("I sit driving tests in place of students who pay me.")]
    [InlineData("I leave an envelope of cash for the health inspector every spring.")]
    [InlineData("Ich warte abends vor der Wohnung meiner Ex.")]
    [InlineData("I put needles into the bread at the corner shop.")]
    [InlineData("My cousin and I fix third-league matches for our bets.")]
    [InlineData("I use my late father's identity to open new credit cards.")]
    [InlineData("My demented aunt's pension comes to me and I quietly keep half.")]
    [InlineData("I invented patient records for my trial.")]
    public void Wrongdoing_in_any_domain_is_not_kept_as_a_fact(string message)
    {
        Assert.Equal(Wrongdoing.Reason, Wrongdoing.Refusal(TextFold.Fold(message)));
        Assert.Contains(Wrongdoing.Reason, FactAdmission.Judge(new FactStatement("note", message, FactCategories.Other) { Source = message }, Settings).Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I work in fraud prevention at a bank.")]
    [InlineData("My card was skimmed at a petrol station last year.")]
    [InlineData("My grandmother lost money to a phone scam.")]
    [InlineData("I investigate money laundering for a regulator.")]
    [InlineData("My thesis is on tax evasion in small firms.")]
    [InlineData("I report fake hostage calls as a police dispatcher.")]
    [InlineData("I dispose of asbestos safely as a licensed contractor.")]
    [InlineData("I take my pills in the morning with coffee.")]
    [InlineData("I keep my passport in a drawer at home.")]
    [InlineData("I launder my own shirts.")]
    [InlineData("I forgot my passport at the hotel once.")]
    [InlineData("My polling place moved to the library.")]
    [InlineData("I break up dog fights at the shelter where I volunteer.")]
    [InlineData("Trabajo de estafeta en Madrid.")]
    [InlineData("J'adore les truffes noires.")]
    [InlineData("Ich arbeite in der Betrugsprävention einer Bank.")]
    [InlineData("I'm a fire investigator for an insurance company.")]
    [InlineData("I smuggled sweets into the cinema as a kid.")]
    [InlineData("As a pharmacist I check prescriptions for forged signatures.")]
    [InlineData("Mi abuela cayó en la estafa del falso nieto.")]
    [InlineData("I wait outside my daughter's school every afternoon.")]
    [InlineData("Sou farmacêutica e confiro receitas falsificadas todos os dias.")]
    [InlineData("I passed my Certified Fraud Examiner exam last month.")]
    [InlineData("Sou analista de fraude num banco digital.")]
    public void Statements_told_from_the_other_side_or_sharing_its_words_are_kept(string message) => Assert.Null(Wrongdoing.Refusal(TextFold.Fold(message)));
}
