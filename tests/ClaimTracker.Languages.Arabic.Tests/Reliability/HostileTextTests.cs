using System.Collections.Immutable;
using ClaimTracker.Extraction;
using ClaimTracker.Ingestion;
using ClaimTracker.Languages.Arabic.Tests.Extraction;
using ClaimTracker.Model;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic.Tests.Reliability;

/// <summary>
/// Hostile input, text family, through the real Arabic pack: run-on lines, huge numbers, pathological number words,
/// nested quotes and invisible characters each give their specific outcome within a bounded time. Inputs are generated.
/// </summary>
public class HostileTextTests
{
    private const string Sentence = "قال المتحدث باسم الحكومة إن الجيش أرسل 300 جندي إلى الحدود. ";

    private static ExtractionResult Extract(string text, string id = "hostile") =>
        ArabicExtractionTests.Extractor.Extract(new Article(id, text, "ar"));

    [Fact]
    public void Extract_FourAndAHalfMegabyteArticle_ClaimLimitDiagnosedTruncation()
    {
        var text = string.Concat(Enumerable.Repeat(Sentence, 75_000)); // 4.5 M characters, 7.9 MB of UTF-8

        var result = Extract(text, "wire-dump");

        result.Claims.Should().HaveCount(ClaimExtractorOptions.DefaultMaxClaimsPerArticle);
        result.Claims.Select(c => c.Evidence.Span.Start).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        result.Claims[^1].Evidence.Span.End.Should().BeLessThan(Sentence.Length * 1_000 + 1, "the kept claims are the first ones");
        var d = result.Diagnostics.Should().ContainSingle(x => x.Code == LimitDiagnostics.ClaimsPerArticle).Subject;
        d.Severity.Should().Be(DiagnosticSeverity.Error);
        d.Message.Should().Contain("'wire-dump'").And.Contain("1000 claims").And.Contain("MaxClaimsPerArticle").And.Contain("of 4500000");
    }

    [Fact]
    public void Extract_ExactlyAtClaimLimit_NoDiagnostic()
    {
        var extractor = WithOptions(o => o with { MaxClaimsPerArticle = 3 });

        var result = extractor.Extract(new Article("three", string.Concat(Enumerable.Repeat(Sentence, 3)), "ar"));

        result.Claims.Should().HaveCount(3);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Extract_SingleFiveMegabyteLine_SentenceLengthDiagnosticQuickly()
    {
        var line = string.Concat(Enumerable.Repeat("الجيش أرسل 3 قوات، وقالت موسكو ", 90_000)); // one 'sentence', 5 MB of UTF-8
        var article = new ArticleLoader(new IngestionOptions { FallbackLanguage = "ar" }).LoadString(line, ArticleFormat.PlainText, new ArticleMetadata("run-on")).Articles.Single();

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = ArabicExtractionTests.Extractor.Extract(article);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "reading it whole took tens of minutes (quadratic)");
        result.Claims.Should().BeEmpty();
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(LimitDiagnostics.SentenceLength);
        d.Message.Should().Contain("'run-on'").And.Contain("1 sentence(s) longer than 5000 characters").And.Contain("MaxSentenceLength");
        d.Span.Should().Be(new TextSpan(0, line.TrimEnd().Length));
    }

    [Fact]
    public void Extract_LongSentenceAmongNormalOnes_OnlyItIsSkipped()
    {
        var text = Sentence + "قال الوزير إن " + string.Concat(Enumerable.Repeat("الجيش أرسل قوات ", 400)) + ". " + Sentence;

        var result = Extract(text);

        result.Claims.Should().HaveCount(2);
        result.Diagnostics.Should().ContainSingle(x => x.Code == LimitDiagnostics.SentenceLength && x.Span!.Value.Start == Sentence.Length);
    }

    [Fact]
    public void Extract_HundredThousandDigits_SentenceSkippedNoQuantity()
    {
        var text = "قال الوزير إن العدد بلغ " + new string('7', 100_000) + " شخصا.";

        var result = Extract(text);

        result.Claims.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(x => x.Code == LimitDiagnostics.SentenceLength);
    }

    [Fact]
    public void Extract_FourThousandDigitNumberInReadableSentence_ClaimWithoutQuantity()
    {
        var text = "قال الوزير إن العدد بلغ " + new string('7', 4_000) + " شخصا.";

        var claim = Extract(text).Claims.Should().ContainSingle().Subject;

        claim.Attribution.Speaker.EntityId.Should().Be("role:minister");
        claim.Quantities.Should().BeEmpty("a 4,000-digit run is not a readable number, and never Infinity");
    }

