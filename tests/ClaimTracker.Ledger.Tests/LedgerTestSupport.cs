using System.Collections.Immutable;
using ClaimTracker.Analysis;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Comparison;
using ClaimTracker.Ingestion;
using ClaimTracker.Languages.English;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Testing;
using ClaimTracker.Testing.Generation;

namespace ClaimTracker.Ledger.Tests;

/// <summary>The extractor, comparer and corpora the ledger tests share (the CLI's setup: both packs and their catalogs).</summary>
internal static class LedgerTestSupport
{
    private static readonly Lazy<IngestionResult> SeedLoad = new(() => Loader.LoadDirectory(SeedDir));
    private static readonly Lazy<IngestionResult> EnglishLoad = new(() => Loader.LoadDirectory(EnglishDir));
    private static readonly Lazy<ArticleGenerator> GeneratorValue = new(() => new ArticleGenerator(ExtractionSetup.Instance.Catalog, EnglishLanguagePack.Instance.Lexicons));

    public static string SeedDir => Path.Combine(RepoPaths.Root, "samples", "seed-ar");

    public static string EnglishDir => Path.Combine(RepoPaths.Root, "tests", "fixtures", "reports", "en");

    public static ArticleLoader Loader => new(new IngestionOptions { Languages = ExtractionSetup.Instance.Packs });

    public static ImmutableArray<Article> Seed => SeedLoad.Value.Articles;

    public static ImmutableArray<Diagnostic> SeedDiagnostics => SeedLoad.Value.Diagnostics;

    public static ImmutableArray<Article> English => EnglishLoad.Value.Articles;

    public static ArticleGenerator Generator => GeneratorValue.Value;

    public static ClaimComparer Comparer(int? maxBlockSize = null) => new(maxBlockSize is { } cap
        ? new ComparisonOptions { OriginResolver = OriginResolver.FromCatalog(ExtractionSetup.Instance.Catalog), MaxBlockSize = cap }
        : new ComparisonOptions { OriginResolver = OriginResolver.FromCatalog(ExtractionSetup.Instance.Catalog) });

    public static ClaimLedgerOptions Options(int? maxBlockSize = null) => new(ExtractionSetup.Instance.Extractor, Comparer(maxBlockSize));

    /// <summary>A fresh analyzer run over <paramref name="articles"/>, the reference the ledger must equal.</summary>
    public static AnalysisResult Fresh(IEnumerable<Article> articles, IEnumerable<Diagnostic>? loadDiagnostics = null, int? maxBlockSize = null)
    {
        var analyzer = new ClaimTrackerAnalyzer(ExtractionSetup.Instance.Extractor, Comparer(maxBlockSize));
        var result = analyzer.Analyze(articles);
        return loadDiagnostics is null
            ? result
            : new AnalysisResult(result.Articles, result.Claims, result.Relations,
                loadDiagnostics.Select(d => new AnalysisDiagnostic(null, d)).Concat(result.Diagnostics), analyzer.Comparer.Options.OriginResolver);
    }

    public static string Json(AnalysisResult result)
    {
        var text = new StringWriter();
        new JsonReportWriter().Write(result, text);
        return text.ToString();
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ct-ledger-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
