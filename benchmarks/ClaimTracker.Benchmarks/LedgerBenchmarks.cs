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
        var services = new ServiceCollection();
        services.AddClaimTracker(o => o.UseArabic().UseEnglish());
        _provider = services.BuildServiceProvider();
        var options = new ClaimLedgerOptions(_provider.GetRequiredService<IClaimExtractor>(), _provider.GetRequiredService<ClaimTrackerAnalyzer>().Comparer);
        _generator = new ArticleGenerator(_provider.GetRequiredService<EntityCatalog>(), EnglishLanguagePack.Instance.Lexicons);

        var cached = Path.Combine(Path.GetTempPath(), $"claimtracker-bench-ledger-{Articles}-s{Seed}-v1.db");
        if (!File.Exists(cached))
        {
            Build(cached, options);
        }

        _copy = Path.Combine(Path.GetTempPath(), $"claimtracker-bench-ledger-{Guid.NewGuid():N}.db");
        File.Copy(cached, _copy);
        _ledger = SqliteClaimLedger.OpenAsync(_copy, options).GetAwaiter().GetResult();
        _next = Articles;

        // The figures the docs quote: how much of the ledger one new article touches.
        var probe = _generator.Generate(_next++, Seed);
        var clock = Stopwatch.StartNew();
        var added = _ledger.IngestAsync([probe]).GetAwaiter().GetResult().Articles.Single();
        Console.WriteLine($"// one new article: {added.Claims} claims, {added.BlockQueries} block queries, {added.Comparisons} comparisons, {clock.ElapsedMilliseconds} ms (cold)");
        _statement = _generator.Generate(Articles + 100_000, Seed + 1, sentences: 1).Text;
        Console.WriteLine($"// check statement: {_statement} -> {_ledger.FindAsync(_statement, "en").GetAwaiter().GetResult().Length} matches");
    }

    private void Build(string path, ClaimLedgerOptions options)
    {
        var building = path + ".building";
        File.Delete(building);
        var clock = Stopwatch.StartNew();
        using (var ledger = new LedgerHandle(SqliteClaimLedger.OpenAsync(building, options).GetAwaiter().GetResult()))
        {
            long claims = 0, comparisons = 0;
            for (var start = 0; start < Articles; start += 500)
            {
                var batch = Enumerable.Range(start, Math.Min(500, Articles - start)).Select(i => _generator.Generate(i, Seed));
                var result = ledger.Ledger.IngestAsync(batch).GetAwaiter().GetResult();
                claims += result.Articles.Sum(a => a.Claims);
                comparisons += result.Comparisons;
                Console.WriteLine($"// built {start + 500} articles, {claims} claims, {comparisons} comparisons, {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, path);
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
