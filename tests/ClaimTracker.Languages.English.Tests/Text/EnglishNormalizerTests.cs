using ClaimTracker.Languages.English.Text;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Tests.Text;

public class EnglishNormalizerTests
{
    private static string Norm(string s, EnglishNormalizerOptions? options = null) => new EnglishNormalizer(options).Normalize(s).Text;

    [Fact]
    public void Normalize_CaseFolding_LowersLetters() => Norm("The Senate VOTED").Should().Be("the senate voted");

    [Fact]
    public void Normalize_CaseFolding_LowersLatin1Letters() => Norm("ÉLYSÉE").Should().Be("élysée");

    [Fact]
    public void Normalize_CaseFoldingOff_KeepsCase() =>
        Norm("The Senate", EnglishNormalizerOptions.Default with { FoldCase = false }).Should().Be("The Senate");

    [Theory]
    [InlineData("Korea\u2019s", "korea's")]
    [InlineData("\u2018no\u2019", "'no'")]
    [InlineData("\u201CWe will\u201D", "\"we will\"")]
    [InlineData("\u201Eja\u201F", "\"ja\"")]
    public void Normalize_Quotes_BecomeAscii(string input, string expected) => Norm(input).Should().Be(expected);

    [Fact]
    public void Normalize_QuotesOff_KeepsCurlyQuotes() =>
        Norm("it\u2019s", EnglishNormalizerOptions.Default with { FoldQuotes = false }).Should().Be("it\u2019s");

    [Theory]
    [InlineData("1990\u20131995", "1990-1995")]
    [InlineData("war \u2014 again", "war - again")]
    [InlineData("\u22125", "-5")]
    [InlineData("non\u2011stop", "non-stop")]
    public void Normalize_Dashes_BecomeHyphenMinus(string input, string expected) => Norm(input).Should().Be(expected);

    [Fact]
    public void Normalize_DashesOff_KeepsEmDash() =>
        Norm("a\u2014b", EnglishNormalizerOptions.Default with { FoldDashes = false }).Should().Be("a\u2014b");

    [Theory]
    [InlineData("10\u00A0km", "10 km")]
    [InlineData("10\u202Fkm", "10 km")]
    [InlineData("10\u2009km", "10 km")]
    [InlineData("10\u3000km", "10 km")]
    public void Normalize_Spaces_BecomeAsciiSpace(string input, string expected) => Norm(input).Should().Be(expected);

    [Fact]
    public void Normalize_SpacesOff_KeepsNoBreakSpace() =>
        Norm("10\u00A0km", EnglishNormalizerOptions.Default with { FoldSpaces = false }).Should().Be("10\u00A0km");

    [Theory]
    [InlineData("co\u00ADoperate", "cooperate")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("\uFEFFstart", "start")]
    [InlineData("a\u200Eb\u200Fc", "abc")]
    [InlineData("\u202Aembedded\u202C", "embedded")]
    [InlineData("\u2066isolate\u2069", "isolate")]
    [InlineData("join\u200Ded", "joined")]
    public void Normalize_Invisibles_Removed(string input, string expected) => Norm(input).Should().Be(expected);

    [Fact]
    public void Normalize_InvisiblesOff_KeepsSoftHyphen() =>
        Norm("co\u00ADop", EnglishNormalizerOptions.Default with { RemoveInvisibles = false }).Should().Be("co\u00ADop");

    [Theory]
    [InlineData("\uFF21\uFF22\uFF23", "abc")]
    [InlineData("\uFF11\uFF12", "12")]
    [InlineData("\uFB01nance", "finance")]
    [InlineData("e\uFB00ect", "effect")]
    [InlineData("\uFB03ce", "ffice")]
    public void Normalize_CompatibilityForms_FoldedAsNfkc(string input, string expected) => Norm(input).Should().Be(expected);

