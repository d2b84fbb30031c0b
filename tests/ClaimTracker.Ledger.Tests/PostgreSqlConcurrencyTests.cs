using ClaimTracker.Cli.Commands;
using ClaimTracker.Indexing;
using ClaimTracker.Ledger.PostgreSql;
using Npgsql;
using static ClaimTracker.Ledger.Tests.LedgerTestSupport;

namespace ClaimTracker.Ledger.Tests;

/// <summary>Two ingest processes writing disjoint folders into one PostgreSQL ledger at the same time.</summary>
public sealed class PostgreSqlConcurrencyTests : IAsyncLifetime, INeedPostgreSql
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly string _dir = TempDir();
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await PostgreSqlClaimLedgerTests.CreateSchemaAsync(_schema);

    public async Task DisposeAsync()
    {
        await PostgreSqlClaimLedgerTests.DropSchemaAsync(_schema);
        Directory.Delete(_dir, recursive: true);
    }

    [StoreFact]
    public async Task AnalyzeDb_TwoProcessesDisjointFolders_SameRelationsAsOneProcess()
    {
        var articles = Generator.GenerateMany(60, seed: 11, sentences: 20).ToList();
        var even = articles.Where((_, i) => i % 2 == 0).ToList();
        var odd = articles.Where((_, i) => i % 2 == 1).ToList();
        var fresh = Fresh(articles);
        var evenIds = even.Select(a => a.Id).ToHashSet();
        fresh.Relations.Should().Contain(r => evenIds.Contains(fresh.Claims.First(c => c.Id == r.ClaimA).Evidence.ArticleId)
            != evenIds.Contains(fresh.Claims.First(c => c.Id == r.ClaimB).Evidence.ArticleId), "the two folders must relate for the test to mean anything");
        var first = IngestProcess.WriteCorpus(Path.Combine(_dir, "even"), even);
        var second = IngestProcess.WriteCorpus(Path.Combine(_dir, "odd"), odd);

        using var a = IngestProcess.Start(first, _connectionString, Path.Combine(_dir, "out-even"));
        using var b = IngestProcess.Start(second, _connectionString, Path.Combine(_dir, "out-odd"));
        var errors = await Task.WhenAll(a.StandardError.ReadToEndAsync(), b.StandardError.ReadToEndAsync());
        await Task.WhenAll(a.WaitForExitAsync(), b.WaitForExitAsync());

        (a.ExitCode, b.ExitCode).Should().Be((0, 0), string.Join("\n", errors));
        await using var ledger = await PostgreSqlClaimLedger.OpenAsync(_connectionString, Options());
        (await ledger.GetArticlesAsync()).Should().HaveCount(articles.Count);
        (await ledger.GetRelationsAsync()).Should().Equal(fresh.Relations);
        (await ledger.GetClustersAsync()).Clusters.Select(k => k.Id).Should().Equal(fresh.Graph.Clusters.Select(k => k.Id));
    }

    [StoreFact]
    public async Task IngestAsync_BlockingKeyHeldByAnotherWriter_WaitsUntilItCommits()
    {
        // The two-process test checks the outcome, but its race window is narrow; this shows the lock itself: a writer
        // holding one of an article's blocking keys makes the ingest of that article wait.
        var article = Generator.Generate(0, seed: 13);
        var key = ExtractionSetup.Instance.Extractor.Extract(article).Claims.SelectMany(c => BlockingKeys.For(c)).First();
        await using var ledger = await PostgreSqlClaimLedger.OpenAsync(_connectionString, Options());
        await using var other = new NpgsqlConnection(_connectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@s, @i)", other, transaction))
        {
            command.Parameters.AddWithValue("s", PostgreSqlClaimLedger.AdvisoryLockSpace + 2);
            command.Parameters.AddWithValue("i", PostgreSqlClaimLedger.LockId(key));
            await command.ExecuteNonQueryAsync();
        }

        var ingest = ledger.IngestAsync([article]);
        var finished = await Task.WhenAny(ingest, Task.Delay(TimeSpan.FromSeconds(3)));
        finished.Should().NotBeSameAs(ingest, "the ingest must wait for the writer holding its blocking key");
        (await ledger.GetArticlesAsync()).Should().BeEmpty();

        await transaction.CommitAsync();
        (await ingest.WaitAsync(TimeSpan.FromMinutes(1))).Added.Should().Be(1);
    }
}
