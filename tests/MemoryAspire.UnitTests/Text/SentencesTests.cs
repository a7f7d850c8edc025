using MemoryAspire.Memory.Text;

namespace MemoryAspire.UnitTests.Text;

public sealed class SentencesTests
{
    // The full stop of an abbreviation inside a name does not end the sentence (round 39: "a small Smash Bros. tournament" was
    // read as two sentences, and the fact gate refused the second as not about the user).
    [Theory]
    [InlineData("I organise a small Smash Bros. tournament every month.")]
    [InlineData("I work at Acme Corp. in Leeds.")]
    [InlineData("Dr. Okafor is my GP.")]
    [InlineData("I grew up near St. Pauli in Hamburg.")]
    [InlineData("My favourite author is Ursula K. Le Guin.")]
    [InlineData("Ich habe am 3. Mai Geburtstag.")]
    [InlineData("Ich habe eine Dauerkarte für den 1. FC Köln.")]
    [InlineData("Mia geht in die 3. Klasse.")]
    [InlineData("Ich habe eine Bar in Hamburg-St. Pauli.")]
    public void An_abbreviation_in_a_name_does_not_end_the_sentence(string text) => Assert.Single(Sentences.Split(text));

    [Theory]
    [InlineData("I play with my bros. They live next door.", 2)]
    [InlineData("I moved to Leeds. Then I met Dr. Okafor.", 2)]
    [InlineData("My blood type is A. I donate twice a year.", 2)]
    [InlineData("Ich wohne in Köln seit 2019. Dort arbeite ich.", 2)]
    public void A_sentence_still_ends_before_the_next(string text, int count) => Assert.Equal(count, Sentences.Split(text).Count);
}
