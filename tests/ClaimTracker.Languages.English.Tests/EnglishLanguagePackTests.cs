using ClaimTracker.Languages.English.Lexicons;
using ClaimTracker.Languages.English.Text;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Tests;

public class EnglishLanguagePackTests
{
    [Fact]
    public void Instance_Identity_EnglishLeftToRight()
    {
        var pack = EnglishLanguagePack.Instance;
        pack.Code.Should().Be("en");
        pack.Name.Should().Be("English");
        pack.IsRightToLeft.Should().BeFalse();
        pack.Normalizer.Should().BeOfType<EnglishNormalizer>();
        pack.Segmenter.Should().BeOfType<EnglishSentenceSegmenter>();
        pack.Tokenizer.Should().BeOfType<EnglishTokenizer>();
        pack.Stemmer.Should().BeOfType<EnglishStemmer>();
    }

    [Theory]
    [InlineData('a', 0.5)]
    [InlineData('Z', 0.5)]
    [InlineData('\u00E9', 0.5)]
    [InlineData('\u00D7', 0.0)]
    [InlineData('1', 0.0)]
    [InlineData('\u0628', 0.0)]
    [InlineData('\u0416', 0.0)]
    public void ScriptAffinity_LatinLettersHalf_OthersZero(char c, double expected) =>
        EnglishLanguagePack.Instance.ScriptAffinity(c).Should().Be(expected);

    [Fact]
    public void Constructor_Options_UsedByNormalizer()
    {
        var pack = new EnglishLanguagePack(EnglishNormalizerOptions.Default with { FoldCase = false });
        pack.Normalizer.Normalize("The").Text.Should().Be("The");
        new EnglishLanguagePack().Normalizer.Normalize("The").Text.Should().Be("the");
    }

    [Fact]
    public void Constructor_NullOptions_Throws() =>
        FluentActions.Invoking(() => new EnglishLanguagePack(null!)).Should().Throw<ArgumentNullException>().WithParameterName("normalizerOptions");

    [Fact]
    public void Lexicons_Abbreviations_LoadedWithSource()
    {
        var doc = EnglishLanguagePack.Instance.Lexicons.TryLoad<AbbreviationEntry>("abbreviations.yaml");
        doc.Should().NotBeNull();
        doc!.Language.Should().Be("en");
        doc.Source.Name.Should().NotBeNullOrWhiteSpace();
        doc.Source.License.Should().NotBeNullOrWhiteSpace();
        doc.Entries.Select(e => e.Form).Should().Contain(["Mr.", "Dr.", "U.S.", "U.N.", "Jan.", "Feb.", "etc.", "Inc.", "Gen.", "Sen.", "No."]);
        doc.Entries.Should().OnlyContain(e => e.Form.EndsWith('.') && (e.Kind == "title" || e.Kind == "general"));
        doc.Entries.Select(e => e.Form).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Lexicons_SentenceStarters_LoadedWithSource()
    {
        var doc = EnglishLanguagePack.Instance.Lexicons.TryLoad<SentenceStarterEntry>("sentence-starters.yaml");
        doc!.Language.Should().Be("en");
        doc.Source.Name.Should().NotBeNullOrWhiteSpace();
        doc.Entries.Select(e => e.Form).Should().Contain(["The", "He", "However"]).And.OnlyHaveUniqueItems();
        EnglishLanguagePack.Instance.Lexicons.Names.Should().Contain(["abbreviations.yaml", "sentence-starters.yaml"]);
    }

    [Fact]
    public void Registry_DetectByScript_LatinTextIsEnglish()
    {
        var registry = new LanguagePackRegistry([EnglishLanguagePack.Instance]);
        registry.Get("en").Should().BeSameAs(EnglishLanguagePack.Instance);
        registry.DetectByScript("The minister said.").Should().BeSameAs(EnglishLanguagePack.Instance);
        registry.DetectByScript("\u041C\u043E\u0441\u043A\u0432\u0430").Should().BeNull();
    }

    [Fact]
    public void Pipeline_NormalizeSegmentTokenizeStem_Works()
    {
        var pack = EnglishLanguagePack.Instance;
        var n = pack.Normalizer.Normalize("WASHINGTON \u2014 The Senate\u2019s leaders agreed. Talks continue.");
        var sentences = pack.Segmenter.Segment(n.Original);
        sentences.Select(s => s.Kind).Should().Equal(SegmentKind.Dateline, SegmentKind.Sentence, SegmentKind.Sentence);
        var words = pack.Tokenizer.Tokenize(n.Text).Where(t => t.Kind == TokenKind.Word).Select(t => pack.Stemmer.Stem(t.Text));
        words.Should().Equal("washington", "the", "senat", "'s", "leader", "agre", "talk", "continu");
    }
}
