using System.Collections.Immutable;
using ClaimTracker.Analysis;
using ClaimTracker.Catalog;
using ClaimTracker.Comparison;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Extraction;
using ClaimTracker.Ingestion;
using ClaimTracker.Reporting;
using ClaimTracker.Text;

namespace ClaimTracker;

/// <summary>
/// Everything ClaimTracker needs to turn articles into a ledger of claims, built once by a
/// <see cref="ClaimPipelineBuilder"/> (or by <c>AddClaimTracker</c>, which registers exactly this object): the language
/// packs, the entity catalog, the claim extractor, the comparer, the article loader, the analyzer and the report writers.
/// Every entry point — the library's dependency injection, each command of the CLI, evaluation — uses one pipeline, so
/// they all analyse alike.
/// </summary>
/// <remarks>Immutable and thread-safe; build it once and share it.</remarks>
public sealed class ClaimPipeline
{
    private readonly ImmutableDictionary<string, AliasMatcherOptions> _matchers;

    internal ClaimPipeline(
        IReadOnlyList<LanguageRegistration> languages, EntityCatalogOptions extensions, ComparisonOptions comparison, AnalysisOptions analysis)
    {
        Registrations = [.. languages];
        Languages = new LanguagePackRegistry(languages.Select(l => l.Pack));
        var catalog = new EntityCatalogBuilder();
        foreach (var language in languages.Where(l => l.Catalog is not null))
        {
            catalog.Add(language.Catalog!);
        }

        Catalog = extensions.ApplyTo(catalog).Build();
        _matchers = languages.ToImmutableDictionary(
            l => l.Pack.Code, l => l.Matcher ?? new AliasMatcherOptions(), StringComparer.OrdinalIgnoreCase);
        Extractor = new ClaimExtractor(Languages, Catalog, new ClaimExtractorOptions
        {
            MatcherOptions = languages.Where(l => l.Matcher is not null)
                .ToImmutableDictionary(l => l.Pack.Code, l => l.Matcher!, StringComparer.OrdinalIgnoreCase),
        });
        Comparison = comparison.OriginResolver is null
            ? comparison with { OriginResolver = OriginResolver.FromCatalog(Catalog) }
            : comparison;
        Comparer = new ClaimComparer(Comparison);
        Loader = new ArticleLoader(new IngestionOptions { Languages = Languages });
        AnalysisOptions = analysis;
        Analyzer = new ClaimTrackerAnalyzer(Extractor, Comparer, Loader, analysis);
        ReportWriters = [new MarkdownReportWriter(), new JsonReportWriter(), new HtmlReportWriter(), new ClaimReviewWriter()];
    }

    /// <summary>The registered languages, in registration order.</summary>
    public ImmutableArray<LanguageRegistration> Registrations { get; }

    /// <summary>The language packs, by code.</summary>
    public LanguagePackRegistry Languages { get; }

    /// <summary>The entity catalog: the packs' contributions, then the caller's extensions.</summary>
    public EntityCatalog Catalog { get; }

    /// <summary>The claim extractor.</summary>
    public IClaimExtractor Extractor { get; }

    /// <summary>The comparison options in force (with the catalog's origin resolver when the builder set none).</summary>
    public ComparisonOptions Comparison { get; }

    /// <summary>The claim comparer.</summary>
    public ClaimComparer Comparer { get; }

    /// <summary>The article loader (language detection over <see cref="Languages"/>, no fallback language).</summary>
    public ArticleLoader Loader { get; }

    /// <summary>The analysis options in force.</summary>
    public AnalysisOptions AnalysisOptions { get; }

    /// <summary>The analyzer: <see cref="Extractor"/>, <see cref="Comparer"/> and <see cref="Loader"/> together.</summary>
    public ClaimTrackerAnalyzer Analyzer { get; }

    /// <summary>The report writers: Markdown, JSON, HTML and ClaimReview, in that order.</summary>
    public ImmutableArray<IReportWriter> ReportWriters { get; }

    /// <summary>How catalog aliases are matched in text of <paramref name="language"/>: the pack's registered rules, or the defaults.</summary>
    /// <param name="language">A registered language code.</param>
    /// <returns>The matching rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No pack is registered for <paramref name="language"/>.</exception>
    public AliasMatcherOptions MatcherOptions(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _matchers.TryGetValue(language, out var options)
            ? options
            : throw new KeyNotFoundException($"No language pack is registered for '{language}'. Registered: {string.Join(", ", Languages.Codes)}.");
    }

    /// <summary>An alias matcher over <see cref="Catalog"/> for text of <paramref name="language"/>.</summary>
    /// <param name="language">A registered language code.</param>
    /// <returns>A new matcher.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No pack is registered for <paramref name="language"/>.</exception>
    public AliasMatcher CreateAliasMatcher(string language) => new(Catalog, language, MatcherOptions(language));

    /// <summary>
    /// A loader over <see cref="Languages"/> with other ingestion settings (a fallback language, sub-folders, limits):
    /// the settings are taken from <paramref name="options"/>, and its <see cref="IngestionOptions.Languages"/> is
    /// replaced by the pipeline's packs.
    /// </summary>
    /// <param name="options">The ingestion settings.</param>
    /// <returns>A new loader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="KeyNotFoundException"><see cref="IngestionOptions.FallbackLanguage"/> names no registered pack.</exception>
    public ArticleLoader CreateLoader(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FallbackLanguage is { } fallback)
        {
            Languages.Get(fallback);
        }

        return new ArticleLoader(options with { Languages = Languages });
    }

    /// <summary>An analyzer with the pipeline's extractor, comparer and options, reading folders with <paramref name="loader"/>.</summary>
    /// <param name="loader">The loader, for example from <see cref="CreateLoader"/>.</param>
    /// <returns>A new analyzer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="loader"/> is null.</exception>
    public ClaimTrackerAnalyzer CreateAnalyzer(ArticleLoader loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        return new ClaimTrackerAnalyzer(Extractor, Comparer, loader, AnalysisOptions);
    }
}
