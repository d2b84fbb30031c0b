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
/// of the relation graph, and a timeline of the claims of those clusters ordered by event time (or, when unknown, by
/// the time it was said), with every claim behind a <c>&lt;details&gt;</c> toggle.
/// </summary>
/// <remarks>
/// A cluster of more than <see cref="LargeCluster"/> claims shows a summary first (who asserts, who denies, claims per
/// article and per origin) and its representative claims (the first of each origin and polarity), with the full
/// lists of claims and relations behind a <c>&lt;details&gt;</c> toggle; its graph draws one node per article, the
/// relations between two articles as one line per kind with their count.
/// </remarks>
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

    /// <summary>Clusters with more claims than this get a summary, representative claims and a per-article graph.</summary>
    internal const int LargeCluster = 8;

    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}" +
        "table{border-collapse:collapse;margin:.5em 0 1em}" +
        "th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:start}" +
        "td[dir=auto]{overflow-wrap:anywhere}" +
        "th{background:#f3f3f3}" +
        "section{border-top:1px solid #ddd;margin-top:1.5em}" +
        ".corroborates{color:#2e7d32}.contradicts{color:#c62828}.refines{color:#1565c0}" +
        "svg{border:1px solid #eee;background:#fff}" +
        "svg text{font-size:10px}" +
        "section{scroll-margin-top:.5em}section:target{outline:3px solid #f9a825;outline-offset:4px}" +
        "details{margin:.5em 0}summary{cursor:pointer;font-weight:600}";

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

        WriteTimeline(sb, claims, shared);
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
        var large = cluster.Claims.Length > LargeCluster;
        if (large)
        {
            WriteSummary(sb, cluster);
            sb.Append("<h4>Representative claims</h4>\n");
            WriteClaimTable(sb, cluster, Representatives(cluster));
            sb.Append(Invariant($"<details>\n<summary>All {cluster.Claims.Length} claims and {cluster.Relations.Length} relations</summary>\n"));
        }

        WriteClaimTable(sb, cluster, cluster.Claims);
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

        if (large)
        {
            sb.Append("</details>\n");
            WriteArticleGraph(sb, cluster);
        }
        else
        {
            WriteGraph(sb, cluster);
        }

        sb.Append("</section>\n");
    }

    /// <summary>One row per claim of <paramref name="claims"/>, numbered by its place in the cluster (as in the graph).</summary>
    private static void WriteClaimTable(StringBuilder sb, ClaimCluster cluster, IEnumerable<Claim> claims)
    {
        sb.Append("<table>\n<thead><tr><th>#</th><th>claim</th><th>article</th><th>span</th><th>source</th><th>stance</th><th>polarity</th><th>quote</th></tr></thead>\n<tbody>\n");
        foreach (var c in claims)
        {
            var number = cluster.Claims.IndexOf(c) + 1;
            sb.Append(Invariant($"<tr><td>{number}</td><td dir=\"auto\">")).Append(E(c.Id))
                .Append("</td><td dir=\"auto\">").Append(E(c.Evidence.ArticleId))
                .Append(Invariant($"</td><td>[{c.Evidence.Span.Start}, {c.Evidence.Span.End})"))
                .Append("</td><td dir=\"auto\">").Append(E(SourceName(c.Attribution.Speaker)))
                .Append("</td><td>").Append(E(c.Stance.ToString()))
                .Append("</td><td>").Append(E(c.Polarity.ToString()))
                .Append("</td><td dir=\"auto\">").Append(E(c.Evidence.Text))
                .Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>Who asserts and who denies, and the claims per article and per origin, asserting and denying.</summary>
    private static void WriteSummary(StringBuilder sb, ClaimCluster cluster)
    {
        sb.Append("<h4>Summary</h4>\n<p>Asserted by: <span dir=\"auto\">").Append(Items(Names(cluster.Asserters), "; "))
            .Append("</span>. Denied by: <span dir=\"auto\">").Append(cluster.Deniers.IsEmpty ? "nobody" : Items(Names(cluster.Deniers), "; "))
            .Append("</span>.</p>\n");
        WriteCounts(sb, "article", cluster.Claims.GroupBy(c => c.Evidence.ArticleId, StringComparer.Ordinal));
        WriteCounts(sb, "origin", cluster.Claims.GroupBy(c => SourceName(c.Attribution.Origin), StringComparer.Ordinal));
    }

    private static void WriteCounts(StringBuilder sb, string what, IEnumerable<IGrouping<string, Claim>> groups)
    {
        sb.Append(Invariant($"<table class=\"counts\">\n<thead><tr><th>{what}</th><th>claims</th><th>asserting</th><th>denying</th></tr></thead>\n<tbody>\n"));
        foreach (var g in groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append("<tr><td dir=\"auto\">").Append(E(g.Key))
                .Append(Invariant($"</td><td>{g.Count()}</td><td>{g.Count(c => c.Polarity == Polarity.Positive)}</td><td>{g.Count(c => c.Polarity == Polarity.Negative)}</td></tr>\n"));
        }

        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>
    /// The first claim (in the cluster's time order) of each origin and polarity, supporting polarity first, at most
    /// <see cref="LargeCluster"/> of them.
    /// </summary>
    private static IReadOnlyList<Claim> Representatives(ClaimCluster cluster) =>
        [.. cluster.Claims
            .GroupBy(c => (c.Polarity, Origin: SourceName(c.Attribution.Origin)))
            .Select(g => g.First())
            .OrderBy(c => c.Polarity == cluster.SupportingPolarity ? 0 : 1)
            .ThenBy(c => cluster.Claims.IndexOf(c))
            .Take(LargeCluster)];


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

    /// <summary>
    /// The graph of a large cluster: one node per article (its claims counted in the title), and between two articles one
    /// line per relation kind, thicker with more relations, its count in the title and as a label.
    /// </summary>
    private static void WriteArticleGraph(StringBuilder sb, ClaimCluster cluster)
    {
        var articles = cluster.Claims.Select(c => c.Evidence.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var articleOf = cluster.Claims.ToDictionary(c => c.Id, c => c.Evidence.ArticleId, StringComparer.Ordinal);
        var n = articles.Count;
        var radius = Math.Max(MinRadius, Math.Ceiling(n * NodeSpacing * 2 / (2d * Math.PI)));
        var center = radius + Margin + 20;
        var side = (int)(2d * center);
        var positions = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var angle = (2d * Math.PI * i / n) - (Math.PI / 2d);
            positions[articles[i]] = n == 1 ? (center, center) : (center + (radius * Math.Cos(angle)), center + (radius * Math.Sin(angle)));
        }

        sb.Append(Invariant($"<p>Graph: one node per article ({cluster.Claims.Length} claims would be unreadable as single nodes); a line per kind of relation between two articles, with its count.</p>\n"));
        sb.Append(Invariant($"<svg class=\"by-article\" width=\"{side}\" height=\"{side}\" viewBox=\"0 0 {side} {side}\" role=\"img\">\n"));
        var edges = cluster.Relations
            .Where(r => articleOf.ContainsKey(r.ClaimA) && articleOf.ContainsKey(r.ClaimB) && articleOf[r.ClaimA] != articleOf[r.ClaimB])
            .GroupBy(r =>
            {
                var (a, b) = (articleOf[r.ClaimA], articleOf[r.ClaimB]);
                return string.CompareOrdinal(a, b) < 0 ? (A: a, B: b, r.Kind) : (A: b, B: a, r.Kind);
            })
            .OrderBy(g => g.Key.A, StringComparer.Ordinal).ThenBy(g => g.Key.B, StringComparer.Ordinal).ThenBy(g => g.Key.Kind);
        foreach (var g in edges)
        {
            var (a, b) = (positions[g.Key.A], positions[g.Key.B]);

            // Kinds between the same two articles run side by side, shifted across the line.
            var shift = ((int)g.Key.Kind - 1) * 5d;
            var length = Math.Max(1d, Math.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y))));
            var (dx, dy) = (-(b.Y - a.Y) / length * shift, (b.X - a.X) / length * shift);
            var count = g.Count();
            sb.Append(Invariant($"<line x1=\"{F(a.X + dx)}\" y1=\"{F(a.Y + dy)}\" x2=\"{F(b.X + dx)}\" y2=\"{F(b.Y + dy)}\" stroke=\"{KindColour(g.Key.Kind)}\" stroke-width=\"{Math.Min(8, 1 + count)}\">"))
                .Append("<title>").Append(E(Invariant($"{count} {g.Key.Kind} between {g.Key.A} and {g.Key.B}"))).Append("</title></line>\n");
            sb.Append(Invariant($"<text x=\"{F(((a.X + b.X) / 2) + dx)}\" y=\"{F(((a.Y + b.Y) / 2) + dy)}\" text-anchor=\"middle\" fill=\"{KindColour(g.Key.Kind)}\">{count}</text>\n"));
        }

        foreach (var article in articles)
        {
            var (x, y) = positions[article];
            var claims = cluster.Claims.Where(c => c.Evidence.ArticleId == article).ToList();
            var supporting = claims.Count(c => c.Polarity == cluster.SupportingPolarity);
            var fill = supporting * 2 >= claims.Count ? "#90caf9" : "#ffcc80";
            sb.Append(Invariant($"<circle cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"18\" fill=\"{fill}\" stroke=\"#555\">"))
                .Append("<title>").Append(E(Invariant($"{article}: {claims.Count} claims ({claims.Count(c => c.Polarity == Polarity.Positive)} asserting, {claims.Count(c => c.Polarity == Polarity.Negative)} denying)"))).Append("</title></circle>\n");
            sb.Append(Invariant($"<text x=\"{F(x)}\" y=\"{F(y + 3)}\" text-anchor=\"middle\">")).Append(E(article)).Append("</text>\n");
        }

        sb.Append("</svg>\n");
    }

    /// <summary>
    /// The claims of the clusters that span several articles, by time; then every claim (single-article clusters and
    /// fragments included) behind a <c>&lt;details&gt;</c> toggle, which needs no script.
    /// </summary>
    private static void WriteTimeline(StringBuilder sb, IReadOnlyList<Claim> claims, List<ClaimCluster> shared)
    {
        var inShared = shared.SelectMany(c => c.Claims).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var selected = claims.Where(c => inShared.Contains(c.Id)).ToList();
        sb.Append("<h2>Timeline</h2>\n");
        WriteTimelineTable(sb, selected, Invariant($"The {selected.Count} claims of the {shared.Count} clusters found in more than one article."));
        sb.Append(Invariant($"<details class=\"all-claims\">\n<summary>All {claims.Count} claims, those found in one article only included</summary>\n"));
        WriteTimelineTable(sb, claims, null);
        sb.Append("</details>\n");
    }

    private static void WriteTimelineTable(StringBuilder sb, IReadOnlyList<Claim> claims, string? caption)
    {
        var ordered = claims
            .Select(c => (Claim: c, Time: c.EventTime ?? c.Said, Basis: c.EventTime is not null ? "event time" : c.Said is not null ? "said" : ""))
            .OrderBy(t => t.Time is null ? 1 : 0)
            .ThenBy(t => t.Time?.Start ?? t.Time?.End ?? DateTime.MaxValue)
            .ThenBy(t => t.Time?.End ?? DateTime.MaxValue)
            .ThenBy(t => t.Claim.Evidence.ArticleId, StringComparer.Ordinal)
            .ThenBy(t => t.Claim.Id, StringComparer.Ordinal)
            .ToList();
        sb.Append("<table>\n").Append(caption is null ? string.Empty : "<caption>" + E(caption) + "</caption>\n").Append("<thead><tr><th>time</th><th>basis</th><th>claim</th><th>article</th><th>source</th><th>stance</th><th>quote</th></tr></thead>\n<tbody>\n");
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
