using System.Text;
using ClaimTracker.Analysis;
using ClaimTracker.Graph;
using ClaimTracker.Model;

namespace ClaimTracker.Reporting;

/// <summary>
/// Writes the Markdown report (<c>report.md</c>): a readable ledger. After a summary and the list of articles, one
/// section per cluster whose claims come from more than one article: the proposition in plain words, the finding
/// (contested, corroborated, single origin), who asserts and who denies it, its origins, the span of its quantities and
/// dates, a table of its claims with their quantities, event time and time said side by side and each quote with its
/// article and position, and the relations with their reasons.
/// </summary>
/// <remarks>
/// Quotes and names appear as written (Arabic stays Arabic) but inert: HTML characters become entities, Markdown
/// punctuation is backslash-escaped, line breaks become spaces and bidi controls are shown as <c>⟨U+202E⟩</c>. Positions are <c>[start–end)</c> UTF-16 offsets into the article text. Deterministic; stateless and
/// thread-safe.
/// </remarks>
public sealed class MarkdownReportWriter : IReportWriter
{
    /// <inheritdoc />
    /// <value><c>md</c>.</value>
    public string Format => "md";

    /// <inheritdoc />
    /// <value><c>report.md</c>.</value>
    public string FileName => "report.md";

    /// <inheritdoc />
    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Render(result));
    }

    private static string Render(AnalysisResult result)
    {
        var shared = ReportText.SharedClusters(result);
        var sb = new StringBuilder();
        sb.Append("# ClaimTracker report\n\n");
        sb.Append(ReportText.Invariant($"{result.Articles.Length} articles, {result.Claims.Length} claims, {result.Relations.Length} relations across articles, {result.Graph.Clusters.Length} clusters ({shared.Count} spanning more than one article), {result.Diagnostics.Length} diagnostics.\n\n"));
        sb.Append("## Articles\n\n| id | language | published | outlet | title |\n| --- | --- | --- | --- | --- |\n");
        foreach (var a in result.Articles)
        {
            sb.Append("| ").Append(Cell(a.Id)).Append(" | ").Append(Cell(a.Language)).Append(" | ").Append(ReportText.Time(a.Published))
                .Append(" | ").Append(Cell(a.Outlet ?? "")).Append(" | ").Append(Cell(a.Title ?? "")).Append(" |\n");
        }

        sb.Append("\n## Clusters\n");
        if (shared.Count == 0)
        {
            sb.Append("\nNo proposition is reported by more than one article.\n");
        }

        for (var i = 0; i < shared.Count; i++)
        {
            WriteCluster(sb, result, shared[i], i + 1);
        }

        return sb.ToString();
    }

    private static void WriteCluster(StringBuilder sb, AnalysisResult result, ClaimCluster cluster, int number)
    {
        var finding = ReportText.Finding(cluster);
        sb.Append(ReportText.Invariant($"\n### {number}. ")).Append(ReportText.ClusterProposition(cluster, static s => s, static names => string.Join(", ", names.Select(Cell)))).Append("\n\n");
        sb.Append("- finding: **").Append(ReportText.FindingId(finding)).Append("**. ").Append(ReportText.FindingExplanation(cluster, finding)).Append('\n');
        sb.Append("- signature: ").Append(Cell(cluster.Signature)).Append(" (").Append(Cell(cluster.Id)).Append(")\n");
        sb.Append("- asserted by: ").Append(Cell(ReportText.Names(cluster.Asserters))).Append('\n');
        sb.Append("- denied by: ").Append(Cell(ReportText.Names(cluster.Deniers))).Append('\n');
        sb.Append("- origins: ").Append(Cell(string.Join(", ", cluster.Origins)))
            .Append(cluster.Independent ? " (independent)" : " (single origin)").Append('\n');
        if (!cluster.QuantitySpans.IsEmpty)
        {
            sb.Append("- quantities: ").Append(Cell(string.Join("; ", cluster.QuantitySpans))).Append('\n');
        }

        if (cluster.TimeSpan is { } t && (t.Start is not null || t.End is not null))
        {
            sb.Append("- dates: ").Append(ReportText.Time(t)).Append('\n');
        }

        sb.Append("\n| # | claim | article | position | source | stance | quantities | event time | said | quote |\n");
        sb.Append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (var i = 0; i < cluster.Claims.Length; i++)
        {
            var c = cluster.Claims[i];
            var article = result.ArticleOf(c.Evidence.ArticleId);
            var articleCell = article?.Outlet is { } outlet ? $"{c.Evidence.ArticleId} ({outlet})" : c.Evidence.ArticleId;
            sb.Append(ReportText.Invariant($"| {i + 1} | ")).Append(Cell(c.Id))
                .Append(" | ").Append(Cell(articleCell))
                .Append(ReportText.Invariant($" | [{c.Evidence.Span.Start}–{c.Evidence.Span.End})"))
                .Append(" | ").Append(Cell(ReportText.SourceName(c.Attribution.Speaker)))
                .Append(" | ").Append(ReportText.Camel(c.Stance)).Append(c.Polarity == Polarity.Negative ? " (negative)" : "")
                .Append(" | ").Append(Cell(string.Join("; ", c.Quantities)))
                .Append(" | ").Append(ReportText.Time(c.EventTime))
                .Append(" | ").Append(ReportText.Time(c.Said))
                .Append(" | ").Append(Cell(c.Evidence.Text)).Append(" |\n");
        }

        if (!cluster.Relations.IsEmpty)
        {
            sb.Append("\nRelations:\n\n");
            foreach (var r in cluster.Relations)
            {
                sb.Append("- **").Append(ReportText.Camel(r.Kind)).Append("** ").Append(Cell(r.ClaimA)).Append(" ↔ ").Append(Cell(r.ClaimB))
                    .Append(" (score ").Append(ReportText.Score(r.Score)).Append(')');
                if (!r.Reasons.IsEmpty)
                {
                    sb.Append(": ").Append(Cell(string.Join("; ", r.Reasons.Select(x => x.ToString()))));
                }

                sb.Append('\n');
            }
        }
    }

    /// <summary>
    /// Text from the input made inert inside a table cell or list item: <c>&amp; &lt; &gt;</c> as entities (no raw HTML),
    /// the Markdown punctuation <c>\ ` * _ ~ [ ] |</c> backslash-escaped (no link, image, emphasis or code injection, no
    /// extra cell), line breaks as spaces, and bidi controls shown (<see cref="ReportText.MarkBidiControls"/>).
    /// </summary>
    internal static string Cell(string s)
    {
        s = ReportText.MarkBidiControls(s);
        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s)
        {
            switch (c)
            {
                case '&':
                    sb.Append("&amp;");
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '|':
                    sb.Append('\\').Append(c);
                    break;
                case '\r' or '\n':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
