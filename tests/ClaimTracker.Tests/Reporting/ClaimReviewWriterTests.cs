using System.Text.Json;
using ClaimTracker.Analysis;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Tests.Snapshots;

namespace ClaimTracker.Tests.Reporting;

public class ClaimReviewWriterTests
{
    private static JsonElement Graph(AnalysisResult result) =>
        JsonDocument.Parse(ReportSamples.Render(new ClaimReviewWriter(), result)).RootElement.GetProperty("@graph");

    /// <summary>Two articles' claims about one shipment, linked by a relation of <paramref name="edge"/> (none when null).</summary>
    private static AnalysisResult TwoArticles(Source first, Source second, Stance secondStance = Stance.Asserts, RelationKind? edge = null)
    {
        var a = new Article("x", "Portugal shipped wheat.", "en", FuzzyTime.Day(2025, 1, 2), "Outlet X");
        var b = new Article("y", "Portugal shipped wheat.", "en", FuzzyTime.Day(2025, 1, 3), "Outlet Y");
        Claim Make(string id, Article article, Source speaker, Stance stance) =>
            new(id, ReportSamples.Shipment, new Attribution(speaker), stance, StanceFacts.DefaultPolarity(stance), Evidence.From(article, new ClaimTracker.Text.TextSpan(0, 8)), 1d);
        ClaimRelation[] relations = edge is { } kind ? [new ClaimRelation("r1", kind, "x:c1", "y:c1", 0.9)] : [];
        return new AnalysisResult([a, b], [Make("x:c1", a, first, Stance.Asserts), Make("y:c1", b, second, secondStance)], relations, null, ReportSamples.Resolver);
    }

    [Fact]
    public void Write_Sample_MatchesSnapshot() =>
        Snapshot.Match(ReportSamples.Render(new ClaimReviewWriter(), ReportSamples.Result()), "jsonld");

    [Fact]
    public void FormatAndFileName_AreClaimReviewAndJsonLd()
    {
        new ClaimReviewWriter().Format.Should().Be("claimreview");
        new ClaimReviewWriter().FileName.Should().Be("claimreview.jsonld");
    }

    [Fact]
    public void Write_Document_IsSchemaOrgJsonLdWithOneReviewPerSharedCluster()
    {
        var root = JsonDocument.Parse(ReportSamples.Render(new ClaimReviewWriter(), ReportSamples.Result())).RootElement;
        root.GetProperty("@context").GetString().Should().Be("https://schema.org");
        var review = root.GetProperty("@graph").EnumerateArray().Should().ContainSingle().Subject;
        review.GetProperty("@type").GetString().Should().Be("ClaimReview");
        review.GetProperty("claimReviewed").GetString().Should().Be("provide aid or supplies [070]: agent Portugal; recipient Tunisia; object wheat");
        review.GetProperty("datePublished").GetString().Should().Be("2025-03-06", "the newest article's date, not the clock");
    }

    [Fact]
    public void Write_Review_IsMarkedMachineGeneratedWithoutANumericVerdict()
    {
        var review = Graph(ReportSamples.Result())[0];
        var rating = review.GetProperty("reviewRating");
        rating.GetProperty("ratingExplanation").GetString().Should().StartWith(ClaimReviewWriter.MachineGeneratedNotice);
        rating.TryGetProperty("ratingValue", out _).Should().BeFalse();
        rating.TryGetProperty("bestRating", out _).Should().BeFalse();
        review.GetProperty("author").GetProperty("name").GetString().Should().Contain("automated");
    }

    [Fact]
    public void Write_ItemReviewed_ListsEveryQuoteInItsArticle()
    {
        var item = Graph(ReportSamples.Result())[0].GetProperty("itemReviewed");
        item.GetProperty("@type").GetString().Should().Be("Claim");
        var appearances = item.GetProperty("appearance").EnumerateArray().ToList();
        appearances.Select(a => a.GetProperty("identifier").GetString()).Should().BeEquivalentTo("a:c1", "b:c1", "c:c1", "c:c2");
        item.GetProperty("firstAppearance").GetProperty("text").GetString().Should().Be(ReportSamples.ArabicQuote, "the claim said first");
        var a = appearances.Single(x => x.GetProperty("identifier").GetString() == "a:c1");
        a.GetProperty("isPartOf").GetProperty("identifier").GetString().Should().Be("a");
        a.GetProperty("isPartOf").GetProperty("url").GetString().Should().Be("https://example.org/a");
        a.GetProperty("isPartOf").GetProperty("publisher").GetProperty("name").GetString().Should().Be("Harbor Ledger");
        a.GetProperty("text").GetString().Should().Be(ReportSamples.HostileQuote);
        item.GetProperty("author").GetProperty("name").GetString().Should().Be("Agriculture Ministry", "the origin of the first supporting claim");
    }

    [Fact]
    public void Write_AssertedAndDeniedWithContradictingEdge_IsContested()
    {
        Graph(TwoArticles(ReportSamples.Lisbon, ReportSamples.Tunis, Stance.Denies, RelationKind.Contradicts))[0]
            .GetProperty("reviewRating").GetProperty("alternateName").GetString().Should().Be("contested");
    }

    [Fact]
    public void Write_TwoIndependentOriginsWithCorroboratingEdge_IsCorroborated()
    {
        Graph(TwoArticles(ReportSamples.Lisbon, ReportSamples.PortOfficials, edge: RelationKind.Corroborates))[0]
            .GetProperty("reviewRating").GetProperty("alternateName").GetString().Should().Be("corroborated");
    }

    [Fact]
    public void Write_OneOriginRepeatedWithCorroboratingEdge_IsSingleOrigin()
    {
        Graph(TwoArticles(ReportSamples.Lisbon, ReportSamples.Ministry, edge: RelationKind.Corroborates))[0]
            .GetProperty("reviewRating").GetProperty("alternateName").GetString().Should().Be("single-origin");
    }

    [Fact]
    public void Write_AssertedAndDeniedWithoutContradictingEdge_IsUnlinkedNotContested()
    {
        var rating = Graph(TwoArticles(ReportSamples.Lisbon, ReportSamples.Tunis, Stance.Denies))[0].GetProperty("reviewRating");

        rating.GetProperty("alternateName").GetString().Should().Be("unlinked");
        rating.GetProperty("ratingExplanation").GetString().Should().Contain("No finding").And.Contain("no relation between claims of different origins links them");
    }

    [Fact]
    public void Write_TwoIndependentOriginsWithoutEdge_IsUnlinkedNotCorroborated()
    {
        Graph(TwoArticles(ReportSamples.Lisbon, ReportSamples.PortOfficials))[0]
            .GetProperty("reviewRating").GetProperty("alternateName").GetString().Should().Be("unlinked");
    }

    [Fact]
    public void Write_AgreeingEdgeOnly_IsNeverContested()
    {
        Graph(TwoArticles(ReportSamples.Lisbon, ReportSamples.Tunis, Stance.Denies, RelationKind.Refines))[0]
            .GetProperty("reviewRating").GetProperty("alternateName").GetString().Should().NotBe("contested");
    }
}
