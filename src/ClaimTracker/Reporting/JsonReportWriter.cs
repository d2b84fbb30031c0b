using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimTracker.Analysis;
using ClaimTracker.Model;

namespace ClaimTracker.Reporting;

/// <summary>
/// Writes the JSON report <c>claimtracker-report/1</c> (<c>report.json</c>): the articles, claims, relations, clusters and
/// diagnostics of an analysis, documented field by field in <c>docs/report-format.md</c> and described by the JSON Schema
/// <c>docs/schema/claimtracker-report-1.schema.json</c>.
/// </summary>
/// <remarks>
/// Indented by two spaces with <c>\n</c> line breaks; members always present (null when unknown) and in the documented
/// order; numbers in the shortest round-trip form; text as is except what JSON requires escaped (Arabic letters,
/// <c>&lt;</c> and <c>&amp;</c> are not escaped). Evidence offsets count UTF-16 code units in the article's text.
/// Stateless and thread-safe.
/// </remarks>
public sealed class JsonReportWriter : IReportWriter
{
    /// <summary>The value of the report's <c>format</c> member.</summary>
    public const string FormatId = "claimtracker-report/1";

    /// <inheritdoc />
    /// <value><c>json</c>.</value>
    public string Format => "json";

    /// <inheritdoc />
    /// <value><c>report.json</c>.</value>
    public string FileName => "report.json";

