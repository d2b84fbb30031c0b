using ClaimTracker.Languages.Arabic;
using ClaimTracker.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic.Tests;

public class ArabicLanguagePackTests
{
    private static readonly ArabicLanguagePack Pack = ArabicLanguagePack.Instance;

    [Fact]
    public void Instance_Identity_ArabicRightToLeft()
    {
        Pack.Code.Should().Be("ar");
        Pack.Name.Should().Be("Arabic");
        Pack.IsRightToLeft.Should().BeTrue();
    }

    [Fact]
    public void Instance_Components_ArabicImplementations()
    {
        Pack.Normalizer.Should().BeOfType<ArabicNormalizer>();
        Pack.Segmenter.Should().BeOfType<ArabicSentenceSegmenter>();
        Pack.Tokenizer.Should().BeOfType<ArabicTokenizer>();
        Pack.Stemmer.Should().BeOfType<ArabicLightStemmer>();
    }

    [Theory]
    [InlineData('ب', 1.0)]
    [InlineData('ک', 1.0)]
    [InlineData('\uFEFB', 1.0)]
    [InlineData('b', 0.0)]
    [InlineData('٣', 0.0)]
    [InlineData('،', 0.0)]
    [InlineData('Ж', 0.0)]
    public void ScriptAffinity_ArabicLettersOnly(char c, double expected) => Pack.ScriptAffinity(c).Should().Be(expected);

    [Fact]
    public void Registry_DetectByScript_FindsArabic() =>
        new LanguagePackRegistry([Pack]).DetectByScript("قال الوزير في بيان").Should().BeSameAs(Pack);

    [Theory]
    [InlineData("abbreviations.yaml")]
    [InlineData("clitic-exceptions.yaml")]
    [InlineData("stopwords.yaml")]
    public void Lexicons_OwnFiles_EmbeddedWithSource(string name)
    {
        Pack.Lexicons.Names.Should().Contain(name);
        var doc = name == "abbreviations.yaml"
            ? (object)Pack.Lexicons.TryLoad<ArabicAbbreviation>(name)!
            : Pack.Lexicons.TryLoad<string>(name)!;
        var (language, source, count) = doc switch
        {
            LexiconDocument<ArabicAbbreviation> a => (a.Language, a.Source, a.Entries.Count),
            LexiconDocument<string> s => (s.Language, s.Source, s.Entries.Count),
            _ => throw new InvalidOperationException(),
        };
        language.Should().Be("ar");
        source.Name.Should().NotBeNullOrWhiteSpace();
        source.License.Should().NotBeNullOrWhiteSpace();
        count.Should().BePositive();
    }

    [Fact]
    public void Abbreviations_EveryForm_EndsWithFullStop() =>
        Pack.Lexicons.TryLoad<ArabicAbbreviation>("abbreviations.yaml")!.Entries.Should().OnlyContain(e => e.Form.EndsWith('.'));

    [Fact]
    public void CliticExceptions_EveryEntry_AtLeastThreeNormalizedLetters() =>
        Pack.Lexicons.TryLoad<string>("clitic-exceptions.yaml")!.Entries
            .Select(e => ArabicNormalizer.Default.NormalizeString(e))
            .Should().OnlyContain(e => e.TrimEnd('$').Length >= 3 && e.TrimEnd('$').All(char.IsLetter));
}
