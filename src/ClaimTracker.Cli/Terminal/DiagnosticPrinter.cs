using System.Text.RegularExpressions;
using ClaimTracker.Ingestion;

namespace ClaimTracker.Cli.Terminal;

/// <summary>
/// Prints what went wrong with the input on stderr, the same way for <c>analyze</c>, <c>extract</c> and <c>eval</c>: one
/// line per warning or error diagnostic (severity, code, file, reason, what to do), then one count line. Informational
/// diagnostics (a language detected, a README not read) are not printed; they stay in <c>report.json</c>.
/// </summary>
internal static partial class DiagnosticPrinter
{
    /// <summary>
    /// Writes the warning and error diagnostics of <paramref name="diagnostics"/> (the article id, when known, names the
    /// file; informational ones too when <paramref name="includeInfo"/>) and a count line; writes nothing when there are
    /// none. Returns the number of error diagnostics.
    /// </summary>
    public static int Write(IEnumerable<(string? ArticleId, Diagnostic Diagnostic)> diagnostics, TextWriter stderr, bool includeInfo = false)
    {
        var shown = diagnostics.Where(d => includeInfo || d.Diagnostic.Severity != DiagnosticSeverity.Info).ToList();
        foreach (var (articleId, d) in shown)
        {
            stderr.WriteLine(Line(articleId, d));
        }

        if (shown.Count == 0)
        {
            return 0;
        }

        var errors = shown.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
        var warnings = shown.Count(d => d.Diagnostic.Severity == DiagnosticSeverity.Warning);
        stderr.WriteLine($"{Plural(errors, "error")} and {Plural(warnings, "warning")} about the input (files with an error were skipped; --strict makes errors fail the run).");
        return errors;
    }

    /// <summary>Writes the diagnostics of an ingestion, which concern files rather than articles.</summary>
    public static int Write(IEnumerable<Diagnostic> diagnostics, TextWriter stderr, bool includeInfo = false) =>
        Write(diagnostics.Select(d => ((string?)null, d)), stderr, includeInfo);

    /// <summary>
    /// The first line a command prints (on stderr, before the language packs load): <c>reading 5 files from samples/seed-ar</c>,
    /// counting the files whose extension is an article format, less hidden ones and ignored names such as a README.
    /// </summary>
    public static void WriteReading(string dir, bool recursive, TextWriter stderr)
    {
        var ignored = IngestionOptions.Default.IgnoredFileNames;
        var count = Directory.EnumerateFiles(dir, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Count(f => ArticleLoader.FormatFromExtension(f) is not null && !Path.GetFileName(f).StartsWith('.')
                && !ignored.Contains(Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase));
        stderr.WriteLine($"reading {count} {(count == 1 ? "file" : "files")} from {dir}{(recursive ? " and its sub-folders" : string.Empty)}");
        stderr.Flush();
    }

    /// <summary>
    /// What to do when no article could be read from <paramref name="dir"/>: pass <c>--recursive</c> when the articles are
    /// in sub-folders, else look at the lines above, else add articles.
    /// </summary>
    public static string NoArticleHint(string dir, bool recursive, bool anyDiagnostic)
    {
        if (!recursive)
        {
            var folders = Directory.EnumerateDirectories(dir)
                .Where(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Any(f => ArticleLoader.FormatFromExtension(f) is not null))
                .Select(Path.GetFileName)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (folders.Count > 0)
            {
                return $"its articles are in sub-folders ({string.Join(", ", folders.Take(5))}{(folders.Count > 5 ? ", …" : string.Empty)}); pass --recursive to read them.";
            }
        }

        return anyDiagnostic
            ? "each file was skipped for the reason given above."
            : "put .txt, .md or .html articles in it (docs/ingestion.md).";
    }

    /// <summary>One line: <c>error CT2002 bin.txt: File 'bin.txt' holds NUL bytes …; skipped. Hint: …</c>.</summary>
    internal static string Line(string? articleId, Diagnostic diagnostic)
    {
        var file = FileOf(diagnostic.Message) ?? articleId;
        var where = file is null ? string.Empty : " " + file;
        return $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}{where}: {ErrorReporter.OneLine(diagnostic.Message)} Hint: {Hint(diagnostic.Code)}";
    }

    /// <summary>What to do about a diagnostic, by its code (see <see cref="IngestionDiagnostics"/> and docs/ingestion.md).</summary>
    internal static string Hint(string code) => code switch
    {
        IngestionDiagnostics.InvalidEncoding => "save the file as UTF-8 (for Windows-1256: iconv -f WINDOWS-1256 -t UTF-8 in.txt > out.txt).",
        IngestionDiagnostics.BinaryContent => "only text articles (.txt, .md, .html) are read; convert the file to text or remove it.",
        IngestionDiagnostics.TooLarge => "split the file into articles (the limit is IngestionOptions.MaxFileBytes).",
        IngestionDiagnostics.Empty => "add the article's text or remove the file.",
        IngestionDiagnostics.UnknownLanguage => "pass --lang, or give the language in manifest.json or the front matter.",
        IngestionDiagnostics.BadDate => "write the date as YYYY-MM-DD in manifest.json or the front matter.",
        IngestionDiagnostics.BadUrl => "write an absolute http(s) URL.",
        IngestionDiagnostics.BadManifest => "fix manifest.json (format in docs/ingestion.md); the folder was read without it.",
        IngestionDiagnostics.ManifestEntry => "fix the file name in manifest.json or add the file.",
        IngestionDiagnostics.DuplicateId => "give the articles distinct ids (manifest.json or front matter).",
        IngestionDiagnostics.BadFrontMatter => "fix the front matter (YAML between --- lines, docs/ingestion.md).",
        IngestionDiagnostics.ReadFailed => "check that the file exists and is readable.",
        _ => "see docs/ingestion.md; the full list is in report.json.",
    };

    /// <summary>The file a diagnostic's message names (<c>File 'x'</c>, <c>Manifest 'x'</c>), or null.</summary>
    internal static string? FileOf(string message) =>
        FileName().Match(message) is { Success: true } m ? m.Groups[1].Value : null;

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    [GeneratedRegex("^(?:File|Manifest) '([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
