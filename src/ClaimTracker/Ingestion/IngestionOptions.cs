using System.Collections.Immutable;
using ClaimTracker.Text;

namespace ClaimTracker.Ingestion;

/// <summary>Options for <see cref="ArticleLoader"/>. Immutable; change with <c>with</c> expressions.</summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> holds every documented default.</remarks>
public sealed record IngestionOptions
{
    /// <summary>The default limit on a file's size: 5 MiB.</summary>
    public const long DefaultMaxFileBytes = 5L * 1024 * 1024;

    private readonly long _maxFileBytes = DefaultMaxFileBytes;
    private readonly string _manifestFileName = "manifest.json";

    /// <summary>The defaults.</summary>
    public static IngestionOptions Default { get; } = new();

    /// <summary>Largest file (or string, counted in UTF-8 bytes) ingested; larger ones are skipped with a diagnostic.</summary>
    /// <value>Default <see cref="DefaultMaxFileBytes"/> (5 MiB). Must be positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or less.</exception>
    public long MaxFileBytes
    {
        get => _maxFileBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(MaxFileBytes));
            _maxFileBytes = value;
        }
    }

    /// <summary>
    /// Packs used to detect the language of articles that do not state it (through
    /// <see cref="LanguagePackRegistry.DetectByScript"/>).
    /// </summary>
    /// <value>Default null: no detection; an article without a stated language is skipped with a diagnostic.</value>
    public LanguagePackRegistry? Languages { get; init; }

    /// <summary>Language used when neither the manifest, the file's own metadata nor detection gives one.</summary>
    /// <value>Default null: such articles are skipped with diagnostic <see cref="IngestionDiagnostics.UnknownLanguage"/>.</value>
    public string? FallbackLanguage { get; init; }

    /// <summary>Convert CRLF and lone CR line endings to LF before the text becomes <see cref="Model.Article.Text"/>.</summary>
    /// <value>Default true. Evidence offsets always point into the stored (converted) text.</value>
    public bool NormalizeLineEndings { get; init; } = true;

    /// <summary>Descend into sub-folders when loading a directory.</summary>
    /// <value>Default false.</value>
    public bool Recursive { get; init; }

    /// <summary>Name of the manifest file in a folder.</summary>
    /// <value>Default <c>manifest.json</c>.</value>
    /// <exception cref="ArgumentException">Set to null, empty or whitespace.</exception>
    public string ManifestFileName
    {
        get => _manifestFileName;
        init
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(value, nameof(ManifestFileName));
            _manifestFileName = value;
        }
    }

    /// <summary>
    /// File names (without extension, case-insensitive) that are never articles, such as a folder's README.
    /// They are skipped with an informational diagnostic unless the manifest lists them.
    /// </summary>
    /// <value>Default <c>README</c>, <c>LICENSE</c>, <c>CHANGELOG</c>, <c>NOTICE</c>.</value>
    public ImmutableArray<string> IgnoredFileNames { get; init; } = ["README", "LICENSE", "CHANGELOG", "NOTICE"];
}
