using ClaimTracker.Cli.Commands;
using Microsoft.Data.Sqlite;
using static ClaimTracker.Ledger.Tests.LedgerTestSupport;

namespace ClaimTracker.Ledger.Tests;

/// <summary>An ingest process killed in the middle of a batch leaves a ledger that opens cleanly with whole articles only.</summary>
public sealed class LedgerCrashTests : IDisposable
{
    private readonly string _dir = TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task AnalyzeDb_KilledMidBatch_CommittedArticlesIntactNoneHalfWritten()
    {
        const int Count = 400;
        var articles = Generator.GenerateMany(Count, seed: 7).ToList();
        var corpus = IngestProcess.WriteCorpus(Path.Combine(_dir, "corpus"), articles);
        var db = Path.Combine(_dir, "ledger.db");

        using (var process = IngestProcess.Start(corpus, db, Path.Combine(_dir, "out")))
        {
            var stored = await WaitForArticlesAsync(db, process, atLeast: 5, TimeSpan.FromMinutes(4));
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            stored.Should().BeLessThan(Count, "the process must be killed in the middle of the batch");
        }

        await using var ledger = await SqliteClaimLedger.OpenAsync(db, Options());
        var kept = await ledger.GetArticlesAsync();
        kept.Should().NotBeEmpty().And.HaveCountLessThan(Count);
        var byId = articles.ToDictionary(a => a.Id);
        var keptArticles = new List<Model.Article>();
        foreach (var entry in kept)
        {
            var article = await ledger.GetArticleAsync(entry.Id);
            article.Should().Be(byId[entry.Id], "every committed article is intact");
            (await ledger.GetClaimsAsync(entry.Id)).Should().Equal(ExtractionSetup.Instance.Extractor.Extract(byId[entry.Id]).Claims, "no article is half-written");
            keptArticles.Add(article!);
        }

        (await ledger.GetRelationsAsync()).Should().Equal(Fresh(keptArticles).Relations);

        // Running the batch again completes it.
        var rest = articles.Where(a => !kept.Any(k => k.Id == a.Id)).Take(5).ToList();
        var resumed = await ledger.IngestAsync(keptArticles.Concat(rest));
        (resumed.Unchanged, resumed.Added).Should().Be((kept.Length, rest.Count));
    }

    private static async Task<int> WaitForArticlesAsync(string db, System.Diagnostics.Process process, int atLeast, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            process.HasExited.Should().BeFalse("the ingest must still be running: {0}", process.HasExited ? await process.StandardError.ReadToEndAsync() : "");
            if (File.Exists(db))
            {
                try
                {
                    await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = "SELECT COUNT(*) FROM articles";
                    var count = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
                    if (count >= atLeast)
                    {
                        return count;
                    }
                }
                catch (SqliteException)
                {
                    // The tables are not created yet.
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The ledger did not reach {atLeast} articles within {timeout}.");
    }
}
