using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimTracker.Model;
using ClaimTracker.Recognition;
using ClaimTracker.Recognition.Dates;
using ClaimTracker.Recognition.Numbers;
using ClaimTracker.Recognition.Quantities;

namespace ClaimTracker.Cli.Recognize;

/// <summary>
/// <c>claimtracker recognize --lang ar|en [--reference YYYY[-MM[-DD]]] [--kinds number,range,quantity,date]</c>:
/// reads UTF-8 lines on stdin and writes one JSON line per input line (see docs/recognize.md).
/// </summary>
internal static class RecognizeCommand
{
    /// <summary>The recognizers the command runs, by kind. A new kind (dates) is one more line here.</summary>
    public static readonly IReadOnlyList<(string Kind, IRecognizer Recognizer)> Recognizers =
    [
        ("number", new NumberRecognizer()),
        ("range", new RangeRecognizer()),
        ("quantity", new QuantityRecognizer()),
        ("date", new DateRecognizer()),
    ];

    /// <summary>The kinds accepted by <c>--kinds</c>, in output priority (a result inside a wider one of another kind is dropped).</summary>
    public static readonly IReadOnlyList<string> KnownKinds = ["quantity", "range", "date", "number"];

    public static Command Build(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var lang = new Option<string?>("--lang") { Description = "Language of the text: " + string.Join(" or ", CliLanguages.Codes.Order(StringComparer.Ordinal)) + " (required)." };
        var reference = new Option<string?>("--reference") { Description = "Publication date that relative dates resolve against: YYYY, YYYY-MM or YYYY-MM-DD." };
        var kinds = new Option<string?>("--kinds") { Description = "Comma-separated kinds to report: number, range, quantity, date (default: all)." };
        var command = new Command("recognize", "Recognize numbers, ranges, quantities and dates in lines read from stdin; writes one JSON line per input line.");
        command.Options.Add(lang);
        command.Options.Add(reference);
        command.Options.Add(kinds);
        command.SetAction(parse => Run(parse.GetValue(lang), parse.GetValue(reference), parse.GetValue(kinds), stdin, stdout, stderr));
        return command;
    }

