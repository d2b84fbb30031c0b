using ClaimTracker.Model;

namespace ClaimTracker.Ingestion;

/// <summary>Turns raw string fields (front matter, manifest, HTML meta) into <see cref="ArticleMetadata"/>, reporting unreadable values.</summary>
internal static class MetadataFields
{
    public static ArticleMetadata Build(
        string? id, string? language, string? published, string? outlet, string? title, string? url,
        string name, string where, List<Diagnostic> diagnostics)
    {
        FuzzyTime? date = null;
        if (!string.IsNullOrWhiteSpace(published))
        {
            if (PublishedDateParser.TryParse(published, out var d))
            {
                date = d;
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnostics.BadDate,
                    $"File '{name}': {where} publication date '{Shorten(published)}' is not YYYY, YYYY-MM or YYYY-MM-DD (years 0001 to 9998, or up to 9999-12-30); ignored."));
            }
        }

        Uri? uri = null;
        if (!string.IsNullOrWhiteSpace(url))
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnostics.BadUrl,
                    $"File '{name}': {where} URL '{Shorten(url)}' is not an absolute URL; ignored."));
            }
            else if (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps)
            {
                // A report shows the URL as a link: javascript:, data: or file: URLs would run or expose something.
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnostics.BadUrl,
                    $"File '{name}': {where} URL '{Shorten(url)}' is not an http or https URL; ignored."));
            }
            else
            {
                uri = u;
            }
        }

        var lang = NormalizeLanguage(language);
        if (lang is not null && !(lang.Length is >= 2 and <= 8 && lang.All(char.IsAsciiLetterLower)))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnostics.BadLanguage,
                $"File '{name}': {where} language '{Shorten(language!)}' is not a BCP 47 language tag; ignored."));
            lang = null;
        }

        return new ArticleMetadata(Clean(id), lang, date, Clean(outlet), Clean(title), uri);
    }

    /// <summary>Lower-cases a BCP 47 tag and keeps its primary language subtag (<c>ar-EG</c> → <c>ar</c>).</summary>
    public static string? NormalizeLanguage(string? language)
    {
        var s = Clean(language);
        if (s is null)
        {
            return null;
        }

        var cut = s.IndexOfAny(['-', '_']);
        if (cut > 0)
        {
            s = s[..cut];
        }

        return s.ToLowerInvariant();
    }

    public static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
