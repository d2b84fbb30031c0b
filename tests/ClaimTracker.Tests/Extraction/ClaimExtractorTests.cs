using ClaimTracker.Catalog;
using ClaimTracker.Extraction;
using ClaimTracker.Model;
using ClaimTracker.Tests.ThirdLanguage;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Extraction;

public class ClaimExtractorTests
{
    private const string CatalogJson = """
        {"format":"claimtracker-catalog/1","entities":[{"id":"gov:XR","kind":"government","names":{"fr":["Ruritanie"]}}]}
        """;

    private static readonly EntityCatalog Catalog = new EntityCatalogBuilder().AddJson(CatalogJson, "test").Build();

    private static ClaimExtractor French() => new(new LanguagePackRegistry([FrenchTestPack.Instance]), Catalog);

    [Fact]
    public void Constructor_NullPacks_Throws()
    {
        var act = () => new ClaimExtractor(null!, Catalog);
        act.Should().Throw<ArgumentNullException>().WithParameterName("packs");
    }

    [Fact]
    public void Constructor_NullCatalog_Throws()
    {
        var act = () => new ClaimExtractor(new LanguagePackRegistry([FrenchTestPack.Instance]), null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("catalog");
    }

    [Fact]
    public void Extract_NullArticle_Throws()
    {
        var act = () => French().Extract(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Extract_LanguageWithoutPack_ThrowsKeyNotFound()
    {
        var act = () => French().Extract(new Article("a", "text", "xx"));
        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Extract_PackWithoutExtractionLexicons_ArticleVoiceStatementForEntitySentences()
    {
        var article = new Article("a", "La Ruritanie a parlé. Il pleut.", "fr", outlet: "Le Journal");

        var result = French().Extract(article);

        result.ArticleId.Should().Be("a");
        result.Claims.Should().ContainSingle();
        var claim = result.Claims[0];
        claim.Id.Should().Be("a:c1");
        claim.Attribution.Speaker.Kind.Should().Be(SourceKind.ArticleVoice);
        claim.Attribution.Speaker.Name.Should().Be("Le Journal");
        claim.Proposition.EventClass.Should().Be(ClaimExtractor.StatementEventClass);
        claim.Evidence.Text.Should().Be("La Ruritanie a parlé.");
    }

    [Fact]
    public void Extract_PublishedDate_BecomesSaid()
    {
        var published = FuzzyTime.Day(2024, 3, 1);
        var article = new Article("a", "La Ruritanie a parlé.", "fr", published);

        French().Extract(article).Claims[0].Said.Should().Be(published);
    }
}

public class ClaimExtractorRecognizerTests
{
    private sealed record FakeItem(TextSpan At, string Written) : Recognition.Recognized(At, Written, "fake")
    {
        public override Recognition.RecognitionKind Kind => Recognition.RecognitionKind.Date;
    }

    private sealed class FakeRecognizer : Recognition.IRecognizer
    {
        public IReadOnlyCollection<Recognition.RecognitionKind> Kinds => [Recognition.RecognitionKind.Date];

        public Recognition.RecognitionResult Recognize(string text, Recognition.RecognitionContext context) =>
            new([new FakeItem(new TextSpan(0, 2), text[..2])], []);
    }

    [Fact]
    public void Extract_WithRecognizers_FillsTimesAndEventTime()
    {
        var catalog = new EntityCatalogBuilder()
            .AddJson("""{"format":"claimtracker-catalog/1","entities":[{"id":"gov:XR","kind":"government","names":{"fr":["Ruritanie"]}}]}""", "test")
            .Build();
        var day = FuzzyTime.Day(2024, 5, 6);
        var extractor = new ClaimExtractor(new LanguagePackRegistry([FrenchTestPack.Instance]), catalog, new ClaimExtractorOptions
        {
            Recognizers = [new FakeRecognizer()],
            TimeOf = _ => day,
        });

        var claim = extractor.Extract(new Article("a", "La Ruritanie a parlé.", "fr")).Claims.Single();

        claim.Times.Should().Equal(day);
        claim.EventTime.Should().Be(day);
        claim.Quantities.Should().BeEmpty();
    }
}
