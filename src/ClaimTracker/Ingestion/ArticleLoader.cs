using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ClaimTracker.Model;

namespace ClaimTracker.Ingestion;

/// <summary>
/// Reads articles from plain-text, Markdown and HTML files, a folder with an optional <c>manifest.json</c>, or a
/// string. Bad input (mis-encoded, binary, empty, oversized files, unreadable metadata) yields diagnostics, never an
/// exception and never a silent loss.
/// </summary>
/// <remarks>
/// <para>Metadata precedence, highest first: metadata passed by the caller; the folder manifest; the file's own
/// metadata (Markdown front matter, HTML meta tags); defaults (id = file name without extension, language detected from
/// the script through <see cref="IngestionOptions.Languages"/>, then <see cref="IngestionOptions.FallbackLanguage"/>).</para>
/// <para>Articles come back sorted by id, whatever the file-system order. See <c>docs/ingestion.md</c>.</para>
/// <para>A folder load never reads outside its folder: a symbolic link whose target resolves outside it, a file with a
/// hard link outside it (Linux) and a pipe, device or socket are refused with a diagnostic (see <c>docs/reliability.md</c>).</para>
/// <para>Immutable and thread-safe; one loader can serve many loads.</para>
/// </remarks>
public sealed class ArticleLoader
{
    /// <summary>Creates a loader.</summary>
    /// <param name="options">Options; null for <see cref="IngestionOptions.Default"/>.</param>
    public ArticleLoader(IngestionOptions? options = null) => Options = options ?? IngestionOptions.Default;

    /// <summary>The options in use.</summary>
    public IngestionOptions Options { get; }

