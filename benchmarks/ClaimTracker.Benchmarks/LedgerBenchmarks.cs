using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ClaimTracker.Analysis;
using ClaimTracker.Catalog;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Extraction;
using ClaimTracker.Languages.Arabic;
using ClaimTracker.Languages.English;
using ClaimTracker.Ledger;
using ClaimTracker.Model;
using ClaimTracker.Testing.Generation;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Benchmarks;

/// <summary>
/// The SQLite ledger at scale: adding one article to a ledger of <see cref="Articles"/> generated articles (only its blocks
/// are compared), and a claim look-up (<c>check</c>) on it. The ledger is built once (it takes minutes) and cached in the
/// temporary folder; each run works on a copy of it.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private const int Seed = 19;
    private ServiceProvider _provider = null!;
    private ArticleGenerator _generator = null!;
    private SqliteClaimLedger _ledger = null!;
    private string _copy = "";
    private string _statement = "";
    private int _next;

    /// <summary>How many generated articles the ledger holds.</summary>
    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_provider, var options, _generator) = Pipeline();
        var cached = EnsureLedger(Articles, _provider, options, _generator);
        _copy = Path.Combine(Path.GetTempPath(), $"claimtracker-bench-ledger-{Guid.NewGuid():N}.db");
        File.Copy(cached, _copy);
        _ledger = SqliteClaimLedger.OpenAsync(_copy, options).GetAwaiter().GetResult();
        _next = Articles;

        // The figures the docs quote: how much of the ledger one new article touches.
        var probe = _generator.Generate(_next++, Seed);
        var clock = Stopwatch.StartNew();
        var added = _ledger.IngestAsync([probe]).GetAwaiter().GetResult().Articles.Single();
        Console.WriteLine($"// one new article: {added.Claims} claims, {added.BlockQueries} block queries, {added.Comparisons} comparisons, {clock.ElapsedMilliseconds} ms (cold)");
        var extractClock = Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            options.Extractor.Extract(_generator.Generate(Articles + 50_000 + i, Seed));
        }

        Console.WriteLine($"// extraction alone: {extractClock.Elapsed.TotalMilliseconds / 5:0.0} ms per article");

        // A sentence of a stored article, as an editor would paste a quote: it has matches to list.
        _statement = _generator.Generate(Articles / 2, Seed).Text.Split(". ")[0] + ".";
        Console.WriteLine($"// check statement: {_statement} -> {_ledger.FindAsync(_statement, "en").GetAwaiter().GetResult().Length} matches");
    }

    /// <summary>
    /// Builds the cached ledger of <paramref name="articles"/> generated articles when missing (<c>dotnet run -c Release --
    /// build-ledger 10000</c> does it outside BenchmarkDotNet, whose in-process runs time out on long setups).
    /// </summary>
    public static string EnsureLedger(int articles)
    {
        var (provider, options, generator) = Pipeline();
        using (provider)
        {
            return EnsureLedger(articles, provider, options, generator);
        }
    }

    private static (ServiceProvider Provider, ClaimLedgerOptions Options, ArticleGenerator Generator) Pipeline()
    {
        var services = new ServiceCollection();
        services.AddClaimTracker(o => o.UseArabic().UseEnglish());
        var provider = services.BuildServiceProvider();
        var options = new ClaimLedgerOptions(provider.GetRequiredService<IClaimExtractor>(), provider.GetRequiredService<ClaimTrackerAnalyzer>().Comparer);
        return (provider, options, new ArticleGenerator(provider.GetRequiredService<EntityCatalog>(), EnglishLanguagePack.Instance.Lexicons));
    }

    private static string EnsureLedger(int articles, ServiceProvider provider, ClaimLedgerOptions options, ArticleGenerator generator)
    {
        _ = provider;
        var path = Path.Combine(Path.GetTempPath(), $"claimtracker-bench-ledger-{articles}-s{Seed}-v1.db");
        if (File.Exists(path))
        {
            return path;
        }

        var building = path + ".building";
        File.Delete(building);
        var clock = Stopwatch.StartNew();
        using (var ledger = new LedgerHandle(SqliteClaimLedger.OpenAsync(building, options).GetAwaiter().GetResult()))
        {
            long claims = 0, comparisons = 0;
            for (var start = 0; start < articles; start += 500)
            {
                var batch = Enumerable.Range(start, Math.Min(500, articles - start)).Select(i => generator.Generate(i, Seed));
                var result = ledger.Ledger.IngestAsync(batch).GetAwaiter().GetResult();
                claims += result.Articles.Sum(a => a.Claims);
                comparisons += result.Comparisons;
                Console.WriteLine($"// built {start + 500} articles, {claims} claims, {comparisons} comparisons, {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _ledger.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _copy, _copy + "-wal", _copy + "-shm" })
        {
            File.Delete(file);
        }

        _provider.Dispose();
    }

    /// <summary>Adds one new generated article (extraction, its blocks' comparisons, one transaction).</summary>
    [Benchmark]
    public int AddOneArticle() => _ledger.IngestAsync([_generator.Generate(_next++, Seed)]).GetAwaiter().GetResult().Articles[0].Claims;

    /// <summary>Looks a one-sentence statement up (<c>claimtracker check</c> without the process start).</summary>
    [Benchmark]
    public int Check() => _ledger.FindAsync(_statement, "en").GetAwaiter().GetResult().Length;

    private sealed class LedgerHandle(SqliteClaimLedger ledger) : IDisposable
    {
        public SqliteClaimLedger Ledger { get; } = ledger;

        public void Dispose() => Ledger.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
