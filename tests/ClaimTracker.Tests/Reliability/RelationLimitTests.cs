using System.Collections.Immutable;
using ClaimTracker.Analysis;
using ClaimTracker.Extraction;
using ClaimTracker.Model;
using ClaimTracker.Tests.Reporting;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Reliability;

/// <summary>The relations-per-cluster limit: passing it keeps the strongest relations and says how many were left out.</summary>
public class RelationLimitTests
{
    /// <summary>One claim of the sample proposition per article, 12,000 tons, from a speaker named after the article.</summary>
    private sealed class OneClaimExtractor : IClaimExtractor
    {
        public ExtractionResult Extract(Article article) => new(article.Id, [new Claim(
            $"{article.Id}:c1", ReportSamples.Shipment, new Attribution(new Source(SourceKind.Organization, "Org " + article.Id)), Stance.Asserts,
            Polarity.Positive, Evidence.From(article, new TextSpan(0, article.Text.Length)), 0.9, article.Published,
            quantities: [Quantity.Exactly(12000, Unit.MetricTon)])], []);
    }

    private static Article[] Wire(int copies) =>
        [.. Enumerable.Range(1, copies).Select(i => new Article($"w{i:00}", "12000 tons shipped.", "en", FuzzyTime.Day(2025, 3, i)))];

    [Fact]
    public void Analyze_ClusterOverRelationLimit_StrongestKeptWithDiagnostic()
    {
        var analyzer = new ClaimTrackerAnalyzer(new OneClaimExtractor(), options: new AnalysisOptions { MaxRelationsPerCluster = 5 });
        var unlimited = new ClaimTrackerAnalyzer(new OneClaimExtractor()).Analyze(Wire(6));
        unlimited.Relations.Should().HaveCount(15, "six copies relate pairwise");

        var result = analyzer.Analyze(Wire(6));

        result.Claims.Should().HaveCount(6, "the limit drops relations, never claims");
        result.Relations.Select(r => r.Id).Should().Equal(unlimited.Relations
            .OrderByDescending(r => r.Score).ThenBy(r => r.Id, StringComparer.Ordinal).Take(5).Select(r => r.Id).Order(StringComparer.Ordinal));
        var d = result.Diagnostics.Should().ContainSingle(x => x.Diagnostic.Code == LimitDiagnostics.RelationsPerCluster).Subject;
        d.ArticleId.Should().BeNull();
        d.Diagnostic.Message.Should().Contain("'w01:c1'").And.Contain("6 claims").And.Contain("15 relations").And.Contain("more than 5")
            .And.Contain("MaxRelationsPerCluster").And.Contain("10 are left out");
    }

    [Fact]
    public void Analyze_ClusterAtRelationLimit_NoDiagnostic()
    {
        var result = new ClaimTrackerAnalyzer(new OneClaimExtractor(), options: new AnalysisOptions { MaxRelationsPerCluster = 15 }).Analyze(Wire(6));

        result.Relations.Should().HaveCount(15);
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void AnalysisOptions_MaxRelationsPerCluster_DefaultAndValidated()
    {
        AnalysisOptions.Default.MaxRelationsPerCluster.Should().Be(10_000);
        FluentActions.Invoking(() => new AnalysisOptions { MaxRelationsPerCluster = 0 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("MaxRelationsPerCluster");
    }
}