    /// <summary>The format a file name's extension stands for, or null when it is not a supported article format.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ArticleFormat? FormatFromExtension(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" => ArticleFormat.PlainText,
            ".md" or ".markdown" => ArticleFormat.Markdown,
            ".html" or ".htm" => ArticleFormat.Html,
            _ => null,
        };
    }

    /// <summary>
    /// Loads every article file of <paramref name="directory"/> (sub-folders when <see cref="IngestionOptions.Recursive"/>),
    /// using its manifest when present.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null, empty or whitespace.</exception>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    public IngestionResult LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Directory '{directory}' (argument {nameof(directory)}) does not exist.");
        }

        var root = Path.GetFullPath(directory);
        var diagnostics = new List<Diagnostic>();
        var files = Directory.EnumerateFiles(root, "*", Options.Recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

        var confinement = new Confinement(root);
        Manifest? manifest = null;
        if (files.Remove(Options.ManifestFileName))
        {
            var manifestPath = Path.Combine(root, Options.ManifestFileName);
            var bytes = confinement.Allows(Options.ManifestFileName, files, diagnostics)
                ? ReadBytes(manifestPath, Options.ManifestFileName, diagnostics)
                : null;
            var json = bytes is null ? null : TextDecoder.Decode(bytes, Options.ManifestFileName, diagnostics);
            if (json is not null)
            {
                manifest = Manifest.Read(json, Options.ManifestFileName, diagnostics);
            }
        }

        if (manifest is not null)
        {
            var present = new HashSet<string>(files, StringComparer.Ordinal);
            foreach (var listed in manifest.Entries.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                if (present.Contains(listed))
                {
                    continue;
                }

                // A listed file in a sub-folder is read even when not recursive, but never one outside the folder.
                var full = Path.GetFullPath(Path.Combine(root, listed));
                var inside = full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
                if (inside && File.Exists(full))
                {
                    files.Add(listed);
                    continue;
                }

                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnostics.ManifestEntry,
                    inside
                        ? $"Manifest '{Options.ManifestFileName}' lists '{listed}', which does not exist in the folder."
                        : $"Manifest '{Options.ManifestFileName}' lists '{listed}', which lies outside the folder; ignored."));
            }

            files.Sort(StringComparer.Ordinal);
        }

        var articles = new List<Article>();
        foreach (var file in files)
        {
            ArticleMetadata? entry = null;
            manifest?.Entries.TryGetValue(file, out entry);
            var fileName = Path.GetFileName(file);
            if (entry is null)
            {
                if (fileName.StartsWith('.'))
                {
                    diagnostics.Add(Skipped(file, "it is hidden"));
                    continue;
                }

                var stem = Path.GetFileNameWithoutExtension(file);
                if (Options.IgnoredFileNames.Any(n => string.Equals(n, stem, StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Add(Skipped(file, "its name is in IngestionOptions.IgnoredFileNames"));
                    continue;
                }

                if (FormatFromExtension(file) is null)
                {
                    diagnostics.Add(Skipped(file, "its extension is not .txt, .md, .markdown, .html or .htm"));
                    continue;
                }
            }

            if (!confinement.Allows(file, files, diagnostics))
            {
                continue;
            }

            var article = LoadFileCore(Path.Combine(root, file), file, entry ?? ArticleMetadata.Empty, diagnostics);
            if (article is not null)
            {
                articles.Add(article);
            }
        }

        return Finish(articles, diagnostics);
    }

    /// <summary>Loads one file; its format comes from its extension (plain text when the extension is unknown).</summary>
    /// <param name="path">The file.</param>
    /// <param name="metadata">Metadata that overrides the file's own; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public IngestionResult LoadFile(string path, ArticleMetadata? metadata = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"File '{path}' (argument {nameof(path)}) does not exist.", path);
        }

        var diagnostics = new List<Diagnostic>();
        var article = LoadFileCore(path, Path.GetFileName(path), metadata ?? ArticleMetadata.Empty, diagnostics);
        return Finish(article is null ? [] : [article], diagnostics);
    }

    /// <summary>Loads an article from a string already in memory.</summary>
    /// <param name="text">The content (plain text, Markdown or HTML).</param>
    /// <param name="format">How to read it.</param>
    /// <param name="metadata">Metadata that overrides what the content says; when it gives no id the id is <c>article</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not defined.</exception>
    public IngestionResult LoadString(string text, ArticleFormat format, ArticleMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown article format.");
        }

        var diagnostics = new List<Diagnostic>();
        var given = metadata ?? ArticleMetadata.Empty;
        var name = given.Id ?? "article";
        Article? article = null;
        if (Encoding.UTF8.GetByteCount(text) > Options.MaxFileBytes)
        {
            diagnostics.Add(TooLarge(name));
        }
        else
        {
            article = Build(text.TrimStart('\uFEFF'), format, name, "article", given, diagnostics);
        }

        return Finish(article is null ? [] : [article], diagnostics);
    }

    private Article? LoadFileCore(string fullPath, string name, ArticleMetadata given, List<Diagnostic> diagnostics)
    {
        long length;
        try
        {
            length = new FileInfo(fullPath).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ReadFailed(name, ex));
            return null;
        }

        if (length > Options.MaxFileBytes)
        {
            diagnostics.Add(TooLarge(name));
            return null;
        }

        var bytes = ReadBytes(fullPath, name, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        var text = TextDecoder.Decode(bytes, name, diagnostics);
        if (text is null)
        {
            return null;
        }

        var format = FormatFromExtension(name) ?? ArticleFormat.PlainText;
        return Build(text, format, name, DefaultId(name), given, diagnostics);
    }

    private Article? Build(string content, ArticleFormat format, string name, string defaultId, ArticleMetadata given, List<Diagnostic> diagnostics)
    {
        if (Options.NormalizeLineEndings)
        {
            content = TextDecoder.NormalizeLineEndings(content);
        }

        var (text, own) = format switch
        {
            ArticleFormat.Markdown => FrontMatter.Split(content, name, diagnostics),
            ArticleFormat.Html => HtmlArticleExtractor.Extract(content, name, diagnostics),
            _ => (content, ArticleMetadata.Empty),
        };

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, IngestionDiagnostics.Empty,
                $"File '{name}' has no text{(format == ArticleFormat.PlainText ? string.Empty : " after its " + (format == ArticleFormat.Html ? "markup" : "front matter"))}; skipped."));
            return null;
        }

        var meta = given with { Language = MetadataFields.NormalizeLanguage(given.Language) };
        meta = meta.Or(own);
        var language = meta.Language;
        if (language is null && Options.Languages?.DetectByScript(text) is { } pack)
        {
            language = pack.Code.ToLowerInvariant();
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, IngestionDiagnostics.LanguageDetected,
                $"File '{name}': language '{language}' detected from the script."));
        }

        language ??= MetadataFields.NormalizeLanguage(Options.FallbackLanguage);
        if (language is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.UnknownLanguage,
                $"File '{name}': no language given and none detected from the script; skipped. Give it in the manifest or front matter, or register a language pack."));
            return null;
        }

        return new Article(meta.Id ?? defaultId, text, language, meta.Published, meta.Outlet, meta.Title, meta.Url);
    }

    /// <summary>The id of a file that states none: its path relative to the folder, '/'-separated, without extension.</summary>
    private static string DefaultId(string relativePath)
    {
        var folder = Path.GetDirectoryName(relativePath)?.Replace('\\', '/');
        var stem = Path.GetFileNameWithoutExtension(relativePath);
        return string.IsNullOrEmpty(folder) ? stem : folder + "/" + stem;
    }

    private static byte[]? ReadBytes(string fullPath, string name, List<Diagnostic> diagnostics)
    {
        try
        {
            return File.ReadAllBytes(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ReadFailed(name, ex));
            return null;
        }
    }

    private static IngestionResult Finish(List<Article> articles, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<Article>(articles.Count);
        foreach (var article in articles)
        {
            if (seen.Add(article.Id))
            {
                kept.Add(article);
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.DuplicateId,
                    $"Two articles have the id '{article.Id}'; the later one (in file-path order) is skipped."));
            }
        }

        kept.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new IngestionResult(kept.ToImmutable(), [.. diagnostics]);
    }

    /// <summary>
    /// The checks that keep a folder load inside the folder: no symbolic link (or link on the way) whose target resolves
    /// outside it, no file with a hard link outside it, no device, pipe or socket.
    /// </summary>
    private sealed class Confinement
    {
        private readonly string _root;
        private readonly string? _realRoot;
        private readonly Exception? _rootError;
        private readonly Dictionary<(ulong Device, ulong Inode), HashSet<string>> _namesByInode = [];
        private readonly HashSet<string> _scanned = new(StringComparer.Ordinal);

        public Confinement(string root)
        {
            _root = root;
            try
            {
                _realRoot = FolderConfinement.RealPath(root);
            }
            catch (IOException ex)
            {
                _rootError = ex;
            }
        }

        /// <summary>True when <paramref name="file"/> (relative to the root) may be read; otherwise adds a diagnostic.</summary>
        /// <param name="file">The file, relative to the root.</param>
        /// <param name="folderFiles">Every file of the folder being loaded, relative to the root (for counting hard links).</param>
        /// <param name="diagnostics">Receives the reason for a refusal.</param>
        public bool Allows(string file, IReadOnlyCollection<string> folderFiles, List<Diagnostic> diagnostics)
        {
            if (_realRoot is null)
            {
                diagnostics.Add(ReadFailed(file, _rootError!));
                return false;
            }

            string real;
            try
            {
                real = FolderConfinement.RealPath(Path.Combine(_root, file));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(ReadFailed(file, ex));
                return false;
            }

            if (!FolderConfinement.IsInside(real, _realRoot))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.OutsideFolder,
                    $"File '{file}' is a symbolic link (or lies under one) to '{real}', which is outside the folder; skipped."));
                return false;
            }

            if (FolderConfinement.Identify(real) is not { } identity)
            {
                return true;
            }

            if (!identity.IsRegular)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.NotRegularFile,
                    $"File '{file}' is not a regular file (a device, pipe or socket); skipped."));
                return false;
            }

            if (identity.Links > 1)
            {
                var inside = NamesInside(folderFiles, file).GetValueOrDefault((identity.Device, identity.Inode))?.Count ?? 1;
                if (identity.Links > inside)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, IngestionDiagnostics.OutsideFolder,
                        string.Create(CultureInfo.InvariantCulture,
                            $"File '{file}' has {identity.Links} hard links but only {inside} of them in the folder, so it is also a file outside the folder; skipped.")));
                    return false;
                }
            }

            return true;
        }

        /// <summary>The distinct real paths, inside the folder, of each (device, inode) among the folder's files.</summary>
        private Dictionary<(ulong Device, ulong Inode), HashSet<string>> NamesInside(IReadOnlyCollection<string> folderFiles, string current)
        {
            foreach (var file in folderFiles.Append(current))
            {
                if (!_scanned.Add(file))
                {
                    continue;
                }

                try
                {
                    var real = FolderConfinement.RealPath(Path.Combine(_root, file));
                    if (FolderConfinement.IsInside(real, _realRoot!) && FolderConfinement.Identify(real) is { } id)
                    {
                        if (!_namesByInode.TryGetValue((id.Device, id.Inode), out var set))
                        {
                            _namesByInode[(id.Device, id.Inode)] = set = new HashSet<string>(StringComparer.Ordinal);
                        }

                        set.Add(real);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // An unreadable name is reported when its own turn comes.
                }
            }

            return _namesByInode;
        }
    }

    private Diagnostic TooLarge(string name) =>
        new(DiagnosticSeverity.Error, IngestionDiagnostics.TooLarge,
            $"File '{name}' is larger than the {Options.MaxFileBytes}-byte limit (IngestionOptions.MaxFileBytes); skipped.");

    private static Diagnostic Skipped(string name, string why) =>
        new(DiagnosticSeverity.Info, IngestionDiagnostics.FileSkipped, $"File '{name}' is not ingested: {why}.");

    private static Diagnostic ReadFailed(string name, Exception ex) =>
        new(DiagnosticSeverity.Error, IngestionDiagnostics.ReadFailed, $"File '{name}' could not be read ({ex.Message}); skipped.");
}
