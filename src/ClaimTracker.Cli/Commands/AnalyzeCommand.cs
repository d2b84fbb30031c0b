using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTracker.Cli.Terminal;
using ClaimTracker.Comparison;
using ClaimTracker.Extraction;
using ClaimTracker.Graph;
using ClaimTracker.Indexing;
using ClaimTracker.Ingestion;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Serialization;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker analyze &lt;dir&gt; [--out &lt;dir&gt;] [--format md,json,html]</c>: ingests every article in a folder, extracts
/// claims, compares them across articles and writes the reports. The JSON report is the <c>claimtracker-report/1</c>
/// envelope; the Markdown report is a readable ledger per cluster;
/// the HTML report (<see cref="HtmlReportWriter"/>) is one self-contained page with the relation graph and a timeline.
/// </summary>
internal static class AnalyzeCommand
{
    private static readonly string[] KnownFormats = ["md", "json", "html"];

    public static Command Build(
        TextWriter stdout, TextWriter stderr, LanguagePackRegistry languages, Func<IClaimExtractor> extractor, Func<string, string>? originResolver,
        Func<ParseResult, ICliProgress>? progress = null)
    {
        var dir = new Argument<string>("dir") { Description = "Folder of articles (.txt, .md, .html) with an optional manifest.json." };
        var output = new Option<string>("--out") { Description = "Folder to write the reports to (created when missing).", DefaultValueFactory = _ => "report" };
        var format = new Option<string>("--format") { Description = "Comma-separated report formats: md, json, html.", DefaultValueFactory = _ => "md,json,html" };
        var lang = new Option<string?>("--lang") { Description = "Language of articles that do not say (default: detected from the script)." };
        var command = new Command("analyze", "Analyze a folder of articles: claims, sources, corroboration and contradiction, as reports.")
        {
            dir, output, format, lang,
        };
        var catalog = CliOptions.Catalog();
        command.Options.Add(catalog);
        command.SetAction(result =>
        {
            var setup = ExtractionSetup.ForCatalogs(result.GetValue(catalog));
            var display = progress?.Invoke(result) ?? new NoProgress(stdout, stderr);
            return display.Run((sink, o, e) => Run(
                result.GetValue(dir)!, result.GetValue(output)!, result.GetValue(format)!, result.GetValue(lang), o, e, languages,
                setup is null ? extractor : () => setup.Extractor, setup is null ? originResolver : OriginResolver.FromCatalog(setup.Catalog), sink));
        });
        return command;
    }

    internal static int Run(
        string dir, string outDir, string formats, string? lang, TextWriter stdout, TextWriter stderr,
        LanguagePackRegistry languages, Func<IClaimExtractor> extractorFactory, Func<string, string>? originResolver, IProgressSink? progress = null)
    {
        progress ??= NoProgress.Sink;
        var wanted = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).Distinct().ToArray();
        var unknown = wanted.Where(f => !KnownFormats.Contains(f)).ToArray();
        if (wanted.Length == 0 || unknown.Length > 0)
        {
            stderr.WriteLine($"error: unknown report format '{string.Join(",", unknown)}'. Hint: use --format with {string.Join(", ", KnownFormats)}.");
            return 2;
        }

        if (lang is not null && !languages.TryGet(lang, out _))
        {
            stderr.WriteLine($"error: no language pack for '{lang}'. Hint: use one of {string.Join(", ", languages.Codes)}.");
            return 2;
        }

        if (!Directory.Exists(dir))
        {
            stderr.WriteLine($"error: folder '{dir}' does not exist. Hint: pass a folder of .txt, .md or .html articles.");
            return 2;
        }

        progress.Stage("reading", 0);
        var ingestion = new ArticleLoader(new IngestionOptions { Languages = languages, FallbackLanguage = lang }).LoadDirectory(dir);
        if (ingestion.Articles.IsEmpty)
        {
            foreach (var d in ingestion.Diagnostics)
            {
                stderr.WriteLine($"{d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.Message}");
            }

            stderr.WriteLine($"error: no article could be read from '{dir}'.");
            return 1;
        }

        progress.Stage("extracting", ingestion.Articles.Length);
        var extractor = extractorFactory();
        var claims = new List<Claim>();
        var diagnostics = new List<Diagnostic>(ingestion.Diagnostics);
        foreach (var article in ingestion.Articles)
        {
            var extraction = extractor.Extract(article);
            claims.AddRange(extraction.Claims);
            diagnostics.AddRange(extraction.Diagnostics);
            progress.Step(article.Id);
        }

        progress.Stage("comparing", 0);
        var index = new ClaimIndex(new ClaimComparer(new ComparisonOptions { OriginResolver = originResolver }));
        index.Add(claims);
        var relations = index.Relations;
        var graph = ClaimGraph.Build(claims, relations, originResolver);

