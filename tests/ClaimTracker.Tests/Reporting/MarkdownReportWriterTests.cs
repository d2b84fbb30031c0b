using ClaimTracker.Analysis;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Tests.Snapshots;

namespace ClaimTracker.Tests.Reporting;

public class MarkdownReportWriterTests
{
    private static string Render() => ReportSamples.Render(new MarkdownReportWriter(), ReportSamples.Result());

    [Fact]
    public void Write_Sample_MatchesSnapshot() => Snapshot.Match(Render(), "md");

    [Fact]
    public void FormatAndFileName_AreMdAndReportMd()
    {
        new MarkdownReportWriter().Format.Should().Be("md");
        new MarkdownReportWriter().FileName.Should().Be("report.md");
    }

    [Fact]
    public void Write_Cluster_StatesThePropositionInPlainWords()
    {
        Render().Should().Contain("### 1. provide aid or supplies [070]: agent Portugal; recipient Tunisia; object wheat\n");
    }

    [Fact]
    public void Write_Cluster_SaysWhoAssertsAndWhoDenies()
    {
        var md = Render();
        md.Should().Contain("- asserted by: Agriculture Ministry; Lisbon; port officials\n");
        md.Should().Contain("- denied by: Tunis\n");
        md.Should().Contain("- finding: **contested**.");
    }

    [Fact]
    public void Write_ClaimRow_PutsQuantitiesAndDatesSideBySideWithThePositionedQuote()
    {
        var row = Render().Split('\n').Single(l => l.Contains("| a:c1 |", StringComparison.Ordinal));
        row.Should().Contain("| a (Harbor Ledger) | [3–73) | Lisbon | asserts | 12000 metric ton | 2025-02 | 2025-03-04 |");
        row.Should().Contain("Officials said &lt;script&gt;alert('x')&lt;/script&gt; \\| 12,000 tons were shipped.", "a pipe is escaped and a line break becomes a space");
    }

    [Fact]
    public void Write_ArabicQuote_IsShownAsWritten()
    {
        Render().Should().Contain("| " + ReportSamples.ArabicQuote + " |");
    }

    [Fact]
    public void Write_Relations_ListKindClaimsScoreAndReasons()
    {
        var md = Render();
        md.Should().Contain("- **contradicts** a:c1 ↔ c:c1 (score ");
        md.Should().Contain("QuantitiesDisjoint: ");
    }

    [Fact]
    public void Write_NoClusterSpansTwoArticles_SaysSo()
    {
        var article = new Article("solo", "One claim.", "en");
        var claim = new Claim("solo:c1", ReportSamples.Shipment, new Attribution(ReportSamples.Lisbon), Stance.Asserts, Polarity.Positive, Evidence.From(article, new ClaimTracker.Text.TextSpan(0, 4)), 1d);
        var md = ReportSamples.Render(new MarkdownReportWriter(), new AnalysisResult([article], [claim], []));
        md.Should().Contain("No proposition is reported by more than one article.");
        md.Should().Contain("1 articles, 1 claims, 0 relations across articles, 1 clusters (0 spanning more than one article), 0 diagnostics.");
    }
}
