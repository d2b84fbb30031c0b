using BenchmarkDotNet.Attributes;
using ClaimTracker.Analysis;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Extraction;
using ClaimTracker.Ingestion;
using ClaimTracker.Languages.Arabic;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// The whole job over the sample corpus (<c>samples/seed-ar</c>, read with its manifest): extraction alone, the full
/// analysis (extract, compare, cluster) and the four reports. <see cref="Copies"/> repeats the corpus under new article
/// ids (the same story told again), so every copy's claims meet all earlier copies in their blocks: a stress case for
/// comparison, which shows how analysis time grows with the number of articles.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private ServiceProvider _provider = null!;
    private IClaimExtractor _extractor = null!;
    private ClaimTrackerAnalyzer _analyzer = null!;
    private IReportWriter[] _writers = [];
    private Article[] _articles = [];
    private AnalysisResult _result = null!;

    /// <summary>How many times the five sample articles are repeated (under new ids).</summary>
    [Params(1, 4, 8)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddClaimTracker(o => o.UseArabic());
        _provider = services.BuildServiceProvider();
        _extractor = _provider.GetRequiredService<IClaimExtractor>();
        _analyzer = _provider.GetRequiredService<ClaimTrackerAnalyzer>();
        _writers = _provider.GetServices<IReportWriter>().ToArray();

        var seed = _provider.GetRequiredService<ArticleLoader>().LoadDirectory(Paths.Samples("seed-ar")).Articles;
        _articles = Enumerable.Range(0, Copies)
            .SelectMany(copy => seed.Select(a => new Article($"{a.Id}-{copy}", a.Text, a.Language, a.Published, a.Outlet, a.Title)))
            .ToArray();
        _result = _analyzer.Analyze(_articles);
        Console.WriteLine($"// {_articles.Length} articles, {_articles.Sum(a => a.Text.Length)} characters, {_result.Claims.Length} claims, {_result.Relations.Length} relations");
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    /// <summary>Claim extraction of every article (recognizers included), no comparison.</summary>
    [Benchmark]
    public int Extract() => _articles.Sum(a => _extractor.Extract(a).Claims.Length);

    /// <summary>Extract, compare through the blocking index, cluster.</summary>
    [Benchmark]
    public int Analyze() => _analyzer.Analyze(_articles).Relations.Length;

    /// <summary>The Markdown, JSON, HTML and ClaimReview reports of one analysis, written to memory.</summary>
    [Benchmark]
    public long Reports()
    {
        long length = 0;
        foreach (var writer in _writers)
        {
            using var text = new StringWriter();
            writer.Write(_result, text);
            length += text.GetStringBuilder().Length;
        }

        return length;
    }
}
