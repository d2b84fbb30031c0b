using System.CommandLine;
using System.Text;
using ClaimTracker.Analysis;
using ClaimTracker.Cli.Terminal;
using ClaimTracker.Comparison;
using ClaimTracker.Extraction;
using ClaimTracker.Ingestion;
using ClaimTracker.Reporting;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker analyze &lt;dir&gt; [--out &lt;dir&gt;] [--format md,json,html,claimreview]</c>: ingests every article in a
/// folder and runs <see cref="ClaimTrackerAnalyzer"/> (extract, compare, cluster), then writes the reports with the
/// library's <see cref="IReportWriter"/>s: <c>report.md</c>, <c>report.json</c> (<c>claimtracker-report/1</c>),
/// <c>report.html</c> and <c>claimreview.jsonld</c>.
/// </summary>
internal static class AnalyzeCommand
{
    /// <summary>The report writers, in the order reports are written and listed.</summary>
    internal static readonly IReadOnlyList<IReportWriter> Writers =
        [new MarkdownReportWriter(), new JsonReportWriter(), new HtmlReportWriter(), new ClaimReviewWriter()];

    private static readonly string[] KnownFormats = [.. Writers.Select(w => w.Format)];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Build(TextWriter stdout, TextWriter stderr, Func<ParseResult, ICliProgress>? progress = null)
    {
        var dir = new Argument<string>("dir") { Description = "Folder of articles (.txt, .md, .html) with an optional manifest.json." };
        var output = new Option<string>("--out") { Description = "Folder to write the reports to (created when missing).", DefaultValueFactory = _ => "report" };
        var format = new Option<string>("--format") { Description = $"Comma-separated report formats: {string.Join(", ", KnownFormats)}.", DefaultValueFactory = _ => string.Join(",", KnownFormats) };
        var lang = CliOptions.Lang();
        var db = LedgerCommands.DbOption("Add new or changed articles to this ledger (a SQLite file, or a PostgreSQL connection string) and report on the whole ledger.", required: false);
        var command = new Command("analyze", "Analyze a folder of articles: claims, sources, corroboration and contradiction, as reports.")
        {
            dir, output, format, lang, db,
        };
        var catalog = CliOptions.Catalog();
        command.Options.Add(catalog);
        var recursive = CliOptions.Recursive();
        var strict = CliOptions.Strict();
        command.Options.Add(recursive);
        command.Options.Add(strict);
        command.SetAction(result =>
        {
            var catalogs = result.GetValue(catalog);
            ExtractionSetup.RequireFiles(catalogs);
            var display = progress?.Invoke(result) ?? new NoProgress(stdout, stderr);
            var input = new InputOptions(result.GetValue(recursive), result.GetValue(strict), !result.GetValue<bool>(CliOptions.QuietName));
            // The pipeline (packs, catalog) is built inside Run, after the first line of output.
            return display.Run((sink, o, e) => Run(
                result.GetValue(dir)!, result.GetValue(output)!, result.GetValue(format)!, result.GetValue(lang), o, e,
                () => (ExtractionSetup.ForCatalogs(catalogs) ?? ExtractionSetup.Instance).Pipeline, sink, input, result.GetValue(db)));
        });
        return command;
    }

    internal static int Run(
        string dir, string outDir, string formats, string? lang, TextWriter stdout, TextWriter stderr,
        Func<ClaimPipeline> pipelineFactory, IProgressSink? progress = null, InputOptions? input = null, string? db = null)
    {
        input ??= InputOptions.Default;
        progress ??= NoProgress.Sink;
        if (Formats(formats, stderr) is not { } wanted)
        {
            return 2;
        }

        if (!Directory.Exists(dir))
        {
            stderr.WriteLine($"error: folder '{dir}' does not exist. Hint: pass a folder of .txt, .md or .html articles.");
            return 2;
        }

        if (input.ShowReading)
        {
            // Before the packs load and the code JITs, so a redirected run shows a line at once.
            DiagnosticPrinter.WriteReading(dir, input.Recursive, stderr);
        }

        var pipeline = pipelineFactory();
        if (lang is not null && !pipeline.Languages.TryGet(lang, out _))
        {
            stderr.WriteLine($"error: no language pack for '{lang}'. Hint: use one of {string.Join(", ", pipeline.Languages.Codes)}.");
            return 2;
        }

        var analyzer = pipeline.CreateAnalyzer(pipeline.CreateLoader(new IngestionOptions { FallbackLanguage = lang, Recursive = input.Recursive }));
        var result = db is null
            ? analyzer.AnalyzeDirectory(dir, new ProgressAdapter(progress))
            : LedgerCommands.IngestDirectory(db, analyzer, dir, stdout, progress);
        var diagnostics = result.Diagnostics.Select(x => (x.ArticleId, x.Diagnostic)).ToList();
        if (result.Articles.IsEmpty)
        {
            DiagnosticPrinter.Write(diagnostics, stderr, includeInfo: true);
            stderr.WriteLine($"error: no article could be read from '{dir}'. Hint: {DiagnosticPrinter.NoArticleHint(dir, input.Recursive, diagnostics.Count > 0)}");
            return ExitCodes.Failure;
        }

        var errors = DiagnosticPrinter.Write(diagnostics, stderr);
        WriteReports(result, outDir, wanted, stdout, progress);
        return input.Strict && errors > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    /// <summary>Parses <c>--format</c>: the wanted formats, or null after an error message.</summary>
    internal static string[]? Formats(string formats, TextWriter stderr)
    {
        var wanted = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => f.ToLowerInvariant()).Distinct().ToArray();
        var unknown = wanted.Where(f => !KnownFormats.Contains(f)).ToArray();
        if (wanted.Length == 0 || unknown.Length > 0)
        {
            stderr.WriteLine($"error: unknown report format '{string.Join(",", unknown)}'. Hint: use --format with {string.Join(", ", KnownFormats)}.");
            return null;
        }

        return wanted;
    }

    /// <summary>Writes the wanted reports of <paramref name="result"/> to <paramref name="outDir"/> and lists them.</summary>
    internal static void WriteReports(AnalysisResult result, string outDir, string[] wanted, TextWriter stdout, IProgressSink progress)
    {
        progress.Stage("writing", wanted.Length);
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        foreach (var writer in Writers.Where(w => wanted.Contains(w.Format)))
        {
            var path = Path.Combine(outDir, writer.FileName);
            using (var file = new StreamWriter(path, append: false, Utf8NoBom))
            {
                writer.Write(result, file);
            }

            written.Add(path);
            progress.Step(path);
        }

        stdout.WriteLine($"{result.Articles.Length} articles, {result.Claims.Length} claims, {result.Relations.Length} relations, {result.Graph.Clusters.Length} clusters.");
        foreach (var path in written)
        {
            stdout.WriteLine($"wrote {path}");
        }
    }
}