        progress.Stage("writing", wanted.Length);
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        if (wanted.Contains("json"))
        {
            var path = Path.Combine(outDir, "report.json");
            File.WriteAllText(path, JsonReport(ingestion.Articles, claims, relations, graph, diagnostics), Utf8NoBom);
            written.Add(path);
            progress.Step(path);
        }

        if (wanted.Contains("md"))
        {
            var path = Path.Combine(outDir, "report.md");
            File.WriteAllText(path, MarkdownReport(ingestion.Articles, claims, relations, graph), Utf8NoBom);
            written.Add(path);
            progress.Step(path);
        }

        if (wanted.Contains("html"))
        {
            var path = Path.Combine(outDir, "report.html");
            File.WriteAllText(path, new HtmlReportWriter().Write(ingestion.Articles, claims, relations, graph), Utf8NoBom);
            written.Add(path);
            progress.Step(path);
        }

        stdout.WriteLine($"{ingestion.Articles.Length} articles, {claims.Count} claims, {relations.Length} relations, {graph.Clusters.Length} clusters.");
        foreach (var path in written)
        {
            stdout.WriteLine($"wrote {path}");
        }

        return 0;
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    internal static string JsonReport(
        IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<ClaimRelation> relations,
        ClaimGraph graph, IReadOnlyList<Diagnostic> diagnostics)
    {
        var root = new JsonObject
        {
            ["format"] = "claimtracker-report/1",
            ["articles"] = new JsonArray(articles.Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id,
                ["language"] = a.Language,
                ["published"] = a.Published is { } p ? JsonNode.Parse(ClaimTrackerJson.Serialize(p)) : null,
                ["outlet"] = a.Outlet,
                ["title"] = a.Title,
            }).ToArray()),
            ["claims"] = JsonNode.Parse(ClaimTrackerJson.Serialize(claims.ToImmutableArray())),
            ["relations"] = JsonNode.Parse(ClaimTrackerJson.Serialize(relations.ToImmutableArray())),
            ["clusters"] = new JsonArray(graph.Clusters.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id,
                ["proposition"] = c.Signature,
                ["claims"] = new JsonArray(c.Claims.Select(x => (JsonNode)JsonValue.Create(x.Id)!).ToArray()),
                ["independent"] = c.Independent,
                ["origins"] = new JsonArray(c.Origins.Select(o => (JsonNode)JsonValue.Create(o)!).ToArray()),
            }).ToArray()),
            ["diagnostics"] = new JsonArray(diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["code"] = d.Code,
                ["message"] = d.Message,
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    internal static string MarkdownReport(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, IReadOnlyList<ClaimRelation> relations, ClaimGraph graph)
    {
        var sb = new StringBuilder();
        sb.Append("# ClaimTracker report\n\n");
        sb.Append($"{articles.Count} articles, {claims.Count} claims, {relations.Count} relations across articles, {graph.Clusters.Length} clusters.\n\n");
        sb.Append("## Articles\n\n| id | language | published | outlet |\n| --- | --- | --- | --- |\n");
        foreach (var a in articles)
        {
            sb.Append($"| {Cell(a.Id)} | {a.Language} | {a.Published?.ToString() ?? ""} | {Cell(a.Outlet ?? "")} |\n");
        }

        sb.Append("\n## Clusters\n");
        foreach (var cluster in graph.Clusters.Where(c => c.Claims.Select(x => x.Evidence.ArticleId).Distinct().Count() > 1))
        {
            sb.Append($"\n### {Cell(cluster.Signature)}\n\n");
            sb.Append($"- asserted by: {string.Join("; ", cluster.Asserters.Select(s => s.Name).Distinct())}\n");
            sb.Append($"- denied by: {string.Join("; ", cluster.Deniers.Select(s => s.Name).Distinct())}\n");
            sb.Append($"- origins: {string.Join(", ", cluster.Origins)} ({(cluster.Independent ? "independent" : "single origin")})\n");
            if (!cluster.QuantitySpans.IsEmpty)
            {
                sb.Append($"- quantities: {string.Join("; ", cluster.QuantitySpans)}\n");
            }

            if (cluster.TimeSpan is { } t)
            {
                sb.Append($"- dates: {t}\n");
            }

            sb.Append("\n| claim | article | source | stance | polarity | quote |\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var c in cluster.Claims)
            {
                sb.Append($"| {c.Id} | {c.Evidence.ArticleId} [{c.Evidence.Span.Start}–{c.Evidence.Span.End}) | {Cell(c.Attribution.Speaker.Name)} | {c.Stance} | {c.Polarity} | {Cell(c.Evidence.Text)} |\n");
            }

            if (!cluster.Relations.IsEmpty)
            {
                sb.Append('\n');
                foreach (var r in cluster.Relations)
                {
                    sb.Append($"- **{r.Kind}** {r.ClaimA} ↔ {r.ClaimB} (score {r.Score:0.00}): {Cell(string.Join("; ", r.Reasons.Select(x => x.ToString())))}\n");
                }
            }
        }

        return sb.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);
}
