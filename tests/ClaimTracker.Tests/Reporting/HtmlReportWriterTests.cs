using AngleSharp.Html.Parser;
using ClaimTracker.Comparison;
using ClaimTracker.Graph;
using ClaimTracker.Indexing;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Text;
using static ClaimTracker.Tests.Comparison.TestClaims;

namespace ClaimTracker.Tests.Reporting;

public class HtmlReportWriterTests
{
    private const string Hostile = "<script>alert('x')</script> & \"quoted\"";
    private const string HostileSource = "<b onmouseover=\"x\">Agency</b>";
    private const string ArabicQuote = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631";

    private static Claim Quoted(string id, string article, string quote, Source speaker, Stance stance = Stance.Asserts, FuzzyTime? said = null, FuzzyTime? eventTime = null) =>
        new(
            id,
            Strike,
            new Attribution(speaker),
            stance,
            StanceFacts.DefaultPolarity(stance),
            new Evidence(article, new TextSpan(0, quote.Length), quote),
            1d,
            said,
            eventTime);

    private static (Article[] Articles, Claim[] Claims, ClaimRelation[] Relations, ClaimGraph Graph) Sample()
    {
        var articles = new[]
        {
            new Article("A", "text", "en", FuzzyTime.Day(2024, 1, 2), "Outlet <A>"),
            new Article("B", "text", "ar", FuzzyTime.Day(2024, 1, 3), "Outlet B"),
            new Article("C", "text", "en", FuzzyTime.Day(2024, 1, 4), "Outlet C"),
        };
        var claims = new[]
        {
            Quoted("a1", "A", Hostile, new Source(SourceKind.Outlet, HostileSource, "outlet:x"), said: FuzzyTime.Day(2024, 1, 2)),
            Quoted("b1", "B", ArabicQuote, Washington, said: FuzzyTime.Day(2024, 1, 3), eventTime: FuzzyTime.Day(2024, 1, 1)),
            Quoted("c1", "C", "Moscow denied it.", Moscow, Stance.Denies, said: FuzzyTime.Day(2024, 1, 4)),
        };
        var index = new ClaimIndex(new ClaimComparer(new ComparisonOptions()));
        foreach (var group in claims.GroupBy(c => c.Evidence.ArticleId))
        {
            index.Add(group);
        }

        var relations = index.Relations.ToArray();
        return (articles, claims, relations, ClaimGraph.Build(claims, relations));
    }

    private static string Render()
    {
        var (articles, claims, relations, graph) = Sample();
        return new HtmlReportWriter().Write(articles, claims, relations, graph);
    }

