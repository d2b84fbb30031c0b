using ClaimTracker.Cli.Commands;
using static ClaimTracker.Ledger.Tests.LedgerTestSupport;

namespace ClaimTracker.Ledger.Tests;

public sealed class ArticleGeneratorTests
{
    [Fact]
    public void Generate_SameIndexAndSeed_SameArticle()
    {
        Generator.Generate(42, seed: 3).Should().Be(Generator.Generate(42, seed: 3));
        Generator.Generate(42, seed: 3).Text.Should().NotBe(Generator.Generate(43, seed: 3).Text);
    }

    [Fact]
    public void Generate_Articles_GiveClaimsThatRelateAcrossArticles()
    {
        var articles = Generator.GenerateMany(60, seed: 5).ToList();

        var claims = articles.Select(a => ExtractionSetup.Instance.Extractor.Extract(a).Claims.Length).ToList();
        var result = Fresh(articles);

        claims.Average().Should().BeGreaterThan(3, "most of the five sentences give a claim");
        result.Relations.Should().NotBeEmpty();
    }
}
