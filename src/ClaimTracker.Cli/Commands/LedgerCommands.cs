using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimTracker.Analysis;
using ClaimTracker.Cli.Terminal;
using ClaimTracker.Comparison;
using ClaimTracker.Ledger;
using ClaimTracker.Ledger.PostgreSql;
using ClaimTracker.Model;
using ClaimTracker.Serialization;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// The ledger side of the CLI: <c>analyze --db</c> (ingest a folder into a ledger, then report on the ledger),
/// <c>report --db</c> (reports from the ledger alone) and <c>check</c> (claim look-up). <c>--db</c> is a SQLite file path,
/// or a PostgreSQL connection string (<c>Host=...;Database=...</c>).
/// </summary>
internal static class LedgerCommands
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>A new <c>--db</c> option.</summary>
    public static Option<string?> DbOption(string description, bool required) => new("--db")
    {
        Description = description + " A path is a SQLite file; 'Host=...;Database=...' is a PostgreSQL connection string.",
        HelpName = "ledger",
        Required = required,
    };

    /// <summary>True when <paramref name="db"/> is a PostgreSQL connection string rather than a file path.</summary>
    public static bool IsPostgreSql(string db) =>
        db.Contains("Host=", StringComparison.OrdinalIgnoreCase) && db.Contains(';', StringComparison.Ordinal);

    /// <summary>Opens the ledger <paramref name="db"/>; a SQLite file must exist unless <paramref name="create"/>.</summary>
    /// <exception cref="CliException">The file or its folder is missing, or the ledger cannot be opened.</exception>
    public static IClaimLedger Open(string db, ClaimLedgerOptions options, bool create)
    {
        const string Hint = "pass a SQLite ledger file (created by 'claimtracker analyze <dir> --db <file>') or a PostgreSQL connection string.";
        try
        {
            if (IsPostgreSql(db))
            {
                return PostgreSqlClaimLedger.OpenAsync(db, options).GetAwaiter().GetResult();
            }

            if (!create && !File.Exists(db))
            {
                throw new CliException($"ledger file not found: {db}", Hint, ExitCodes.Usage);
            }

            return SqliteClaimLedger.OpenAsync(db, options).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or InvalidOperationException or System.Data.Common.DbException or ArgumentException)
        {
            throw new CliException($"cannot open the ledger '{db}': {ErrorReporter.OneLine(ex.Message)}", Hint, ExitCodes.Failure, ex);
        }
    }

    /// <summary>
    /// <c>analyze --db</c>: loads <paramref name="dir"/>, adds its new or changed articles to the ledger and returns the
    /// whole ledger as an analysis (what the reports are written from).
    /// </summary>
    public static AnalysisResult IngestDirectory(string db, ClaimTrackerAnalyzer analyzer, string dir, TextWriter stdout, IProgressSink progress)
    {
        progress.Stage("reading", 0);
        var ingestion = analyzer.Loader.LoadDirectory(dir);
        if (ingestion.Articles.IsEmpty)
        {
            return new AnalysisResult([], [], [], ingestion.Diagnostics.Select(d => new AnalysisDiagnostic(null, d)));
        }

        var ledger = Open(db, new ClaimLedgerOptions(analyzer.Extractor, analyzer.Comparer), create: true);
        try
        {
            progress.Stage("ingesting", 0);
            var ingest = ledger.IngestAsync(ingestion.Articles, ingestion.Diagnostics).GetAwaiter().GetResult();
            stdout.WriteLine($"ledger: {ingest.Added} added, {ingest.Updated} updated, {ingest.Unchanged} unchanged, {ingest.Comparisons} comparisons.");
            progress.Stage("reading ledger", 0);
            return ledger.LoadAnalysisAsync().GetAwaiter().GetResult();
        }
        finally
        {
            ledger.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary><c>claimtracker report --db &lt;ledger&gt; [--out dir] [--format ...] [--since DATE] [--story TEXT]</c>.</summary>
    public static Command BuildReport(TextWriter stdout, TextWriter stderr)
    {
        var db = DbOption("The ledger to report on.", required: true);
        var output = new Option<string>("--out") { Description = "Folder to write the reports to (created when missing).", DefaultValueFactory = _ => "report" };
        var format = new Option<string>("--format")
        {
            Description = $"Comma-separated report formats: {string.Join(", ", AnalyzeCommand.Writers.Select(w => w.Format))}.",
            DefaultValueFactory = _ => string.Join(",", AnalyzeCommand.Writers.Select(w => w.Format)),
        };
        var since = new Option<string?>("--since") { Description = "Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", HelpName = "date" };
        var story = new Option<string?>("--story") { Description = "Only articles whose title or text contains this text (case-insensitive).", HelpName = "text" };
        var command = new Command("report", "Write the reports of a ledger, without reading any article again (byte-identical to analyze on the same articles).")
        {
            db, output, format, since, story,
        };
        command.SetAction(result => RunReport(result.GetValue(db)!, result.GetValue(output)!, result.GetValue(format)!, result.GetValue(since), result.GetValue(story), stdout, stderr));
        return command;
    }

    internal static int RunReport(string db, string outDir, string formats, string? since, string? story, TextWriter stdout, TextWriter stderr)
    {
        if (AnalyzeCommand.Formats(formats, stderr) is not { } wanted)
        {
            return ExitCodes.Usage;
        }

        FuzzyTime? sinceTime = null;
        if (since is not null)
        {
            sinceTime = FuzzyTime.TryParse(since, out var parsed)
                ? parsed
                : throw new CliException($"--since is not a date: '{since}'", "use YYYY, YYYY-MM or YYYY-MM-DD.", ExitCodes.Usage);
        }

        var ledger = Open(db, Options(), create: false);
        try
        {
            var result = ledger.LoadAnalysisAsync(new LedgerSelection { Since = sinceTime, Story = story }).GetAwaiter().GetResult();
            stdout.WriteLine($"{result.Articles.Length} articles, {result.Claims.Length} claims, {result.Relations.Length} relations, {result.Graph.Clusters.Length} clusters.");
            AnalyzeCommand.WriteReports(result, outDir, wanted, stdout, NoProgress.Sink);
            return ExitCodes.Ok;
        }
        finally
        {
            ledger.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary><c>claimtracker check "&lt;statement&gt;" --db &lt;ledger&gt; [--lang ar|en] [--json] [--max N]</c>.</summary>
    public static Command BuildCheck(TextWriter stdout, TextWriter stderr)
    {
        var statement = new Argument<string>("statement") { Description = "The statement to look up, as a sentence (\"X said that ...\")." };
        var db = DbOption("The ledger to look in.", required: true);
        var lang = new Option<string?>("--lang") { Description = "The statement's language, ar or en (default: detected from the script)." };
        var json = new Option<bool>("--json") { Description = "Write the matches as JSON." };
        var max = new Option<int>("--max") { Description = "The most matches listed.", DefaultValueFactory = _ => 20 };
        var command = new Command("check", "Look a statement up in a ledger: the stored claims that corroborate, contradict or relate to it, best first.")
        {
            statement, db, lang, json, max,
        };
        command.SetAction(result => RunCheck(result.GetValue(statement)!, result.GetValue(db)!, result.GetValue(lang), result.GetValue(json), result.GetValue(max), stdout, stderr));
        return command;
    }

    internal static int RunCheck(string statement, string db, string? lang, bool json, int max, TextWriter stdout, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(statement))
        {
            throw new CliException("the statement is empty", "pass the statement to look up in quotes.", ExitCodes.Usage);
        }

        if (max < 1)
        {
            throw new CliException($"--max must be at least 1, not {max}", "pass a positive number of matches.", ExitCodes.Usage);
        }

        var packs = ExtractionSetup.Instance.Packs;
        var language = lang ?? packs.DetectByScript(statement)?.Code ?? "en";
        if (!packs.TryGet(language, out _))
        {
            throw new CliException($"no language pack for '{language}'", $"use --lang with one of {string.Join(", ", packs.Codes)}.", ExitCodes.Usage);
        }

        var ledger = Open(db, Options(), create: false);
        try
        {
            var matches = ledger.FindAsync(statement, language, max).GetAwaiter().GetResult();
            if (json)
            {
                WriteJson(stdout, statement, language, matches);
            }
            else
            {
                WriteText(stdout, matches);
            }

            return ExitCodes.Ok;
        }
        finally
        {
            ledger.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static ClaimLedgerOptions Options() => new(ExtractionSetup.Instance.Pipeline.Extractor, ExtractionSetup.Instance.Pipeline.Comparer);

    private static void WriteText(TextWriter stdout, IReadOnlyList<LedgerMatch> matches)
    {
        if (matches.Count == 0)
        {
            stdout.WriteLine("No claim in the ledger relates to this statement.");
            return;
        }

        stdout.WriteLine($"{matches.Count} matching claims, best first:");
        var n = 0;
        foreach (var m in matches)
        {
            n++;
            var c = m.Claim;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n}. {Camel(m.Relation.Kind)} (score {m.Relation.Score:0.####}): {(string.IsNullOrWhiteSpace(c.Attribution.Speaker.Name) ? "the article itself" : c.Attribution.Speaker.Name)} {Camel(c.Stance)} ({Camel(c.Polarity)}), said {Time(c.Said)}"));
            var article = m.Article;
            stdout.WriteLine($"   article {article.Id}{Part(article.Outlet)}{Part(article.Title)}, published {Time(article.Published)}{Part(article.Url?.ToString())}");
            stdout.WriteLine($"   claim {c.Id}: \"{c.Evidence.Text}\"");
            foreach (var reason in m.Relation.Reasons)
            {
                stdout.WriteLine($"   - {Camel(reason.Type)}: {reason.Detail}");
            }
        }
    }

    private static void WriteJson(TextWriter stdout, string statement, string language, IReadOnlyList<LedgerMatch> matches)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("statement", statement);
            w.WriteString("language", language);
            w.WriteStartArray("matches");
            foreach (var m in matches)
            {
                w.WriteStartObject();
                w.WriteString("relation", Camel(m.Relation.Kind));
                w.WriteNumber("score", m.Relation.Score);
                w.WriteString("claim", m.Claim.Id);
                w.WriteString("statementClaim", m.Statement.Id);
                w.WriteString("text", m.Claim.Evidence.Text);
                w.WritePropertyName("source");
                w.WriteRawValue(ClaimTrackerJson.Serialize(m.Claim.Attribution.Speaker));
                w.WriteString("stance", Camel(m.Claim.Stance));
                w.WriteString("polarity", Camel(m.Claim.Polarity));
                w.WritePropertyName("said");
                w.WriteRawValue(ClaimTrackerJson.Serialize(m.Claim.Said));
                w.WritePropertyName("eventTime");
                w.WriteRawValue(ClaimTrackerJson.Serialize(m.Claim.EventTime));
                w.WriteStartObject("article");
                w.WriteString("id", m.Article.Id);
                w.WriteString("outlet", m.Article.Outlet);
                w.WriteString("title", m.Article.Title);
                w.WritePropertyName("published");
                w.WriteRawValue(ClaimTrackerJson.Serialize(m.Article.Published));
                w.WriteString("url", m.Article.Url?.ToString());
                w.WriteEndObject();
                w.WriteStartArray("reasons");
                foreach (var reason in m.Relation.Reasons)
                {
                    w.WriteStartObject();
                    w.WriteString("type", Camel(reason.Type));
                    w.WriteString("detail", reason.Detail);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stdout.WriteLine(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string Part(string? value) => value is null ? "" : ", " + value;

    private static string Time(FuzzyTime? time) => time is { } t ? t.ToString() : "unknown";

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
