using ClaimTracker.Catalog;
using ClaimTracker.Cli.Terminal;
using ClaimTracker.Evaluation;
using ClaimTracker.Extraction;
using ClaimTracker.Languages.Arabic;
using ClaimTracker.Languages.English;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// The CLI's one composition root: the <see cref="ClaimPipeline"/> every command uses (the Arabic and English packs with
/// their catalogs, plus the caller's <c>--catalog</c> files when given).
/// </summary>
internal sealed class ExtractionSetup
{
    private static readonly Lazy<ExtractionSetup> Shared = new(() => new ExtractionSetup([]));

    private ExtractionSetup(IReadOnlyList<string> catalogFiles)
    {
        var builder = new ClaimPipelineBuilder().UseArabic().UseEnglish();
        foreach (var file in catalogFiles)
        {
            builder.UseCatalog(file);
        }

        Pipeline = builder.Build();
    }

    /// <summary>The setup with the packs' catalogs only, built once.</summary>
    public static ExtractionSetup Instance => Shared.Value;

    /// <summary>The one pipeline every command uses.</summary>
    public ClaimPipeline Pipeline { get; }

    public LanguagePackRegistry Packs => Pipeline.Languages;

    public EntityCatalog Catalog => Pipeline.Catalog;

    public IClaimExtractor Extractor => Pipeline.Extractor;

    /// <summary>
    /// Null when <paramref name="catalogFiles"/> is null or empty (use <see cref="Instance"/>); otherwise a new setup whose
    /// catalog adds the files, in order, on top of the packs' catalogs.
    /// </summary>
    /// <exception cref="CliException">A file is missing or not a valid catalog, or it conflicts with the packs' catalogs
    /// (usage error, exit code 2; the message names the file).</exception>
    public static ExtractionSetup? ForCatalogs(IReadOnlyList<string>? catalogFiles)
    {
        if (catalogFiles is null || catalogFiles.Count == 0)
        {
            return null;
        }

        RequireFiles(catalogFiles);

        try
        {
            return new ExtractionSetup(catalogFiles);
        }
        catch (CatalogException ex)
        {
            throw new CliException($"bad catalog file ({string.Join(", ", catalogFiles)}): {ex.Message}", Hint, ExitCodes.Usage, ex);
        }
    }

    private const string Hint = "pass a claimtracker-catalog/1 JSON file with --catalog (format in docs/catalog.md).";

    /// <summary>Checks that every <c>--catalog</c> file exists, without building anything (so the check comes before any output).</summary>
    /// <exception cref="CliException">A file is missing (usage error, exit code 2).</exception>
    public static void RequireFiles(IReadOnlyList<string>? catalogFiles)
    {
        foreach (var file in catalogFiles ?? [])
        {
            if (!File.Exists(file))
            {
                throw new CliException($"catalog file not found: {file}", Hint, ExitCodes.Usage);
            }
        }
    }

    public AliasMatcherOptions MatcherOptions(string language) => Pipeline.MatcherOptions(language);

    public CatalogSourceMatcher SourceMatcher(string keyLanguage) =>
        new(Catalog, Packs, keyLanguage, Pipeline.CreateAliasMatcher(keyLanguage));
}
