using System.Globalization;
using System.Text.Json;

namespace ClaimTracker.Ingestion;

/// <summary>A folder manifest (<c>claimtracker-manifest/1</c>): metadata for the folder's files, keyed by relative path.</summary>
internal sealed class Manifest
{
    public const string Format = "claimtracker-manifest/1";

    private Manifest(Dictionary<string, ArticleMetadata> entries) => Entries = entries;

    /// <summary>Metadata by relative file path ('/' separators, ordinal comparison).</summary>
    public Dictionary<string, ArticleMetadata> Entries { get; }

    /// <summary>Reads a manifest; returns null (with an error diagnostic) when it cannot be used at all.</summary>
    public static Manifest? Read(string json, string name, List<Diagnostic> diagnostics)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(Error(name, $"is not valid JSON ({ex.Message})"));
            return null;
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(Error(name, "is not a JSON object"));
                return null;
            }

            if (root.TryGetProperty("format", out var format) && format.ValueKind != JsonValueKind.Null
                && !(format.ValueKind == JsonValueKind.String && format.GetString() == Format))
            {
                diagnostics.Add(Error(name, $"has format {format.GetRawText()}, expected \"{Format}\""));
                return null;
            }

            if (!root.TryGetProperty("articles", out var articles) || articles.ValueKind != JsonValueKind.Array)
            {
                diagnostics.Add(Error(name, "has no \"articles\" array"));
                return null;
            }

            var entries = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in articles.EnumerateArray())
            {
                var where = $"manifest entry {index}";
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(Warning(name, $"{where} is not an object; ignored"));
                    continue;
                }

                var file = Str(item, "file")?.Replace('\\', '/');
                if (string.IsNullOrWhiteSpace(file))
                {
                    diagnostics.Add(Warning(name, $"{where} has no \"file\"; ignored"));
                    continue;
                }

                if (entries.ContainsKey(file))
                {
                    diagnostics.Add(Warning(name, $"{where} lists '{file}' a second time; ignored"));
                    continue;
                }

                entries[file] = MetadataFields.Build(Str(item, "id"), Str(item, "language"), Str(item, "published"),
                    Str(item, "outlet"), Str(item, "title"), Str(item, "url"), file, "manifest", diagnostics);
            }

            return new Manifest(entries);
        }
    }

    private static string? Str(JsonElement obj, string property)
    {
        if (!obj.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static Diagnostic Error(string name, string what) =>
        new(DiagnosticSeverity.Error, IngestionDiagnostics.BadManifest,
            string.Create(CultureInfo.InvariantCulture, $"Manifest '{name}' {what}; the folder is ingested without it."));

    private static Diagnostic Warning(string name, string what) =>
        new(DiagnosticSeverity.Warning, IngestionDiagnostics.ManifestEntry, $"Manifest '{name}': {what}.");
}
