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

    public static Command Build(TextWriter stdout, TextWriter stderr, Func<IReadOnlyList<Claim>, IReadOnlyList<ClaimRelation>>? relations = null)
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
            var related = setup is null || relations is null ? relations : claims => CliApp.CrossArticleRelations(claims, setup.Catalog);
            var input = new InputOptions(Recursive: false, parse.GetValue(strict), !parse.GetValue<bool>(CliOptions.QuietName));
            return Run(parse.GetValue(dir)!, parse.GetValue(gold)!, parse.GetValue(json), stdout, stderr, related, setup, input);
        });
        return command;
    }

    /// <summary>Runs the evaluation; <paramref name="relations"/> computes relations between the claims (none when null).</summary>
    internal static int Run(
        string dir, string goldPath, bool json, TextWriter stdout, TextWriter stderr, Func<IReadOnlyList<Claim>, IReadOnlyList<ClaimRelation>>? relations = null,
        ExtractionSetup? setup = null, InputOptions? input = null)
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
            var report = Evaluate(key, dir, relations, setup, diagnostics);
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

    internal static EvaluationReport Evaluate(
        GoldKey key, string dir, Func<IReadOnlyList<Claim>, IReadOnlyList<ClaimRelation>>? relations, ExtractionSetup? setup = null,
        List<Diagnostic>? diagnostics = null)
    {
        setup ??= ExtractionSetup.Instance;
        var loader = new ArticleLoader(new IngestionOptions { Languages = setup.Packs });
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var claims = new List<Claim>();
        foreach (var entry in key.Articles)
        {
            var path = Path.Combine(dir, entry.File ?? entry.Id + ".txt");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The key's article '{entry.Id}' has no file {path}.", path);
            }

            var loaded = loader.LoadFile(path);
            diagnostics?.AddRange(loaded.Diagnostics);
            var text = loaded.Articles.Length > 0 ? loaded.Articles[0].Text : File.ReadAllText(path);
            var article = new Article(entry.Id, text, entry.Language, entry.Published, entry.Outlet);
            texts[entry.Id] = text;
            claims.AddRange(setup.Extractor.Extract(article).Claims);
        }

        var rels = relations?.Invoke(claims) ?? [];
        return Evaluator.Evaluate(key, texts, claims, rels, setup.SourceMatcher(KeySourceLanguage));
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
