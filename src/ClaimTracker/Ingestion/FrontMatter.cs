using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimTracker.Ingestion;

/// <summary>
/// Splits YAML front matter (a first line <c>---</c>, YAML, a closing line <c>---</c> or <c>...</c>) from a
/// Markdown text and reads its metadata keys.
/// </summary>
internal static class FrontMatter
{
    /// <summary>Returns the text without its front matter and the metadata found there.</summary>
    public static (string Text, ArticleMetadata Metadata) Split(string text, string name, List<Diagnostic> diagnostics)
    {
        if (!IsFenceLine(text, 0, out var firstEnd, allowDots: false))
        {
            return (text, ArticleMetadata.Empty);
        }

        var lineStart = firstEnd;
        while (lineStart < text.Length)
        {
            if (IsFenceLine(text, lineStart, out var lineEnd, allowDots: true))
            {
                var yaml = text[firstEnd..lineStart];
                var body = text[lineEnd..];
                return (body, Read(yaml, name, diagnostics));
            }

            var nl = text.IndexOf('\n', lineStart);
            if (nl < 0)
            {
                break;
            }

            lineStart = nl + 1;
        }

        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnostics.BadFrontMatter,
            $"File '{name}' starts with '---' but the front matter is never closed; the whole file is kept as text."));
        return (text, ArticleMetadata.Empty);
    }

    /// <summary>True when the line at <paramref name="start"/> is <c>---</c> (or <c>...</c>) with optional trailing spaces; <paramref name="next"/> is just after its line break.</summary>
    private static bool IsFenceLine(string text, int start, out int next, bool allowDots)
    {
        next = start;
        if (start + 3 > text.Length)
        {
            return false;
        }

        var fence = text.AsSpan(start, 3);
        if (!fence.SequenceEqual("---") && !(allowDots && fence.SequenceEqual("...")))
        {
            return false;
        }

        var i = start + 3;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
        {
            i++;
        }

        if (i < text.Length && text[i] != '\n')
        {
            return false;
        }

        next = i < text.Length ? i + 1 : i;
        return true;
    }

    private static ArticleMetadata Read(string yaml, string name, List<Diagnostic> diagnostics)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0)
            {
                if (stream.Documents[0].RootNode is not YamlMappingNode map)
                {
                    throw new YamlException("Front matter is not a mapping of keys to values.");
                }

                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode k && k.Value is { } kv && value is YamlScalarNode v)
                    {
                        fields[kv.Trim()] = v.Value;
                    }
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnostics.BadFrontMatter,
                $"File '{name}': front matter is not valid YAML ({ex.Message.ReplaceLineEndings(" ")}); it is removed from the text and ignored."));
            return ArticleMetadata.Empty;
        }

        string? Get(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (fields.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v))
                {
                    return v;
                }
            }

            return null;
        }

        return MetadataFields.Build(Get("id"), Get("language", "lang"), Get("published", "date"), Get("outlet"),
            Get("title"), Get("url"), name, "front matter", diagnostics);
    }
}
