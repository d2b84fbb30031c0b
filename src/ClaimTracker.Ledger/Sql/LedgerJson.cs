using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimTracker.Model;
using ClaimTracker.Serialization;
using ClaimTracker.Text;

namespace ClaimTracker.Ledger.Sql;

/// <summary>How the stores write values: model types through <see cref="ClaimTrackerJson"/>, diagnostics as small objects.</summary>
internal static class LedgerJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The content hash of an article: SHA-256 over its model JSON (text and every metadata field).</summary>
    public static string Hash(Article article) =>
        "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ClaimTrackerJson.Serialize(article)))).ToLowerInvariant();

    /// <summary>A sortable text form of a claim's <see cref="Claim.Said"/> start; empty when unknown, so it sorts first
    /// ascending and last descending in every store (unlike NULL).</summary>
    public static string Said(Claim claim) =>
        claim.Said?.Start?.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public static string Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                WriteDiagnostic(json, d);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Diagnostic(Diagnostic diagnostic)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            WriteDiagnostic(json, diagnostic);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static List<Diagnostic> ReadDiagnostics(string text)
    {
        using var document = JsonDocument.Parse(text);
        return [.. document.RootElement.EnumerateArray().Select(ReadDiagnostic)];
    }

    public static Diagnostic ReadDiagnostic(string text)
    {
        using var document = JsonDocument.Parse(text);
        return ReadDiagnostic(document.RootElement);
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("severity", d.Severity.ToString());
        json.WriteString("code", d.Code);
        json.WriteString("message", d.Message);
        if (d.Span is { } span)
        {
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
        }

        json.WriteEndObject();
    }

    private static Diagnostic ReadDiagnostic(JsonElement e)
    {
        var severity = Enum.Parse<DiagnosticSeverity>(e.GetProperty("severity").GetString()!);
        TextSpan? span = e.TryGetProperty("start", out var start) ? new TextSpan(start.GetInt32(), e.GetProperty("length").GetInt32()) : null;
        return new Diagnostic(severity, e.GetProperty("code").GetString()!, e.GetProperty("message").GetString()!, span);
    }
}
