using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClaimTracker.Cli.Terminal;
using ClaimTracker.Evaluation;
using ClaimTracker.Ingestion;
using ClaimTracker.Model;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker eval &lt;corpus-dir&gt; --gold &lt;key.json&gt; [--json]</c>: extracts claims from the key's articles and scores
/// them with <see cref="Evaluator"/> (see <c>docs/eval.md</c>).
/// </summary>
internal static class EvalCommand
{
    /// <summary>The language the answer keys' source texts are written in.</summary>
    private const string KeySourceLanguage = "en";

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("corpus-dir") { Description = "The folder holding the key's article files." };
        var gold = new Option<string>("--gold") { Description = "The answer key (claimtracker-gold/1 JSON).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var catalog = CliOptions.Catalog();
        var strict = CliOptions.Strict();
        var command = new Command("eval", "Score extracted claims (and relations) against an answer key.") { dir, gold, json, catalog, strict };
        command.SetAction(parse =>
        {
            var setup = ExtractionSetup.ForCatalogs(parse.GetValue(catalog));
            var input = new InputOptions(Recursive: false, parse.GetValue(strict), !parse.GetValue<bool>(CliOptions.QuietName));
            return Run(parse.GetValue(dir)!, parse.GetValue(gold)!, parse.GetValue(json), stdout, stderr, setup, input);
        });
        return command;
    }

    /// <summary>Runs the evaluation with <paramref name="setup"/>'s pipeline (the shared one when null).</summary>
    internal static int Run(
        string dir, string goldPath, bool json, TextWriter stdout, TextWriter stderr, ExtractionSetup? setup = null, InputOptions? input = null)
    {
        input ??= InputOptions.Default;
        try
        {
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine($"error: corpus folder not found: {dir}");
                return 2;
            }

            if (!File.Exists(goldPath))
            {
                stderr.WriteLine($"error: answer key not found: {goldPath}");
                return 2;
            }

            var key = GoldKey.Load(goldPath);
            if (input.ShowReading)
            {
                stderr.WriteLine($"reading the {key.Articles.Length} articles of {Path.GetFileName(goldPath)} from {dir}");
                stderr.Flush();
            }

            var diagnostics = new List<Diagnostic>();
            var report = Evaluate(key, dir, setup ?? ExtractionSetup.Instance, diagnostics);
            var errors = DiagnosticPrinter.Write(diagnostics, stderr);
            if (json)
            {
                stdout.WriteLine(ToJson(report));
            }
            else
            {
                WriteTable(report, stdout);
            }

            return input.Strict && errors > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or KeyNotFoundException
            or InvalidOperationException or JsonException or FormatException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    /// <summary>
    /// Reads the folder as <c>analyze</c> does (manifest, front matter, formats), analyses the key's articles with the
    /// pipeline's analyzer (claims and cross-article relations), and scores the result against the key.
    /// </summary>
    /// <exception cref="FileNotFoundException">A key article is not among the articles read from the folder and has no file there.</exception>
    internal static EvaluationReport Evaluate(GoldKey key, string dir, ExtractionSetup setup, List<Diagnostic>? diagnostics = null)
    {
        var pipeline = setup.Pipeline;
        var loaded = pipeline.Loader.LoadDirectory(dir);
        diagnostics?.AddRange(loaded.Diagnostics);
        var byId = loaded.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var articles = new List<Article>(key.Articles.Length);
        foreach (var entry in key.Articles)
        {
            if (byId.TryGetValue(entry.Id, out var article))
            {
                articles.Add(article);
                continue;
            }

            // A file that is there but could not be read (its diagnostic is printed) is an article without claims: its
            // mentions count as missed. A file that is not there at all is an error in the key or the folder.
            var path = Path.Combine(dir, entry.File ?? entry.Id + ".txt");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The key's article '{entry.Id}' was not read from {dir}: there is no file {path}, and the folder's manifest or file names give no article that id.",
                    path);
            }
        }