    [Fact]
    public void Write_HostileQuoteAndSource_StayEscapedText()
    {
        var html = Render();
        html.Should().NotContain("<script").And.NotContain("<b onmouseover");
        html.Should().Contain("&lt;script&gt;");

        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("script").Should().BeEmpty();
        document.QuerySelectorAll("b").Should().BeEmpty();
        document.QuerySelectorAll("td").Select(td => td.TextContent).Should().Contain(Hostile).And.Contain(HostileSource);
        document.QuerySelectorAll("circle title").Select(t => t.TextContent).Should().Contain(t => t.Contains(Hostile, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Document_IsHtml5LeftToRightEnglish()
    {
        var html = Render();
        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">");
        var document = new HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("style").Should().ContainSingle();
        document.QuerySelectorAll("link").Should().BeEmpty();
    }

    [Fact]
    public void Write_QuoteAndSourceCells_AreDirAuto()
    {
        var document = new HtmlParser().ParseDocument(Render());
        var cells = document.QuerySelectorAll("td").Where(td => td.TextContent == ArabicQuote || td.TextContent == "Washington").ToList();
        cells.Should().HaveCountGreaterThanOrEqualTo(4);
        cells.Should().OnlyContain(td => td.GetAttribute("dir") == "auto");
    }

    [Fact]
    public void Write_MultiArticleCluster_DrawsOneCirclePerClaimAndColouredEdges()
    {
        var (articles, claims, relations, graph) = Sample();
        var document = new HtmlParser().ParseDocument(new HtmlReportWriter().Write(articles, claims, relations, graph));
        graph.Clusters.Should().ContainSingle();
        document.QuerySelectorAll("svg").Should().ContainSingle();
        document.QuerySelectorAll("svg circle").Should().HaveCount(claims.Length);
        var strokes = document.QuerySelectorAll("svg line").Select(l => l.GetAttribute("stroke")).ToList();
        strokes.Should().HaveCount(graph.Clusters[0].Relations.Length);
        relations.Should().Contain(r => r.Kind == RelationKind.Contradicts);
        strokes.Should().Contain("#c62828");
    }

    [Fact]
    public void Write_Timeline_OrdersByEventTimeElseSaid()
    {
        var document = new HtmlParser().ParseDocument(Render());
        var timeline = document.QuerySelectorAll("h2").Single(h => h.TextContent == "Timeline").NextElementSibling!;
        var rows = timeline.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();
        rows.Select(r => r[2]).Should().Equal("b1", "a1", "c1");
        rows[0][1].Should().Be("event time");
        rows[1][1].Should().Be("said");
    }

    [Fact]
    public void Write_SameInputTwice_IsIdentical() => Render().Should().Be(Render());

    [Fact]
    public void Write_ReferencesNoNetworkResource()
    {
        var html = Render();
        html.Should().NotContain("http://").And.NotContain("https://");
        var document = new HtmlParser().ParseDocument(html);
        document.All.SelectMany(e => e.Attributes).Where(a => a.Name is "src" or "href")
            .Should().OnlyContain(a => a.Value.StartsWith('#'));
        document.QuerySelectorAll("script, link, img, iframe").Should().BeEmpty();
    }

    [Fact]
    public void Write_NullArgument_Throws()
    {
        var (articles, claims, relations, graph) = Sample();
        var writer = new HtmlReportWriter();
        FluentActions.Invoking(() => writer.Write(null!, claims, relations, graph)).Should().Throw<ArgumentNullException>().WithParameterName("articles");
        FluentActions.Invoking(() => writer.Write(articles, claims, relations, null!)).Should().Throw<ArgumentNullException>().WithParameterName("graph");
    }

    [Fact]
    public void Write_UnnamedArticleVoice_ShowsTheArticleInsteadOfAnEmptyName()
    {
        var claims = new[]
        {
            Quoted("a1", "A", "one", Source.ArticleVoice(null)),
            Quoted("b1", "B", "two", Washington),
        };
        var html = new HtmlReportWriter().Write([], claims, [], ClaimGraph.Build(claims, []));
        var document = new HtmlParser().ParseDocument(html);
        var clusterRow = document.QuerySelectorAll("h2").Single(h => h.TextContent == "Clusters").NextElementSibling!.QuerySelector("tbody tr")!;
        clusterRow.Children[2].TextContent.Should().Be("(the article); Washington");
        var header = clusterRow.ParentElement!.ParentElement!.QuerySelectorAll("thead th");
        header.Should().HaveSameCount(clusterRow.Children, "every column of the cluster table has a heading");
        header.Last().TextContent.Should().Be("finding");
    }

    [Fact]
    public void Write_EightClaimCluster_KeepsOneNodePerClaimApart()
    {
        var claims = Enumerable.Range(0, HtmlReportWriter.LargeCluster).Select(i => Quoted($"c{i:00}", i % 2 == 0 ? "A" : "B", "q", Washington)).ToArray();
        var html = new HtmlReportWriter().Write([], claims, [], ClaimGraph.Build(claims, []));
        var circles = new HtmlParser().ParseDocument(html).QuerySelectorAll("svg circle")
            .Select(c => (X: double.Parse(c.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture),
                Y: double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        circles.Should().HaveCount(HtmlReportWriter.LargeCluster);
        for (var i = 0; i < circles.Count; i++)
        {
            for (var j = i + 1; j < circles.Count; j++)
            {
                Math.Sqrt(Math.Pow(circles[i].X - circles[j].X, 2) + Math.Pow(circles[i].Y - circles[j].Y, 2)).Should().BeGreaterThan(24d);
            }
        }
    }

    [Fact]
    public void Write_GraphNodeNumbers_MatchClaimTableNumbers()
    {
        var document = new HtmlParser().ParseDocument(Render());
        var section = document.QuerySelector("section")!;
        var rows = section.QuerySelector("table")!.QuerySelectorAll("tbody tr").Select(r => (Number: r.Children[0].TextContent, Id: r.Children[1].TextContent)).ToList();
        var nodes = section.QuerySelectorAll("svg circle").Zip(section.QuerySelectorAll("svg text"))
            .Select(p => (Number: p.Second.TextContent, Title: p.First.TextContent)).ToList();
        rows.Select(r => r.Number).Should().Equal("1", "2", "3");
        nodes.Select(n => n.Number).Should().Equal(rows.Select(r => r.Number));
        nodes.Zip(rows).Should().OnlyContain(p => p.First.Title.StartsWith(p.Second.Id + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_AnalysisResult_RendersTheSameAsTheListsAndNamesItsFile()
    {
        var result = ReportSamples.Result();
        var writer = new HtmlReportWriter();
        ReportSamples.Render(writer, result).Should().Be(writer.Write(result.Articles, result.Claims, result.Relations, result.Graph));
        writer.Format.Should().Be("html");
        writer.FileName.Should().Be("report.html");
    }

    [Fact]
    public void Write_ClusterTable_ShowsThePropositionInWordsAndTheFinding()
    {
        var document = new HtmlParser().ParseDocument(ReportSamples.Render(new HtmlReportWriter(), ReportSamples.Result()));
        var cells = document.QuerySelectorAll("tbody")[1].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        cells.Should().Contain("provide aid or supplies [070]: agent Portugal; recipient Tunisia; object wheat").And.Contain("contested");
    }

    /// <summary>Eleven claims about one strike in three articles: more than <see cref="HtmlReportWriter.LargeCluster"/>.</summary>
    private static (Article[] Articles, Claim[] Claims, ClaimRelation[] Relations, ClaimGraph Graph) Large()
    {
        var articles = new[]
        {
            new Article("A", "text", "en", FuzzyTime.Day(2024, 1, 2)),
            new Article("B", "text", "en", FuzzyTime.Day(2024, 1, 3)),
            new Article("C", "text", "en", FuzzyTime.Day(2024, 1, 4)),
        };
        var claims = new List<Claim>();
        for (var i = 0; i < 11; i++)
        {
            var article = articles[i % 3].Id;
            var denies = i % 5 == 4;
            claims.Add(Quoted($"{article.ToLowerInvariant()}{i}", article, $"Quote number {i}.", denies ? Moscow : Washington, denies ? Stance.Denies : Stance.Asserts,
                said: FuzzyTime.Day(2024, 1, 2 + (i % 3))));
        }

        var index = new ClaimIndex(new ClaimComparer(new ComparisonOptions()));
        foreach (var group in claims.GroupBy(c => c.Evidence.ArticleId))
        {
            index.Add(group);
        }

        var relations = index.Relations.ToArray();
        return (articles, claims.ToArray(), relations, ClaimGraph.Build(claims, relations));
    }

    [Fact]
    public void Write_LargeCluster_SummaryAndRepresentativeClaimsComeBeforeTheFullListInDetails()
    {
        var (articles, claims, relations, graph) = Large();
        graph.Clusters.Should().ContainSingle().Which.Claims.Length.Should().BeGreaterThan(HtmlReportWriter.LargeCluster);
        var section = new HtmlParser().ParseDocument(new HtmlReportWriter().Write(articles, claims, relations, graph)).QuerySelector("section#cluster-1")!;

        var headings = section.QuerySelectorAll("h4").Select(h => h.TextContent).ToList();
        headings.Should().Equal("Summary", "Representative claims");
        section.QuerySelector("p")!.NextElementSibling!.TextContent.Should().Be("Summary");
        var summary = section.QuerySelectorAll("h4")[0].NextElementSibling!.TextContent;
        summary.Should().Contain("Asserted by: Washington").And.Contain("Denied by: Moscow");
        var counts = section.QuerySelectorAll("table.counts").ToList();
        counts.Should().HaveCount(2, "claims per article and per origin");
        counts[0].QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent).Should().BeEquivalentTo("A", "B", "C");
        counts[1].QuerySelectorAll("tbody tr").Select(r => (r.Children[0].TextContent, r.Children[2].TextContent, r.Children[3].TextContent))
            .Should().BeEquivalentTo(new[] { ("Washington", "9", "0"), ("Moscow", "0", "2") });
        var representatives = section.QuerySelectorAll("h4")[1].NextElementSibling!.QuerySelectorAll("tbody tr").ToList();
        representatives.Should().HaveCount(2, "one claim per origin and polarity");
        var details = section.QuerySelector("details")!;
        details.HasAttribute("open").Should().BeFalse();
        details.QuerySelector("summary")!.TextContent.Should().Be($"All 11 claims and {graph.Clusters[0].Relations.Length} relations");
        details.QuerySelector("table")!.QuerySelectorAll("tbody tr").Should().HaveCount(11);
    }

    [Fact]
    public void Write_LargeCluster_GraphHasOneNodePerArticleAndOneLinePerArticlePairAndKind()
    {
        var (articles, claims, relations, graph) = Large();
        var svg = new HtmlParser().ParseDocument(new HtmlReportWriter().Write(articles, claims, relations, graph)).QuerySelector("section#cluster-1 svg")!;

        svg.QuerySelectorAll("circle").Should().HaveCount(3);
        svg.QuerySelectorAll("circle title").Select(t => t.TextContent).Should().Contain(t => t.StartsWith("A: 4 claims", StringComparison.Ordinal));
        var expected = graph.Clusters[0].Relations
            .Select(r => (A: claims.Single(c => c.Id == r.ClaimA).Evidence.ArticleId, B: claims.Single(c => c.Id == r.ClaimB).Evidence.ArticleId, r.Kind))
            .Where(e => e.A != e.B)
            .Select(e => (string.CompareOrdinal(e.A, e.B) < 0 ? e.A + e.B : e.B + e.A, e.Kind))
            .Distinct()
            .Count();
        svg.QuerySelectorAll("line").Should().HaveCount(expected).And.HaveCountLessThan(graph.Clusters[0].Relations.Length);
    }

    [Fact]
    public void Write_SmallCluster_HasNoSummaryNorDetails()
    {
        var section = new HtmlParser().ParseDocument(Render()).QuerySelector("section#cluster-1")!;

        section.QuerySelectorAll("h4").Should().BeEmpty();
        section.QuerySelectorAll("details").Should().BeEmpty();
    }

    [Fact]
    public void Write_Timeline_ShowsMultiArticleClusterClaimsAndEveryClaimBehindAToggle()
    {
        var (articles, claims, relations, graph) = Sample();
        var lone = new Claim("d1", Prop("010", Agent("gov:us")), new Attribution(Washington), Stance.Asserts, Polarity.Positive,
            new Evidence("C", new TextSpan(0, 9), "two words"), 1d, FuzzyTime.Day(2024, 1, 4));
        var document = new HtmlParser().ParseDocument(new HtmlReportWriter().Write(articles, [.. claims, lone], relations, ClaimGraph.Build([.. claims, lone], relations)));

        var timeline = document.QuerySelectorAll("h2").Single(h => h.TextContent == "Timeline").NextElementSibling!;
        timeline.QuerySelectorAll("tbody tr").Select(r => r.Children[2].TextContent).Should().BeEquivalentTo("a1", "b1", "c1");
        var all = timeline.NextElementSibling!;
        all.LocalName.Should().Be("details");
        all.HasAttribute("open").Should().BeFalse();
        all.QuerySelector("summary")!.TextContent.Should().StartWith("All 4 claims");
        all.QuerySelectorAll("tbody tr").Select(r => r.Children[2].TextContent).Should().Contain("d1").And.HaveCount(4);
        document.QuerySelectorAll("script").Should().BeEmpty("the toggle needs no script");
    }

    [Fact]
    public void Write_ClusterSections_AreAnchorTargetsOfTheClusterTable()
    {
        var document = new HtmlParser().ParseDocument(Render());

        var links = document.QuerySelectorAll("a[href^='#cluster-']").Select(a => a.GetAttribute("href")![1..]).ToList();
        links.Should().NotBeEmpty();
        links.Should().OnlyContain(id => document.GetElementById(id) != null && document.GetElementById(id)!.LocalName == "section");
        document.QuerySelector("style")!.TextContent.Should().Contain("section:target").And.NotContain("display:none");
    }
}