    [Fact]
    public void Normalize_CompatibilityFormsOff_KeepsLigature() =>
        Norm("\uFB01", EnglishNormalizerOptions.Default with { FoldCompatibilityForms = false }).Should().Be("\uFB01");

    [Fact]
    public void Normalize_CompatibilityFormsWithoutCaseFolding_KeepsFullwidthCapital() =>
        Norm("\uFF21", EnglishNormalizerOptions.Default with { FoldCase = false }).Should().Be("A");

    [Fact]
    public void Normalize_OtherCharacters_Unchanged()
    {
        const string text = "42 \u0633\u0644\u0627\u0645 \uD83D\uDE00 \u2026\n";
        Norm(text).Should().Be(text);
    }

    [Fact]
    public void Normalize_Ligature_MapsEveryOutputCharacterToTheLigature()
    {
        var n = EnglishNormalizer.Default.Normalize("a \uFB01le");
        n.Text.Should().Be("a file");
        n.ToOriginalOffset(2).Should().Be(2);
        n.ToOriginalOffset(3).Should().Be(2);
        n.ToOriginal(new TextSpan(2, 4)).Should().Be(TextSpan.FromBounds(2, 5));
    }

    [Fact]
    public void Normalize_RemovedCharacter_OffsetsSkipIt()
    {
        var n = EnglishNormalizer.Default.Normalize("co\u00ADop x");
        n.Text.Should().Be("coop x");
        n.ToOriginalOffset(2).Should().Be(3);
        n.ToOriginal(new TextSpan(5, 1)).Should().Be(new TextSpan(6, 1));
    }

    [Fact]
    public void Explain_ListsEachChangeWithItsRule()
    {
        var changes = EnglishNormalizer.Default.Explain("A\u2019\u2014\u00A0\u00AD\uFB01");
        changes.Select(c => (c.OriginalOffset, c.Replacement, c.Rule)).Should().Equal(
            (0, "a", EnglishNormalizationRule.CaseFolding),
            (1, "'", EnglishNormalizationRule.Quotes),
            (2, "-", EnglishNormalizationRule.Dashes),
            (3, " ", EnglishNormalizationRule.Spaces),
            (4, "", EnglishNormalizationRule.Invisibles),
            (5, "fi", EnglishNormalizationRule.CompatibilityForms));
        changes[1].Original.Should().Be('\u2019');
    }

    [Fact]
    public void Explain_UnchangedText_IsEmpty() => EnglishNormalizer.Default.Explain("plain text 12.").Should().BeEmpty();

    [Theory]
    [InlineData('A', EnglishNormalizationRule.CaseFolding)]
    [InlineData('\u201C', EnglishNormalizationRule.Quotes)]
    [InlineData('\u2013', EnglishNormalizationRule.Dashes)]
    public void RuleFor_ChangedCharacter_NamesRule(char c, EnglishNormalizationRule rule) =>
        EnglishNormalizer.Default.RuleFor(c).Should().Be(rule);

    [Fact]
    public void RuleFor_KeptCharacter_IsNull() => EnglishNormalizer.Default.RuleFor('a').Should().BeNull();

    [Fact]
    public void RuleFor_RuleSwitchedOff_IsNull() =>
        new EnglishNormalizer(EnglishNormalizerOptions.Default with { FoldDashes = false }).RuleFor('\u2013').Should().BeNull();

    [Fact]
    public void Options_IsEnabled_ReflectsEachSwitch()
    {
        var options = new EnglishNormalizerOptions { FoldQuotes = false };
        options.IsEnabled(EnglishNormalizationRule.Quotes).Should().BeFalse();
        options.IsEnabled(EnglishNormalizationRule.CaseFolding).Should().BeTrue();
        Enum.GetValues<EnglishNormalizationRule>().Should().OnlyContain(r => EnglishNormalizerOptions.Default.IsEnabled(r));
    }

    [Fact]
    public void Normalize_Null_Throws() =>
        FluentActions.Invoking(() => EnglishNormalizer.Default.Normalize(null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");
}