    /// <inheritdoc />
    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ReportJson.Write(json => WriteReport(json, result)));
    }

    private static void WriteReport(Utf8JsonWriter json, AnalysisResult result)
    {
        json.WriteStartObject();
        json.WriteString("format", FormatId);

        json.WriteStartArray("articles");
        foreach (var a in result.Articles)
        {
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            json.WriteString("language", a.Language);
            ReportJson.WriteTime(json, "published", a.Published);
            json.WriteString("outlet", a.Outlet);
            json.WriteString("title", a.Title);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("claims");
        foreach (var c in result.Claims)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteString("article", c.Evidence.ArticleId);
            json.WriteStartObject("evidence");
            json.WriteNumber("start", c.Evidence.Span.Start);
            json.WriteNumber("end", c.Evidence.Span.End);
            json.WriteString("text", c.Evidence.Text);
            json.WriteEndObject();
            WriteProposition(json, "proposition", c.Proposition);
            json.WriteString("stance", ReportText.Camel(c.Stance));
            json.WriteString("polarity", ReportText.Camel(c.Polarity));
            json.WritePropertyName("source");
            WriteSource(json, c.Attribution.Speaker);
            json.WriteStartArray("chain");
            foreach (var s in c.Attribution.Chain)
            {
                WriteSource(json, s);
            }

            json.WriteEndArray();
            json.WriteString("origin", result.OriginOf(c));
            json.WriteStartArray("quantities");
            foreach (var q in c.Quantities)
            {
                WriteQuantity(json, q);
            }

            json.WriteEndArray();
            json.WriteStartArray("times");
            foreach (var t in c.Times)
            {
                ReportJson.WriteTimeValue(json, t);
            }

            json.WriteEndArray();
            ReportJson.WriteTime(json, "said", c.Said);
            ReportJson.WriteTime(json, "eventTime", c.EventTime);
            json.WriteNumber("confidence", c.Confidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("relations");
        foreach (var r in result.Relations)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Id);
            json.WriteString("kind", ReportText.Camel(r.Kind));
            json.WriteStartArray("claims");
            json.WriteStringValue(r.ClaimA);
            json.WriteStringValue(r.ClaimB);
            json.WriteEndArray();
            json.WriteNumber("score", r.Score);
            json.WriteStartArray("reasons");
            foreach (var reason in r.Reasons)
            {
                json.WriteStartObject();
                json.WriteString("type", ReportText.Camel(reason.Type));
                json.WriteString("detail", reason.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("clusters");
        foreach (var k in result.Graph.Clusters)
        {
            json.WriteStartObject();
            json.WriteString("id", k.Id);
            WriteProposition(json, "proposition", ReportText.RepresentativeProposition(k));
            json.WriteStartArray("claims");
            foreach (var c in k.Claims)
            {
                json.WriteStringValue(c.Id);
            }

            json.WriteEndArray();
            json.WriteBoolean("independent", k.Independent);
            json.WriteStartArray("origins");
            foreach (var o in k.Origins)
            {
                json.WriteStringValue(o);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", ReportText.Camel(d.Diagnostic.Severity));
            json.WriteString("code", d.Diagnostic.Code);
            json.WriteString("message", d.Diagnostic.Message);
            json.WriteString("article", d.ArticleId);
            if (d.Diagnostic.Span is { } span)
            {
                json.WriteStartObject("span");
                json.WriteNumber("start", span.Start);
                json.WriteNumber("end", span.End);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("span");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProposition(Utf8JsonWriter json, string name, Proposition p)
    {
        json.WriteStartObject(name);
        json.WriteString("eventClass", p.EventClass);
        json.WriteStartArray("participants");
        foreach (var participant in p.Participants)
        {
            json.WriteStartObject();
            json.WriteString("role", ReportText.Camel(participant.Role));
            json.WriteString("entityId", participant.EntityId);
            json.WriteString("name", participant.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("signature", p.Signature);
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, Source s)
    {
        json.WriteStartObject();
        json.WriteString("entityId", s.EntityId);
        json.WriteString("name", s.Name);
        json.WriteString("kind", ReportText.Camel(s.Kind));
        json.WriteEndObject();
    }

    /// <summary>A quantity in the model's documented JSON shape (docs/model.md).</summary>
    private static void WriteQuantity(Utf8JsonWriter json, Quantity q) => Serialization.QuantityJsonConverter.WriteValue(json, q);
}

/// <summary>Deterministic indented JSON text for the report writers.</summary>
internal static class ReportJson
{
    /// <summary>Runs <paramref name="write"/> on an indented writer (two spaces, <c>\n</c>) and returns the text with a final <c>\n</c>.</summary>
    /// <param name="write">Writes the document.</param>
    /// <param name="htmlSafe">Also escape <c>&lt; &gt; &amp;</c> inside strings (as <c>\u003C \u003E \u0026</c>), so the
    /// document can be embedded in an HTML <c>&lt;script&gt;</c> element (JSON-LD) without a quote closing it.</param>
    public static string Write(Action<Utf8JsonWriter> write, bool htmlSafe = false)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            write(json);
        }

        // Before .NET 9 the writer breaks lines with Environment.NewLine; raw line breaks only occur between tokens
        // (line breaks inside strings are escaped), so replacing them is safe.
        var text = Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (htmlSafe)
        {
            // JSON's structure never uses these characters, so every occurrence is inside a string value.
            text = text.Replace("<", "\\u003C", StringComparison.Ordinal)
                .Replace(">", "\\u003E", StringComparison.Ordinal)
                .Replace("&", "\\u0026", StringComparison.Ordinal);
        }

        return text + "\n";
    }

    /// <summary>Writes a time as <c>{"start", "end", "precision"}</c>, or null.</summary>
    public static void WriteTime(Utf8JsonWriter json, string name, FuzzyTime? time)
    {
        if (time is { } t)
        {
            json.WritePropertyName(name);
            WriteTimeValue(json, t);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Writes a time as <c>{"start", "end", "precision"}</c>: end exclusive, null bounds for open ends.</summary>
    public static void WriteTimeValue(Utf8JsonWriter json, FuzzyTime time)
    {
        json.WriteStartObject();
        json.WriteString("start", Instant(time.Start, time));
        json.WriteString("end", Instant(time.End, time));
        json.WriteString("precision", ReportText.Camel(time.Precision));
        json.WriteEndObject();
    }

    /// <summary><c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm:ss</c> when the time is finer than a day or a bound is not at midnight.</summary>
    public static string? Instant(DateTime? instant, FuzzyTime time)
    {
        if (instant is not { } t)
        {
            return null;
        }

        var withClock = time.Precision > TimePrecision.Day || time.Start is { TimeOfDay.Ticks: > 0 } || time.End is { TimeOfDay.Ticks: > 0 };
        return t.ToString(withClock ? "yyyy-MM-ddTHH:mm:ss" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