        var analysis = pipeline.Analyzer.Analyze(articles);
        return Evaluator.Evaluate(key, analysis, setup.SourceMatcher(KeySourceLanguage));
    }

    internal static string ToJson(EvaluationReport report)
    {
        static object Pr(PrecisionRecall p) => new Dictionary<string, object> { ["precision"] = p.Precision, ["recall"] = p.Recall, ["f1"] = p.F1 };
        var root = new Dictionary<string, object>
        {
            ["mentions"] = new Dictionary<string, object>
            {
                ["total"] = report.Mentions.Total,
                ["covered"] = report.Mentions.Covered,
                ["recall"] = report.Mentions.Recall,
                ["polarityAccuracy"] = report.Mentions.PolarityAccuracy,
                ["sourceAccuracy"] = report.Mentions.SourceAccuracy,
            },
            ["relations"] = new Dictionary<string, object>
            {
                ["corroborates"] = Pr(report.Relations.Corroborates),
                ["contradicts"] = Pr(report.Relations.Contradicts),
                ["all"] = Pr(report.Relations.All),
                ["unjudged"] = report.Relations.Unjudged,
            },
            ["evidence"] = new Dictionary<string, object>
            {
                ["medianChars"] = report.Evidence.MedianChars,
                ["maxChars"] = report.Evidence.MaxChars,
            },
            ["claims"] = new Dictionary<string, object>
            {
                ["exhaustiveArticles"] = report.Claims.ExhaustiveArticles,
                ["total"] = report.Claims.Total,
                ["matching"] = report.Claims.Matching,
                ["precision"] = report.Claims.Precision,
                ["eventClassJudged"] = report.Claims.EventClassJudged,
                ["eventClassAccuracy"] = report.Claims.EventClassAccuracy,
            },
        };
        return JsonSerializer.Serialize(root, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static void WriteTable(EvaluationReport report, TextWriter stdout)
    {
        static string F(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);
        var m = report.Mentions;
        stdout.WriteLine("Mentions");
        stdout.WriteLine($"  total {m.Total}  covered {m.Covered}  recall {F(m.Recall)}  polarity {F(m.PolarityAccuracy)}  source {F(m.SourceAccuracy)}");
        stdout.WriteLine("Relations         precision  recall  f1");
        foreach (var (name, p) in new[] { ("corroborates", report.Relations.Corroborates), ("contradicts", report.Relations.Contradicts), ("all", report.Relations.All) })
        {
            stdout.WriteLine($"  {name,-14}  {F(p.Precision),9}  {F(p.Recall),6}  {F(p.F1)}");
        }

        stdout.WriteLine($"  unjudged {report.Relations.Unjudged}");
        stdout.WriteLine($"Evidence  median {report.Evidence.MedianChars.ToString(CultureInfo.InvariantCulture)} chars  max {report.Evidence.MaxChars} chars");
        var c = report.Claims;
        stdout.WriteLine(c.ExhaustiveArticles == 0
            ? "Claims  precision not measured (no article of the key is marked \"exhaustive\": true)"
            : $"Claims  {c.ExhaustiveArticles} exhaustive articles  total {c.Total}  matching {c.Matching}  precision {F(c.Precision)}");
        if (c.EventClassJudged > 0)
        {
            stdout.WriteLine($"Event classes  judged {c.EventClassJudged}  accuracy {F(c.EventClassAccuracy)}");
        }

        stdout.WriteLine($"Missed mentions ({report.MissedMentions.Length})");
        foreach (var missed in report.MissedMentions)
        {
            stdout.WriteLine($"  {missed.Id} [{missed.Article}] {ExtractCommand.OneLine(missed.Quote)}");
        }

        var wrong = report.MentionResults.Where(r => r.ClaimId is not null && (!r.PolarityCorrect || !r.SourceCorrect)).ToArray();
        stdout.WriteLine($"Covered but judged wrong ({wrong.Length})");
        foreach (var r in wrong)
        {
            stdout.WriteLine($"  {r.Mention.Id} -> {r.ClaimId}: {(r.PolarityCorrect ? "" : "polarity ")}{(r.SourceCorrect ? "" : "source")}");
        }
    }
}