    [Fact]
    public void Extract_PathologicalNumberWords_OneFiniteQuantityQuickly()
    {
        var text = "قال الوزير إن العدد بلغ " + string.Join(" ", Enumerable.Repeat("ألف", 1_000)) + " شخص.";

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var claim = Extract(text).Claims.Should().ContainSingle().Subject;

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
        claim.Attribution.Speaker.EntityId.Should().Be("role:minister");
        var q = claim.Quantities.Should().ContainSingle().Subject;
        double.IsFinite(q.Low!.Value).Should().BeTrue();
        q.Low.Should().BeGreaterThanOrEqualTo(1000);
    }

    [Theory]
    [InlineData('«', '»')]
    [InlineData('"', '"')]
    public void Extract_TenThousandNestedQuotes_SentenceSkippedQuickly(char open, char close)
    {
        var text = "قال الوزير " + new string(open, 10_000) + "الجيش أرسل قوات" + new string(close, 10_000) + ".";

        var result = Extract(text);

        result.Claims.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(x => x.Code == LimitDiagnostics.SentenceLength);
    }

    [Fact]
    public void Extract_TwoThousandNestedQuotesUnderLengthLimit_ClaimOfTheSpeaker()
    {
        var text = "قال الوزير " + new string('«', 2_000) + "الجيش أرسل قوات" + new string('»', 2_000) + ".";

        var claim = Extract(text).Claims.Should().ContainSingle().Subject;

        claim.Attribution.Speaker.EntityId.Should().Be("role:minister");
    }

    [Theory]
    [InlineData("\u202E")]
    [InlineData("\u200B")]
    [InlineData("\u200C")]
    [InlineData("\u200F")]
    [InlineData("\u2066")]
    public void Extract_InvisibleCharacterInsideNameAndNumber_SameSpeakerAndValue(string invisible)
    {
        var text = $"قالت مو{invisible}سكو إن الجيش أرسل 3{invisible}00 جندي إلى الحدود.";

        var claim = Extract(text).Claims.Should().ContainSingle().Subject;

        claim.Attribution.Speaker.EntityId.Should().Be("gov:RU");
        claim.Quantities.Should().ContainSingle().Which.Low.Should().Be(300, "the reader sees 300, never 3 and 00");
        claim.Evidence.Text.Should().Contain(invisible, "the evidence quotes the article verbatim");
    }

    [Fact]
    public void Extract_TimeBudgetRunsOut_ClaimsSoFarKeptWithDiagnostic()
    {
        var extractor = WithOptions(o => o with { ArticleTimeBudget = TimeSpan.FromMilliseconds(1), MaxClaimsPerArticle = 100_000 });
        var text = string.Concat(Enumerable.Repeat(Sentence, 20_000));

        var result = extractor.Extract(new Article("slow", text, "ar"));

        result.Claims.Length.Should().BeLessThan(20_000);
        result.Claims.Select(c => c.Id).Should().Equal(Enumerable.Range(1, result.Claims.Length).Select(i => $"slow:c{i}"));
        var d = result.Diagnostics.Should().ContainSingle(x => x.Code == LimitDiagnostics.ArticleTimeBudget).Subject;
        d.Message.Should().Contain("'slow'").And.Contain("0.001 s").And.Contain("ArticleTimeBudget").And.Contain($"of {text.Length} characters");
    }

    [Fact]
    public void Extract_CallerCancels_OperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var act = () => ArabicExtractionTests.Extractor.Extract(new Article("c", Sentence, "ar"), cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void ClaimExtractorOptions_Defaults_AreDocumentedAndValidated()
    {
        var o = new ClaimExtractorOptions();
        o.MaxClaimsPerArticle.Should().Be(1_000);
        o.MaxSentenceLength.Should().Be(5_000);
        o.ArticleTimeBudget.Should().Be(TimeSpan.FromSeconds(60));
        (o with { ArticleTimeBudget = Timeout.InfiniteTimeSpan }).ArticleTimeBudget.Should().Be(Timeout.InfiniteTimeSpan);
        FluentActions.Invoking(() => o with { MaxClaimsPerArticle = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxClaimsPerArticle");
        FluentActions.Invoking(() => o with { MaxSentenceLength = 99 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxSentenceLength");
        FluentActions.Invoking(() => o with { ArticleTimeBudget = TimeSpan.Zero }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ArticleTimeBudget");
        FluentActions.Invoking(() => o with { ArticleTimeBudget = TimeSpan.FromSeconds(-5) }).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static ClaimExtractor WithOptions(Func<ClaimExtractorOptions, ClaimExtractorOptions> change)
    {
        var pack = ArabicLanguagePack.Instance;
        var options = change(new ClaimExtractorOptions
        {
            MatcherOptions = ImmutableDictionary<string, ClaimTracker.Catalog.AliasMatcherOptions>.Empty
                .Add("ar", ClaimTracker.Languages.Arabic.Catalog.ArabicCatalog.MatcherOptions(s => pack.Normalizer.Normalize(s).Text, pack.Tokenizer.Tokenize)),
        });
        return new ClaimExtractor(new LanguagePackRegistry([pack]), ArabicExtractionTests.Catalog, options);
    }
}
