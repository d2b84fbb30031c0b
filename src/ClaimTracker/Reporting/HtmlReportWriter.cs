using System.Globalization;
using System.Net;
using System.Text;
using ClaimTracker.Analysis;
using ClaimTracker.Graph;
using ClaimTracker.Model;

namespace ClaimTracker.Reporting;

/// <summary>
/// Writes an analysis (articles, claims, relations and their <see cref="ClaimGraph"/>) as one self-contained HTML5
/// page: no script, no network resource, styles inline. The page lists the articles, a table of the clusters that
/// span more than one article (proposition, who asserts and denies it, its origins and whether they are independent,
/// quantity and date spans), per such cluster its claims, its relations with their reasons and an inline SVG drawing
/// of the relation graph, and a timeline of every claim ordered by event time (or, when unknown, by the time it was
/// said).
/// </summary>
/// <remarks>
/// Every text taken from the input is HTML-escaped with <see cref="WebUtility.HtmlEncode(string)"/>, so a quote that
/// contains markup stays text. Cells that hold quotes, names or propositions carry <c>dir="auto"</c>, so Arabic text
/// runs right-to-left beside English. The output depends only on the input: the same input gives the same bytes
/// (numbers use the invariant culture; nothing reads the clock).
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    private const double MinRadius = 90d;
    private const double Margin = 30d;
    private const double NodeSpacing = 30d;

    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}" +
        "table{border-collapse:collapse;margin:.5em 0 1em}" +
        "th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:start}" +
        "td[dir=auto]{overflow-wrap:anywhere}" +
        "th{background:#f3f3f3}" +
        "section{border-top:1px solid #ddd;margin-top:1.5em}" +
        ".corroborates{color:#2e7d32}.contradicts{color:#c62828}.refines{color:#1565c0}" +
        "svg{border:1px solid #eee;background:#fff}" +
        "svg text{font-size:10px}";

    /// <inheritdoc />
    /// <value><c>html</c>.</value>
    public string Format => "html";

    /// <inheritdoc />
    /// <value><c>report.html</c>.</value>
    public string FileName => "report.html";

    /// <inheritdoc />
    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Write(result.Articles, result.Claims, result.Relations, result.Graph));
    }

    /// <summary>Renders the analysis as an HTML5 document.</summary>
    /// <param name="articles">The analysed articles, in report order.</param>
    /// <param name="claims">Every extracted claim.</param>
    /// <param name="relations">The relations found between claims.</param>
    /// <param name="graph">The claim graph built from <paramref name="claims"/> and <paramref name="relations"/>.</param>
    /// <returns>The complete document, ending in a newline.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public string Write(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<ClaimRelation> relations, ClaimGraph graph)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(graph);

        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>ClaimTracker report</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>ClaimTracker report</h1>\n");
        sb.Append(Invariant($"<p>{articles.Count} articles, {claims.Count} claims, {relations.Count} relations, {graph.Clusters.Length} clusters.</p>\n"));

        WriteArticles(sb, articles);

        var shared = graph.Clusters
            .Where(c => c.Claims.Select(x => x.Evidence.ArticleId).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToList();
        WriteClusterTable(sb, shared);
        for (var i = 0; i < shared.Count; i++)
        {
            WriteCluster(sb, shared[i], i + 1);
        }

        WriteTimeline(sb, claims);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void WriteArticles(StringBuilder sb, IReadOnlyList<Article> articles)
    {
        sb.Append("<h2>Articles</h2>\n<table>\n<thead><tr><th>id</th><th>language</th><th>published</th><th>outlet</th><th>title</th></tr></thead>\n<tbody>\n");
        foreach (var a in articles)
        {
            sb.Append("<tr><td dir=\"auto\">").Append(E(a.Id))
                .Append("</td><td>").Append(E(a.Language))
                .Append("</td><td>").Append(E(a.Published?.ToString() ?? ""))
                .Append("</td><td dir=\"auto\">").Append(E(a.Outlet ?? ""))
                .Append("</td><td dir=\"auto\">").Append(E(a.Title ?? ""))
                .Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void WriteClusterTable(StringBuilder sb, List<ClaimCluster> clusters)
    {
        sb.Append("<h2>Clusters</h2>\n<table>\n<thead><tr><th>#</th><th>proposition</th><th>asserted by</th><th>denied by</th>")
            .Append("<th>origins</th><th>independence</th><th>quantities</th><th>dates</th><th>finding</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < clusters.Count; i++)
        {
            var c = clusters[i];
            sb.Append(Invariant($"<tr><td><a href=\"#cluster-{i + 1}\">{i + 1}</a></td><td dir=\"auto\" title=\""))
                .Append(E(c.Signature)).Append("\">").Append(PropositionHtml(c))
                .Append("</td><td dir=\"auto\">").Append(Items(Names(c.Asserters), "; "))
                .Append("</td><td dir=\"auto\">").Append(Items(Names(c.Deniers), "; "))
                .Append("</td><td dir=\"auto\">").Append(Items(c.Origins, ", "))
                .Append("</td><td>").Append(c.Independent ? "independent" : "single origin")
                .Append("</td><td>").Append(Items(c.QuantitySpans.Select(q => q.ToString()), "; "))
                .Append("</td><td>").Append(E(c.TimeSpan?.ToString() ?? ""))
                .Append("</td><td>").Append(ReportText.FindingId(ReportText.Finding(c)))
                .Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    private static void WriteCluster(StringBuilder sb, ClaimCluster cluster, int number)
    {
        sb.Append(Invariant($"<section id=\"cluster-{number}\">\n<h3>{number}. <span dir=\"auto\">"))
            .Append(PropositionHtml(cluster)).Append("</span></h3>\n");
        sb.Append("<p><code>").Append(E(cluster.Signature)).Append("</code> \u2014 ")
            .Append(E(ReportText.FindingExplanation(cluster, ReportText.Finding(cluster)))).Append("</p>\n");
        sb.Append("<table>\n<thead><tr><th>#</th><th>claim</th><th>article</th><th>span</th><th>source</th><th>stance</th><th>polarity</th><th>quote</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < cluster.Claims.Length; i++)
        {
            var c = cluster.Claims[i];
            sb.Append(Invariant($"<tr><td>{i + 1}</td><td dir=\"auto\">")).Append(E(c.Id))
                .Append("</td><td dir=\"auto\">").Append(E(c.Evidence.ArticleId))
                .Append(Invariant($"</td><td>[{c.Evidence.Span.Start}, {c.Evidence.Span.End})"))
                .Append("</td><td dir=\"auto\">").Append(E(SourceName(c.Attribution.Speaker)))
                .Append("</td><td>").Append(E(c.Stance.ToString()))
                .Append("</td><td>").Append(E(c.Polarity.ToString()))
                .Append("</td><td dir=\"auto\">").Append(E(c.Evidence.Text))
                .Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");

        if (!cluster.Relations.IsEmpty)
        {
            sb.Append("<table>\n<thead><tr><th>relation</th><th>claims</th><th>score</th><th>reasons</th></tr></thead>\n<tbody>\n");
            foreach (var r in cluster.Relations)
            {
                sb.Append("<tr><td class=\"").Append(KindClass(r.Kind)).Append("\">").Append(E(r.Kind.ToString()))
                    .Append("</td><td dir=\"auto\">").Append(E(r.ClaimA)).Append(" \u2194 ").Append(E(r.ClaimB))
                    .Append("</td><td>").Append(r.Score.ToString("0.00", CultureInfo.InvariantCulture))
                    .Append("</td><td dir=\"auto\">").Append(Items(r.Reasons.Select(x => x.ToString()), "; "))
                    .Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n");
        }

        WriteGraph(sb, cluster);
        sb.Append("</section>\n");
    }

    private static void WriteGraph(StringBuilder sb, ClaimCluster cluster)
    {
        var n = cluster.Claims.Length;

        // The circle grows with the cluster so neighbouring nodes keep about NodeSpacing between their centres.
        var radius = Math.Max(MinRadius, Math.Ceiling(n * NodeSpacing / (2d * Math.PI)));
        var center = radius + Margin;
        var side = (int)(2d * center);
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var angle = (2d * Math.PI * i / n) - (Math.PI / 2d);
            positions[cluster.Claims[i].Id] = n == 1 ? (center, center) : (center + (radius * Math.Cos(angle)), center + (radius * Math.Sin(angle)));
        }

        sb.Append(Invariant($"<svg width=\"{side}\" height=\"{side}\" viewBox=\"0 0 {side} {side}\" role=\"img\">\n"));
        foreach (var r in cluster.Relations)
        {
            if (!positions.TryGetValue(r.ClaimA, out var a) || !positions.TryGetValue(r.ClaimB, out var b))
            {
                continue;
            }

            sb.Append(Invariant($"<line x1=\"{F(a.X)}\" y1=\"{F(a.Y)}\" x2=\"{F(b.X)}\" y2=\"{F(b.Y)}\" stroke=\"{KindColour(r.Kind)}\" stroke-width=\"2\">"))
                .Append("<title>").Append(E($"{r.Kind} {r.ClaimA} \u2194 {r.ClaimB}")).Append("</title></line>\n");
        }

        for (var i = 0; i < n; i++)
        {
            var c = cluster.Claims[i];
            var (x, y) = positions[c.Id];
            var fill = c.Polarity == cluster.SupportingPolarity ? "#90caf9" : "#ffcc80";
            sb.Append(Invariant($"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"12\" fill=\"{fill}\" stroke=\"#555\">"))
                .Append("<title>").Append(E($"{c.Id} ({c.Evidence.ArticleId}) {SourceName(c.Attribution.Speaker)}: {c.Evidence.Text}")).Append("</title></circle>\n");
            sb.Append(Invariant($"<text x=\"{F(x)}\" y=\"{F(y + 3)}\" text-anchor=\"middle\">{i + 1}</text>\n"));
        }

        sb.Append("</svg>\n");
    }

    private static void WriteTimeline(StringBuilder sb, IReadOnlyList<Claim> claims)
    {
        var ordered = claims
            .Select(c => (Claim: c, Time: c.EventTime ?? c.Said, Basis: c.EventTime is not null ? "event time" : c.Said is not null ? "said" : ""))
            .OrderBy(t => t.Time is null ? 1 : 0)
            .ThenBy(t => t.Time?.Start ?? t.Time?.End ?? DateTime.MaxValue)
            .ThenBy(t => t.Time?.End ?? DateTime.MaxValue)
            .ThenBy(t => t.Claim.Evidence.ArticleId, StringComparer.Ordinal)
            .ThenBy(t => t.Claim.Id, StringComparer.Ordinal)
            .ToList();
        sb.Append("<h2>Timeline</h2>\n<table>\n<thead><tr><th>time</th><th>basis</th><th>claim</th><th>article</th><th>source</th><th>stance</th><th>quote</th></tr></thead>\n<tbody>\n");
        foreach (var (c, time, basis) in ordered)
        {
            sb.Append("<tr><td>").Append(E(time?.ToString() ?? ""))
                .Append("</td><td>").Append(basis)
                .Append("</td><td dir=\"auto\">").Append(E(c.Id))
                .Append("</td><td dir=\"auto\">").Append(E(c.Evidence.ArticleId))
                .Append("</td><td dir=\"auto\">").Append(E(SourceName(c.Attribution.Speaker)))
                .Append("</td><td>").Append(E(c.Stance.ToString()))
                .Append("</td><td dir=\"auto\">").Append(E(c.Evidence.Text))
                .Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>The cluster's proposition in words, escaped, each participant name isolated in <c>&lt;bdi&gt;</c>.</summary>
    private static string PropositionHtml(ClaimCluster cluster) => ReportText.ClusterProposition(cluster, E, names => Items(names, ", "));

    private static IEnumerable<string> Names(IEnumerable<Source> sources) => sources.Select(SourceName).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The escaped items, each in its own <c>&lt;bdi&gt;</c> so that an Arabic item and the numbers or Latin words of
    /// the next one do not merge into one right-to-left run (which would show a list's parts out of order).
    /// </summary>
    private static string Items(IEnumerable<string> items, string separator) =>
        string.Join(separator, items.Select(i => "<bdi>" + E(i) + "</bdi>"));

    /// <summary>The source's name; <c>(the article)</c> or <c>(anonymous source)</c> for a nameless one, as in the Markdown report.</summary>
    private static string SourceName(Source source) => ReportText.SourceName(source);

    private static string KindClass(RelationKind kind) => kind.ToString().ToLowerInvariant();

    private static string KindColour(RelationKind kind) => kind switch
    {
        RelationKind.Corroborates => "#2e7d32",
        RelationKind.Contradicts => "#c62828",
        RelationKind.Refines => "#1565c0",
        _ => "#757575",
    };

    private static string E(string text) => WebUtility.HtmlEncode(ReportText.MarkBidiControls(text));

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
