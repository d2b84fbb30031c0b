using ClaimTracker.Analysis;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Comparison;
using ClaimTracker.Ingestion;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Testing;
using ClaimTracker.Tests.Snapshots;

namespace ClaimTracker.Cli.Tests;

/// <summary>
/// Snapshots of the four reports for the Arabic seed corpus and the English report fixtures, their schema validity, and
/// byte-identical output whatever the article order or thread count. Snapshots are re-accepted with
/// <c>CLAIMTRACKER_ACCEPT=1</c> when extraction or comparison changes.
/// </summary>
public class ReportSnapshotTests
{
    private static readonly Lazy<AnalysisResult> Seed = new(() => Analyzer().AnalyzeDirectory(SeedDir));
    private static readonly Lazy<AnalysisResult> English = new(() => Analyzer().AnalyzeDirectory(EnglishDir));

    private static string SeedDir => Path.Combine(RepoPaths.Root, "samples", "seed-ar");

    private static string EnglishDir => Path.Combine(RepoPaths.Root, "tests", "fixtures", "reports", "en");

    private static ClaimTrackerAnalyzer Analyzer(int threads = 1) => new(
        ExtractionSetup.Instance.Extractor,
        new ClaimComparer(new ComparisonOptions
        {
            OriginResolver = OriginResolver.FromCatalog(ExtractionSetup.Instance.Catalog),
            MaxDegreeOfParallelism = threads,
        }),
        new ArticleLoader(new IngestionOptions { Languages = ExtractionSetup.Instance.Packs }),
        new AnalysisOptions { MaxDegreeOfParallelism = threads });

    private static string Render(string format, AnalysisResult result)
    {
        var text = new StringWriter();
        AnalyzeCommand.Writers.Single(w => w.Format == format).Write(result, text);
        return text.ToString();
    }

    private static string AllReports(AnalysisResult result) => string.Concat(AnalyzeCommand.Writers.Select(w => Render(w.Format, result)));

    [Fact]
    public void SeedCorpus_Markdown_MatchesSnapshot() => Snapshot.Match(Render("md", Seed.Value), "md");

    [Fact]
    public void SeedCorpus_Json_MatchesSnapshot() => Snapshot.Match(Render("json", Seed.Value), "json");

    [Fact]
    public void SeedCorpus_Html_MatchesSnapshot() => Snapshot.Match(Render("html", Seed.Value), "html");

    [Fact]
    public void SeedCorpus_ClaimReview_MatchesSnapshot() => Snapshot.Match(Render("claimreview", Seed.Value), "jsonld");

    [Fact]
    public void EnglishFixtures_Markdown_MatchesSnapshot() => Snapshot.Match(Render("md", English.Value), "md");

    [Fact]
    public void EnglishFixtures_Json_MatchesSnapshot() => Snapshot.Match(Render("json", English.Value), "json");

    [Fact]
    public void EnglishFixtures_Html_MatchesSnapshot() => Snapshot.Match(Render("html", English.Value), "html");

    [Fact]
    public void EnglishFixtures_ClaimReview_MatchesSnapshot() => Snapshot.Match(Render("claimreview", English.Value), "jsonld");

    [Fact]
    public void SeedAndEnglishJsonReports_ValidateAgainstTheSchema()
    {
        var validator = new JsonSchemaValidator(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schema", "claimtracker-report-1.schema.json")));
        validator.Validate(Render("json", Seed.Value)).Should().BeEmpty();
        validator.Validate(Render("json", English.Value)).Should().BeEmpty();
    }

    [Fact]
    public void EnglishFixtures_ShowDenialChangedNumberAndSameOrigin()
    {
        var result = English.Value;
        result.Articles.Should().HaveCount(4);
        result.Claims.Should().Contain(c => c.Stance == Stance.Denies, "en-03 denies the shipment");
        result.Relations.Should().Contain(r => r.Reasons.Any(x => x.Type == ReasonType.QuantitiesDisjoint), "en-04 gives another tonnage");
        result.Relations.Should().Contain(r => r.Reasons.Any(x => x.Type == ReasonType.SameOrigin), "en-01 and en-02 rest on one ministry statement");
    }

    [Fact]
    public void EnglishFixtures_ShuffledArticlesAndFourThreads_ByteIdenticalReports()
    {
        var articles = English.Value.Articles.ToArray();
        var shuffled = new[] { articles[2], articles[0], articles[3], articles[1] };
        var again = Analyzer(threads: 4).Analyze(shuffled);
        AllReports(again).Should().Be(AllReports(Analyzer().Analyze(articles)));
    }

    [Fact]
    public void SeedCorpus_ReversedArticlesAndFourThreads_ByteIdenticalReports()
    {
        var again = Analyzer(threads: 4).Analyze(Seed.Value.Articles.Reverse());
        AllReports(again).Should().Be(AllReports(Analyzer().Analyze(Seed.Value.Articles)));
    }
}
