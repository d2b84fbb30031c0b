using ClaimTracker.Catalog;
using ClaimTracker.Comparison;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Extraction;
using ClaimTracker.Graph;
using ClaimTracker.Indexing;
using ClaimTracker.Ingestion;
using ClaimTracker.Languages.Arabic;
using ClaimTracker.Languages.English;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Browser.Tests;

/// <summary>
/// An HTML report of two invented articles about one invented event, an Arabic one and an English one with a denial
/// whose quote carries markup, written with the core <see cref="HtmlReportWriter"/> into the test output folder.
/// </summary>
public sealed class TestReport
{
    /// <summary>Markup that must stay text.</summary>
    public const string ScriptMarkup = "<script>alert(1)</script>";

    /// <summary>Markup that must stay text.</summary>
    public const string ImgMarkup = "<img src=x onerror=alert(1)>";

    /// <summary>A title that is one long unbreakable word (hashtag-like), which must not widen the page.</summary>
    public static readonly string LongTag = string.Join("_", Enumerable.Repeat("قصف_القضارف_السودان_إثيوبيا", 8));

    private static readonly string ArabicArticle =
        "---\nlanguage: ar\npublished: 2031-05-04\noutlet: وكالة الأنباء التجريبية\ntitle: " + LongTag + "\n---\n" +
        "قالت وزارة الخارجية المصرية إن مصر أرسلت 500 طن من المساعدات إلى السودان يوم الجمعة.\n" +
        "قال الجيش السوداني إن إثيوبيا قصفت مدينة القضارف وقتلت 40 مدنيا.\n";

    private static readonly string EnglishArticle =
        "---\nlanguage: en\npublished: 2031-05-05\noutlet: Test Wire\n---\n" +
        "Egypt's foreign ministry said Egypt sent 500 tons of aid to Sudan on Friday.\n" +
        "The Sudanese army said Ethiopia shelled the city of Gedaref and killed 40 civilians.\n" +
        $"Ethiopia denied that it shelled Gedaref, calling the report \"{ScriptMarkup} {ImgMarkup}\" a fabrication.\n" +
        "Ethiopia denied that it killed civilians in Gedaref.\n";

    private TestReport(string path, IReadOnlyList<Claim> claims, IReadOnlyList<ClaimRelation> relations, ClaimGraph graph)
    {
        Path = path;
        Claims = claims;
        Relations = relations;
        Graph = graph;
    }

    /// <summary>The written <c>report.html</c>.</summary>
    public string Path { get; }

    /// <summary>The extracted claims.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The relations between them.</summary>
    public IReadOnlyList<ClaimRelation> Relations { get; }

    /// <summary>Their graph.</summary>
    public ClaimGraph Graph { get; }

    /// <summary>Quotes of the claims read from the Arabic article.</summary>
    public IReadOnlyList<string> ArabicQuotes => Claims.Where(c => c.Evidence.ArticleId == "ar").Select(c => c.Evidence.Text).Distinct().ToList();

    /// <summary>Quotes of the claims read from the English article.</summary>
    public IReadOnlyList<string> EnglishQuotes => Claims.Where(c => c.Evidence.ArticleId == "en").Select(c => c.Evidence.Text).Distinct().ToList();

    /// <summary>Writes the invented articles to <paramref name="folder"/>/in and the report to <paramref name="folder"/>/report.html.</summary>
    public static TestReport Build(string folder)
    {
        var input = System.IO.Path.Combine(folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(System.IO.Path.Combine(input, "ar.md"), ArabicArticle);
        File.WriteAllText(System.IO.Path.Combine(input, "en.md"), EnglishArticle);
        return Analyze(input, System.IO.Path.Combine(folder, "report.html"));
    }

    /// <summary>Analyzes a folder of articles the way <c>claimtracker analyze</c> does and writes the HTML report.</summary>
    public static TestReport Analyze(string input, string output)
    {
        using var provider = new ServiceCollection().AddClaimTracker(o => o.UseArabic().UseEnglish()).BuildServiceProvider();
        var ingestion = provider.GetRequiredService<ArticleLoader>().LoadDirectory(input);
        var extractor = provider.GetRequiredService<IClaimExtractor>();
        var claims = ingestion.Articles.SelectMany(a => extractor.Extract(a).Claims).ToList();
        var index = provider.GetRequiredService<ClaimIndex>();
        index.Add(claims);
        var relations = index.Relations;
        var graph = ClaimGraph.Build(claims, relations, OriginResolver.FromCatalog(provider.GetRequiredService<EntityCatalog>()));
        File.WriteAllText(output, new HtmlReportWriter().Write(ingestion.Articles, claims, relations, graph), new System.Text.UTF8Encoding(false));
        return new TestReport(output, claims, relations, graph);
    }
}
