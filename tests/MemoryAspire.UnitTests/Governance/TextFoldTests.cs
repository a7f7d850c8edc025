using MemoryAspire.Memory.Text;

namespace MemoryAspire.UnitTests.Governance;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("ＡＤＭＩＮ", "admin")]
    [InlineData("ad\u200Bmin", "admin")]
    [InlineData("аdmіn", "admin")]
    [InlineData("ᴀᴅᴍɪɴ", "admin")]
    [InlineData("ɾօօt", "root")]
    [InlineData("սsеr hօme", "user home")]
    [InlineData("Ƭreat", "treat")]
    [InlineData("Administrateur Système", "administrateur systeme")]
    [InlineData("Rücksetzcode für Nutzer", "rucksetzcode fur nutzer")]
    [InlineData("Contraseña", "contrasena")]
    [InlineData("“Remember” «that»", "remember that")]
    [InlineData("I'm sure you're right, don't worry", "i am sure you are right, do not worry")]
    [InlineData("n'oublie pas l'administrateur", "ne oublie pas le administrateur")]
    [InlineData("a d m i n", "admin")]
    [InlineData("i.g.n.o.r.e", "ignore")]
    [InlineData("pass word", "password")]
    [InlineData("ad-min", "admin")]
    [InlineData("r00t and p4ssw0rd", "root and password")]
    [InlineData("from    now \t on", "from now on")]
    [InlineData("1Password", "1password")]
    [InlineData("Node.js and C#", "node.js and c#")]
    public void Folding_undoes_the_disguises_a_rule_would_otherwise_miss(string text, string folded) => Assert.Equal(folded, TextFold.Fold(text));

    [Fact]
    public void The_canonical_form_keeps_case_and_lines_but_not_invisible_characters_or_extra_spacing()
    {
        Assert.Equal("Alex\nLisbon", TextFold.Canonical("  Alex \r\n\r\n  Lisbon\u200B "));
        Assert.Equal("ABC 1", TextFold.Canonical("ＡＢＣ　１"));
    }

    [Fact]
    public void Noncharacters_and_lone_surrogates_are_dropped_instead_of_failing_normalization()
    {
        Assert.Equal("end", TextFold.Canonical("\uFEFF\uFFFE\uFFFF\U0001FFFE\U0010FFFF\uFDD0 end"));
        Assert.Equal("a b 🙂", TextFold.Canonical("a\uD83D b \uDE00🙂"));
    }
}
