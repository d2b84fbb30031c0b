using System.Text.Json;
using ClaimTracker.Cli;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Cli.Tests;

public class EvalCommandTests
{
    internal static string RepoRoot() => ClaimTracker.Testing.RepoPaths.Root;

    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = CliApp.BuildRootCommand(new StringReader(""), stdout, stderr);
        var config = new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr };
        var code = root.Parse(args).Invoke(config);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Corpus => Path.Combine(RepoRoot(), "samples", "seed-ar");

    private static string DevKey => Path.Combine(RepoRoot(), "tests", "fixtures", "eval", "seed-gold.dev.json");

    [Fact]
    public void Eval_DevKeyJson_MeetsTargetsAndHasTheDocumentedShape()
    {
        var (code, output, _) = Run("eval", Corpus, "--gold", DevKey, "--json");

        code.Should().Be(0);
        using var doc = JsonDocument.Parse(output);
        var mentions = doc.RootElement.GetProperty("mentions");
        mentions.GetProperty("total").GetInt32().Should().Be(30);
        mentions.GetProperty("recall").GetDouble().Should().BeGreaterThanOrEqualTo(0.85);
        mentions.GetProperty("polarityAccuracy").GetDouble().Should().BeGreaterThanOrEqualTo(0.90);
        mentions.GetProperty("sourceAccuracy").GetDouble().Should().BeGreaterThanOrEqualTo(0.80);
        mentions.TryGetProperty("covered", out _).Should().BeTrue();
        var relations = doc.RootElement.GetProperty("relations");
        foreach (var kind in new[] { "corroborates", "contradicts", "all" })
        {
            var pr = relations.GetProperty(kind);
            pr.EnumerateObject().Select(p => p.Name).Should().Equal("precision", "recall", "f1");
        }

        relations.GetProperty("unjudged").GetInt32().Should().BeGreaterThanOrEqualTo(0);

        // Issue acceptance: corroborates F1 >= 0.80 and contradicts F1 >= 0.60, precision >= 0.70 each. The floors sit at
        // or above the targets, near what cross-article comparison reaches on the dev key; they can only go up.
        relations.GetProperty("corroborates").GetProperty("f1").GetDouble().Should().BeGreaterThanOrEqualTo(0.90);
        relations.GetProperty("corroborates").GetProperty("precision").GetDouble().Should().BeGreaterThanOrEqualTo(0.90);
        relations.GetProperty("contradicts").GetProperty("f1").GetDouble().Should().BeGreaterThanOrEqualTo(0.90);
        relations.GetProperty("contradicts").GetProperty("precision").GetDouble().Should().BeGreaterThanOrEqualTo(0.90);
        var evidence = doc.RootElement.GetProperty("evidence");
        evidence.GetProperty("maxChars").GetInt32().Should().BeLessThan(600);
        evidence.GetProperty("medianChars").GetDouble().Should().BePositive();
        doc.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("mentions", "relations", "evidence", "claims");
        doc.RootElement.GetProperty("claims").GetProperty("exhaustiveArticles").GetInt32().Should().Be(0, "the dev key marks no article exhaustive");
    }

    [Fact]
    public void CrossArticleRelations_SeedArticlesInAnyOrder_SameRelationSet()
    {
        // Property: adding the real articles to the index in any order (one Add per article) gives the same relations.
        var key = ClaimTracker.Evaluation.GoldKey.Load(DevKey);
        var extractor = Commands.ExtractionSetup.Instance.Extractor;
        var loader = new ClaimTracker.Ingestion.ArticleLoader(new ClaimTracker.Ingestion.IngestionOptions { Languages = Commands.ExtractionSetup.Instance.Packs });
        var articles = key.Articles.Select(entry =>
        {
            var text = loader.LoadFile(Path.Combine(Corpus, entry.File ?? entry.Id + ".txt")).Articles[0].Text;
            return extractor.Extract(new Model.Article(entry.Id, text, entry.Language, entry.Published, entry.Outlet)).Claims;
        }).ToArray();

        string[] Relations(IEnumerable<int> order)
        {
            var index = new Indexing.ClaimIndex(new Comparison.ClaimComparer(new Comparison.ComparisonOptions
            {
                OriginResolver = Comparison.OriginResolver.FromCatalog(Commands.ExtractionSetup.Instance.Catalog),
            }));
            foreach (var i in order)
            {
                index.Add(articles[i]);
            }

            return [.. index.Relations.Select(r => $"{r.Id} {r.Kind} {r.Score}")];
        }

        var reference = Relations(Enumerable.Range(0, articles.Length));
        reference.Should().Contain(r => r.Contains("Contradicts", StringComparison.Ordinal)).And.Contain(r => r.Contains("Corroborates", StringComparison.Ordinal));
        var orders = Gen.Shuffle(Enumerable.Range(0, articles.Length).ToArray()).ToArbitrary();
        Prop.ForAll(orders, order => Relations(order).SequenceEqual(reference)).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Eval_Table_ListsScoresAndMissedMentions()
    {
        var (code, output, _) = Run("eval", Corpus, "--gold", DevKey);

        code.Should().Be(0);
        output.Should().Contain("recall").And.Contain("Missed mentions");
    }

    [Fact]
    public void Eval_MissingKey_OneLineErrorExitCode2()
    {
        var (code, _, err) = Run("eval", Corpus, "--gold", Path.Combine(Corpus, "no-such-key.json"));

        code.Should().Be(2);
        err.Trim().Should().StartWith("error:").And.NotContain("\n");
    }

    [Fact]
    public void Eval_MissingCorpus_ExitCode2()
    {
        var (code, _, err) = Run("eval", Path.Combine(Corpus, "no-such-folder"), "--gold", DevKey);

        code.Should().Be(2);
        err.Should().Contain("not found");
    }

    [Fact]
    public void Eval_MalformedKey_ExitCode2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ct-bad-key-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ not json");
        try
        {
            var (code, _, err) = Run("eval", Corpus, "--gold", path);
            code.Should().Be(2);
            err.Should().StartWith("error:");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