    private static int Run(string? lang, string? reference, string? kinds, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (!CliLanguages.TryGet(lang, out var pack))
        {
            stderr.WriteLine($"error: --lang must be one of {string.Join(", ", CliLanguages.Codes.Order(StringComparer.Ordinal))} (got '{lang ?? ""}').");
            return 2;
        }

        FuzzyTime? referenceTime = null;
        if (reference is not null)
        {
            if (!TryParseReference(reference, out var rt))
            {
                stderr.WriteLine($"error: --reference must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got '{reference}').");
                return 2;
            }

            referenceTime = rt;
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in (kinds ?? string.Join(',', KnownKinds)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kind = k.ToLowerInvariant();
            if (!KnownKinds.Contains(kind))
            {
                stderr.WriteLine($"error: --kinds accepts {string.Join(", ", KnownKinds)} (got '{k}').");
                return 2;
            }

            wanted.Add(kind);
        }

        var context = new RecognitionContext(pack, referenceTime);
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
        string? line;
        while ((line = stdin.ReadLine()) is not null)
        {
            var results = Recognize(line, context, wanted);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                writer.WriteStartObject();
                writer.WriteString("input", line);
                writer.WriteStartArray("results");
                foreach (var (kind, item) in results)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", item is RecognizedDuration ? "duration" : kind);
                    writer.WriteString("text", item.Text);
                    writer.WriteNumber("start", item.Span.Start);
                    writer.WriteNumber("end", item.Span.End);
                    writer.WritePropertyName("value");
                    WriteValue(writer, item);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            stdout.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }

        stdout.Flush();
        return 0;
    }

    /// <summary>Runs the wanted recognizers and keeps the widest results: a result inside a wider one of another kind is dropped.</summary>
    internal static List<(string Kind, Recognized Item)> Recognize(string line, RecognitionContext context, IReadOnlySet<string> wanted)
    {
        var all = new List<(string Kind, Recognized Item)>();
        foreach (var (kind, recognizer) in Recognizers)
        {
            if (!wanted.Contains(kind))
            {
                continue;
            }

            foreach (var item in recognizer.Recognize(line, context).Items)
            {
                all.Add((kind, item));
            }
        }

        var kept = new List<(string Kind, Recognized Item)>();
        foreach (var r in all.OrderByDescending(r => r.Item.Span.Length).ThenBy(r => IndexOf(r.Kind)))
        {
            if (!kept.Any(k => k.Kind != r.Kind && k.Item.Span.Contains(r.Item.Span)))
            {
                kept.Add(r);
            }
        }

        return kept.OrderBy(r => r.Item.Span.Start).ThenBy(r => r.Item.Span.End).ThenBy(r => IndexOf(r.Kind)).ToList();
    }

    private static int IndexOf(string kind)
    {
        for (var i = 0; i < KnownKinds.Count; i++)
        {
            if (KnownKinds[i] == kind)
            {
                return i;
            }
        }

        return KnownKinds.Count;
    }

    /// <summary>The <c>value</c> member: a switch on the result type (dates add a case here).</summary>
    private static void WriteValue(Utf8JsonWriter writer, Recognized item)
    {
        switch (item)
        {
            case RecognizedNumber n:
                writer.WriteNumberValue(n.Value);
                break;
            case RecognizedRange r:
                writer.WriteStringValue(r.Range.ToIntervalString());
                break;
            case RecognizedQuantity q:
                WriteQuantity(writer, q.Quantity);
                break;
            case RecognizedTime t:
                WriteTime(writer, t);
                break;
            case RecognizedDuration d:
                writer.WriteStartObject();
                writer.WriteString("duration", d.Iso8601);
                writer.WriteNumber("amount", d.Amount);
                writer.WriteString("unit", d.Unit.ToString().ToLowerInvariant());
                writer.WriteNumber("seconds", d.Seconds);
                writer.WriteBoolean("approximate", d.IsApproximate);
                writer.WriteBoolean("recurrence", d.IsRecurrence);
                writer.WriteString("rule", d.Rule);
                writer.WriteEndObject();
                break;
            default:
                writer.WriteStringValue(item.ToString());
                break;
        }
    }

    /// <summary>
    /// A date value: <c>start</c> (inclusive) and <c>end</c> (exclusive) as <c>YYYY-MM-DD</c> (with <c>THH:mm:ss</c> when
    /// the bound is not midnight), null when the interval is open on that side; <c>precision</c>; <c>open</c>; the
    /// resolving <c>rule</c>; <c>relative</c>; and <c>dayPart</c> when the text named one (see docs/dates.md).
    /// </summary>
    private static void WriteTime(Utf8JsonWriter writer, RecognizedTime t)
    {
        writer.WriteStartObject();
        WriteBound(writer, "start", t.Time.Start);
        WriteBound(writer, "end", t.Time.End);
        writer.WriteString("precision", t.Precision switch
        {
            TimePrecision.PartOfDay => "partOfDay",
            var p => p.ToString().ToLowerInvariant(),
        });
        writer.WriteBoolean("open", t.Time.IsOpen);
        writer.WriteString("rule", t.Rule);
        writer.WriteBoolean("relative", t.IsRelative);
        if (t.DayPart is { } part)
        {
            writer.WriteString("dayPart", part.ToString().ToLowerInvariant());
        }

        writer.WriteEndObject();
    }

    private static void WriteBound(Utf8JsonWriter writer, string name, DateTime? bound)
    {
        if (bound is not { } b)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteString(name, b.ToString(b.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
    }

    private static void WriteQuantity(Utf8JsonWriter writer, Quantity q)
    {
        writer.WriteStartObject();
        if (q.Low is { } low)
        {
            writer.WriteNumber("low", low);
        }
        else
        {
            writer.WriteNull("low");
        }

        if (q.High is { } high)
        {
            writer.WriteNumber("high", high);
        }
        else
        {
            writer.WriteNull("high");
        }

        writer.WriteBoolean("lowInclusive", q.LowInclusive);
        writer.WriteBoolean("highInclusive", q.HighInclusive);
        writer.WriteBoolean("approximate", q.IsApproximate);
        writer.WriteString("unit", q.Unit.Id);
        writer.WriteString("dimension", q.Unit.Dimension.ToString().ToLowerInvariant());
        writer.WriteEndObject();
    }

    internal static bool TryParseReference(string text, out FuzzyTime time)
    {
        time = default;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var nums = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        try
        {
            time = nums.Length switch
            {
                1 => FuzzyTime.Year(nums[0]),
                2 => FuzzyTime.Month(nums[0], nums[1]),
                _ => FuzzyTime.Day(nums[0], nums[1], nums[2]),
            };
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
