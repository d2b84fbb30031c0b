using System.Collections.Immutable;
using ClaimTracker.Catalog;
using ClaimTracker.Cli.Terminal;
using ClaimTracker.Extraction;
using ClaimTracker.Languages.Arabic;
using ClaimTracker.Languages.Arabic.Catalog;
using ClaimTracker.Languages.English;
using ClaimTracker.Languages.English.Catalog;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// The packs, catalog and extractor the analyze, extract and eval commands share: the packs' own catalogs, plus the
/// caller's <c>--catalog</c> files when given.
/// </summary>
internal sealed class ExtractionSetup
{
    private static readonly Lazy<ExtractionSetup> Shared = new(() => new ExtractionSetup([]));

    private ExtractionSetup(IReadOnlyList<string> catalogFiles)
    {
        Packs = new LanguagePackRegistry([ArabicLanguagePack.Instance, EnglishLanguagePack.Instance]);
        var builder = new EntityCatalogBuilder().Add(ArabicCatalog.Load()).Add(EnglishCatalog.Load());
        var extra = new EntityCatalogOptions();
        foreach (var file in catalogFiles)
        {
            extra.Files.Add(file);
        }

        Catalog = extra.ApplyTo(builder).Build();
        var options = new ClaimExtractorOptions
        {
            MatcherOptions = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new[]
            {
                KeyValuePair.Create("ar", MatcherOptions("ar")),
                KeyValuePair.Create("en", MatcherOptions("en")),
            }),
        };
        Extractor = new ClaimExtractor(Packs, Catalog, options);
    }

    /// <summary>The setup with the packs' catalogs only, built once.</summary>
    public static ExtractionSetup Instance => Shared.Value;

    public LanguagePackRegistry Packs { get; }

    public EntityCatalog Catalog { get; }

    public ClaimExtractor Extractor { get; }

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

        const string Hint = "pass a claimtracker-catalog/1 JSON file with --catalog (format in docs/catalog.md).";
        foreach (var file in catalogFiles)
        {
            if (!File.Exists(file))
            {
                throw new CliException($"catalog file not found: {file}", Hint, ExitCodes.Usage);
            }
        }

        try
        {
            return new ExtractionSetup(catalogFiles);
        }
        catch (CatalogException ex)
        {
            throw new CliException($"bad catalog file ({string.Join(", ", catalogFiles)}): {ex.Message}", Hint, ExitCodes.Usage, ex);
        }
    }

    public AliasMatcherOptions MatcherOptions(string language)
    {
        var pack = Packs.Get(language);
        Func<string, string> normalize = s => pack.Normalizer.Normalize(s).Text;
        return language == "ar"
            ? ArabicCatalog.MatcherOptions(normalize, pack.Tokenizer.Tokenize)
            : EnglishCatalog.MatcherOptions(normalize, pack.Tokenizer.Tokenize);
    }

    public CatalogSourceMatcher SourceMatcher(string keyLanguage) =>
        new(Catalog, Packs, keyLanguage, new AliasMatcher(Catalog, keyLanguage, MatcherOptions(keyLanguage)));
}
