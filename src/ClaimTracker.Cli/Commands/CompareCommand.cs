using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimTracker.Comparison;
using ClaimTracker.Extraction;
using ClaimTracker.Model;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>claimtracker compare</c>: reads JSON lines <c>{"a": text, "b": text, "lang": "ar"|"en", "published": "YYYY-MM-DD"}</c>
/// from stdin, treats each side as a short article, extracts its claims, compares every claim of a with every claim of b
/// and writes one JSON line per input line: <c>{"relation", "score", "reasons": [{"type", "detail"}]}</c> for the strongest
/// relation (any kind over unrelated; then the highest score; then contradicts, prediction overturned, corroborates,
/// prediction confirmed, refines; then the relation id). A side without claims gives "unrelated" with a
/// <c>noClaims</c> reason; a bad line gives <c>{"error": ...}</c> and the run continues. Exit code 0 unless stdin cannot be read.
/// </summary>
internal static class CompareCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the command.</summary>
    /// <param name="stdin">Where the JSON lines come from.</param>
    /// <param name="stdout">Where the result lines go.</param>
    /// <param name="stderr">Where fatal errors go.</param>
    /// <param name="extractor">Creates the claim extractor (called once, on first use); null when none is configured, and then
    /// every side has no claims.</param>
    /// <param name="options">Comparison options; when null, the defaults with origins resolved through the shared catalog.</param>
    public static Command Build(TextReader stdin, TextWriter stdout, TextWriter stderr, Func<IClaimExtractor>? extractor, ComparisonOptions? options = null)
    {
        var command = new Command(
            "compare",
            "Compare statement pairs: JSON lines {\"a\", \"b\", \"lang\", \"published\"} on stdin, one {\"relation\", \"score\", \"reasons\"} line per pair on stdout.");
        // Origins resolve through the shared catalog ("the Pentagon" speaks for the US government), loaded on first use.
        command.SetAction(_ => Run(stdin, stdout, stderr, extractor,
            options ?? ExtractionSetup.Instance.Pipeline.Comparison));
        return command;
    }

    /// <summary>Runs the command over all of <paramref name="stdin"/>.</summary>
    internal static int Run(TextReader stdin, TextWriter stdout, TextWriter stderr, Func<IClaimExtractor>? extractorFactory, ComparisonOptions? options = null)
    {
        var comparer = new ClaimComparer(options);
        var extractor = new Lazy<IClaimExtractor>(() => extractorFactory?.Invoke() ?? NoExtractor.Instance);
        var lineNumber = 0;
        while (true)
        {
            string? line;
            try
            {
                line = stdin.ReadLine();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or DecoderFallbackException or OutOfMemoryException)
            {
                stderr.WriteLine($"error: cannot read stdin: {ex.Message}");
                return 1;
            }

            if (line is null)
            {
                return 0;
            }

            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string output;
            try
            {
                output = ComparePair(line, extractor.Value, comparer);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or KeyNotFoundException or InvalidOperationException)
            {
                output = Error($"line {lineNumber}: {ex.Message}");
            }

            stdout.WriteLine(output);
        }
    }

    /// <summary>Compares one input line and returns the output line.</summary>
    internal static string ComparePair(string line, IClaimExtractor extractor, ClaimComparer comparer)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("expected a JSON object with \"a\" and \"b\"");
        }

        var a = RequiredString(root, "a");
        var b = RequiredString(root, "b");
        var lang = OptionalString(root, "lang") ?? "ar";
        if (string.IsNullOrWhiteSpace(lang))
        {
            throw new FormatException("\"lang\" must not be empty");
        }

        FuzzyTime? published = null;
        if (OptionalString(root, "published") is { } date)
        {
            published = FuzzyTime.TryParse(date, out var parsed)
                ? parsed
                : throw new FormatException($"\"published\" is not a date of the form YYYY-MM-DD: '{date}'");
        }

        var claimsA = Extract(extractor, new Article("a", a, lang, published), "a:");
        var claimsB = Extract(extractor, new Article("b", b, lang, published), "b:");
        if (claimsA.Length == 0 || claimsB.Length == 0)
        {
            var sides = claimsA.Length == 0 && claimsB.Length == 0 ? "neither a nor b" : claimsA.Length == 0 ? "a" : "b";
            var detail = claimsA.Length == 0 && claimsB.Length == 0
                ? "no claim was found in a or in b"
                : $"no claim was found in {sides}";
            return Result(RelationKind.Unrelated, 0d, [new Reason(ReasonType.NoClaims, detail)]);
        }

        ClaimRelation? best = null;
        foreach (var ca in claimsA)
        {
            foreach (var cb in claimsB)
            {
                var relation = comparer.Compare(ca, cb);
                if (best is null || Stronger(relation, best))
                {
                    best = relation;
                }
            }
        }

        return Result(best!.Kind, best.Score, best.Reasons);
    }

    /// <summary>True when <paramref name="x"/> beats <paramref name="y"/> (<see cref="RelationStrength"/>: related over unrelated, higher score, kind priority, smaller id).</summary>
    internal static bool Stronger(ClaimRelation x, ClaimRelation y) => RelationStrength.Instance.Compare(x, y) < 0;

    private static ImmutableArray<Claim> Extract(IClaimExtractor extractor, Article article, string prefix) =>
        [.. extractor.Extract(article).Claims.Select(c => Renamed(c, prefix + c.Id))];

    private static Claim Renamed(Claim c, string id) =>
        new(id, c.Proposition, c.Attribution, c.Stance, c.Polarity, c.Evidence, c.Confidence, c.Said, c.EventTime, c.Quantities, c.Times);

    private static string RequiredString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"\"{name}\" must be a string");

    private static string? OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new FormatException($"\"{name}\" must be a string");
    }

    private static string Result(RelationKind kind, double score, IEnumerable<Reason> reasons) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("relation", JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()));
        w.WriteNumber("score", score);
        w.WriteStartArray("reasons");
        foreach (var reason in reasons)
        {
            w.WriteStartObject();
            w.WriteString("type", JsonNamingPolicy.CamelCase.ConvertName(reason.Type.ToString()));
            w.WriteString("detail", reason.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Error(string message) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("error", message);
        w.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Used until a real extractor is wired: finds no claims.</summary>
    private sealed class NoExtractor : IClaimExtractor
    {
        public static readonly NoExtractor Instance = new();

        public ExtractionResult Extract(Article article)
        {
            ArgumentNullException.ThrowIfNull(article);
            return new ExtractionResult(article.Id, [], []);
        }
    }
}
