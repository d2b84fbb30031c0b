using System.Collections.Immutable;
using ClaimTracker.Catalog;
using ClaimTracker.Extraction;
using ClaimTracker.Languages.Arabic;
using ClaimTracker.Languages.Arabic.Catalog;
using ClaimTracker.Languages.English;
using ClaimTracker.Languages.English.Catalog;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Commands;

/// <summary>The packs, catalog and extractor the extract and eval commands share.</summary>
internal sealed class ExtractionSetup
{
    private static readonly Lazy<ExtractionSetup> Shared = new(() => new ExtractionSetup());

    private ExtractionSetup()
    {
        Packs = new LanguagePackRegistry([ArabicLanguagePack.Instance, EnglishLanguagePack.Instance]);
        Catalog = new EntityCatalogBuilder().Add(ArabicCatalog.Load()).Add(EnglishCatalog.Load()).Build();
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

    public static ExtractionSetup Instance => Shared.Value;

    public LanguagePackRegistry Packs { get; }

    public EntityCatalog Catalog { get; }

    public ClaimExtractor Extractor { get; }

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
