using ClaimTracker.Lexicons;
using FsCheck;
using FsCheck.Fluent;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.ThirdLanguage;

/// <summary>A third language, written outside the core, runs through the public API unchanged.</summary>
public class FrenchTestPackTests
{
    private static readonly FrenchTestPack Pack = FrenchTestPack.Instance;

    [Fact]
    public void Lexicons_ElisionsEmbeddedInTestAssembly_LoadThroughProvider()
    {
        Pack.Lexicons.Names.Should().Contain("elisions.yaml");
        var doc = Pack.Lexicons.TryLoad<ElisionEntry>("elisions.yaml");
        doc!.Language.Should().Be("fr");
        doc.Source.Name.Should().NotBeNullOrWhiteSpace();
        doc.Entries.Select(e => e.Form).Should().Contain(["l", "qu"]);
    }

    [Fact]
    public void Normalize_FrenchRules_AppliedWithOffsetMap()
    {
        var n = Pack.Normalizer.Normalize("Le c\u0153ur\u00A0! L\u2019\u00C9tat");
        n.Text.Should().Be("le coeur ! l'\u00E9tat");
        n.ToOriginal(new TextSpan(3, 5)).Slice(n.Original).Should().Be("c\u0153ur");
    }

    [Fact]
    public void Normalize_Guillemets_Kept() => Pack.Normalizer.Normalize("\u00AB\u202FOui\u202F\u00BB").Text.Should().Be("\u00AB oui \u00BB");

    [Fact]
    public void Segment_FrenchText_SentencesAndQuotes()
    {
        const string text = "Le ministre a parl\u00E9. Il a dit\u00A0: \u00AB\u00A0Nous partons. Demain.\u00A0\u00BB Vraiment\u00A0? Oui.";
        Pack.Segmenter.Segment(text).Select(s => s.Span.Slice(text)).Should().Equal(
            "Le ministre a parl\u00E9.",
            "Il a dit\u00A0: \u00AB\u00A0Nous partons. Demain.\u00A0\u00BB Vraiment\u00A0?",
            "Oui.");
    }

    [Fact]
    public void Tokenize_ElisionsNumbersAndHyphens()
    {
        var tokens = Pack.Tokenizer.Tokenize("l'arm\u00E9e a 1\u00A0234,5 soldats, peut-\u00EAtre.");
        tokens.Select(t => (t.Text, t.Kind)).Should().Equal(
            ("l'", TokenKind.Word), ("arm\u00E9e", TokenKind.Word), ("a", TokenKind.Word),
            ("1\u00A0234,5", TokenKind.Number), ("soldats", TokenKind.Word), (",", TokenKind.Punctuation),
            ("peut-\u00EAtre", TokenKind.Word), (".", TokenKind.Punctuation));
    }

    [Fact]
    public void Tokenize_WordNotInElisionLexicon_KeepsApostrophe() =>
        Pack.Tokenizer.Tokenize("aujourd'hui").Select(t => t.Text).Should().Equal("aujourd", "'", "hui");

    [Theory]
    [InlineData("gouvernements", "gouvern")]
    [InlineData("d\u00E9clarations", "d\u00E9clar")]
    [InlineData("arm\u00E9es", "arm")]
    [InlineData("les", "les")]
    public void Stem_SuffixStripper(string word, string stem) => Pack.Stemmer.Stem(word).Should().Be(stem);

    [Fact]
    public void Pipeline_NormalizeTokenizeStem_TokensReadBackFromOriginal()
    {
        const string original = "L\u2019ARM\u00C9E a d\u00E9ploy\u00E9 ses \u0153uvres\u00A0!";
        var n = Pack.Normalizer.Normalize(original);
        var tokens = Pack.Tokenizer.Tokenize(n.Text);
        tokens.Select(t => Pack.Stemmer.Stem(t.Text)).Should().Equal("l'", "arm", "a", "d\u00E9ploy\u00E9", "ses", "oeuvr", "!");
        foreach (var t in tokens)
        {
            Pack.Normalizer.Normalize(n.ToOriginal(t.Span).Slice(original)).Text.Should().Be(t.Text);
        }
    }

    [Fact]
    public void Registry_LookupAndDetection_WorkWithThirdLanguage()
    {
        var registry = new LanguagePackRegistry([Pack, new AsciiStubPack()]);
        registry.Codes.Should().Equal("aa", "fr");
        registry.Get("FR").Should().BeSameAs(Pack);
        registry.TryGet("fr", out var found).Should().BeTrue();
        found.Should().BeSameAs(Pack);

        // Accented letters only French claims tip the vote; plain ASCII ties and goes to the first code.
        registry.DetectByScript("L'arm\u00E9e a d\u00E9ploy\u00E9 ses troupes \u00E0 l'\u00E9t\u00E9.").Should().BeSameAs(Pack);
        registry.DetectByScript("plain words").Should().BeOfType<AsciiStubPack>();
        registry.DetectByScript("\u041C\u043E\u0441\u043A\u0432\u0430 2024").Should().BeNull();
    }

    [Fact]
    public void Registry_DuplicateCode_Rejected() =>
        FluentActions.Invoking(() => new LanguagePackRegistry([Pack, new FrenchTestPack()]))
            .Should().Throw<ArgumentException>().WithParameterName("packs");

    [Fact]
    public void AllStages_RandomStrings_DoNotThrow()
    {
        Prop.ForAll<string>(s =>
        {
            s ??= "";
            var n = Pack.Normalizer.Normalize(s);
            _ = Pack.Segmenter.Segment(s);
            foreach (var t in Pack.Tokenizer.Tokenize(n.Text))
            {
                _ = Pack.Stemmer.Stem(t.Text);
                _ = n.ToOriginal(t.Span);
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>A second pack that only claims ASCII letters, so detection has something to choose between.</summary>
    private sealed class AsciiStubPack : ILanguagePack
    {
        public string Code => "aa";

        public string Name => "ASCII stub";

        public bool IsRightToLeft => false;

        public ITextNormalizer Normalizer => Pack.Normalizer;

        public ISentenceSegmenter Segmenter => Pack.Segmenter;

        public ITokenizer Tokenizer => Pack.Tokenizer;

        public IStemmer Stemmer => Pack.Stemmer;

        public ILexiconProvider Lexicons => Pack.Lexicons;

        public double ScriptAffinity(char letter) => letter is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? 0.5 : 0.0;
    }
}
