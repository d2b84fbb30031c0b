using ClaimTracker.Analysis;
using ClaimTracker.Catalog;
using ClaimTracker.Comparison;
using ClaimTracker.DependencyInjection;
using ClaimTracker.Text;

namespace ClaimTracker;

/// <summary>
/// Configures and builds a <see cref="ClaimPipeline"/>: the language packs (each with its catalog contribution and
/// alias-matching rules), caller catalog extensions, and the comparison and analysis options. Packs add themselves with
/// their own extension method (<c>builder.UseArabic().UseEnglish()</c>), in the manner of Markdig's
/// <c>MarkdownPipelineBuilder</c>.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new ClaimPipelineBuilder().UseArabic().UseEnglish().UseCatalog("newsroom-catalog.json").Build();
/// var result = pipeline.Analyzer.AnalyzeDirectory("articles");
/// </code>
/// </example>
/// <remarks>Mutable while configuring and not thread-safe; the pipeline it builds is immutable and thread-safe. One
/// builder may build several pipelines; each <see cref="Build"/> reads the configuration as it is at that moment.</remarks>
public sealed class ClaimPipelineBuilder
{
    private readonly List<LanguageRegistration> _languages = new();
    private ComparisonOptions _comparison = ComparisonOptions.Default;
    private AnalysisOptions _analysis = AnalysisOptions.Default;

    /// <summary>The registered languages, in registration order.</summary>
    /// <value>Empty by default: register at least one pack before <see cref="Build"/>.</value>
    public IReadOnlyList<LanguageRegistration> Languages => _languages;

    /// <summary>Caller extensions to the entity catalog, applied after the packs' contributions, in order.</summary>
    /// <value>Empty by default.</value>
    public EntityCatalogOptions Catalog { get; } = new();

    /// <summary>Thresholds for comparing claims.</summary>
    /// <value><see cref="ComparisonOptions.Default"/>; when it sets no <see cref="ComparisonOptions.OriginResolver"/>, the
    /// built pipeline uses the catalog's (<see cref="OriginResolver.FromCatalog"/>).</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ComparisonOptions Comparison
    {
        get => _comparison;
        set => _comparison = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Settings of the pipeline's <see cref="ClaimTrackerAnalyzer"/>.</summary>
    /// <value><see cref="AnalysisOptions.Default"/>.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public AnalysisOptions Analysis
    {
        get => _analysis;
        set => _analysis = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Registers a language pack with its catalog contribution and alias-matching rules.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="catalog">The entities and aliases the pack contributes, or null.</param>
    /// <param name="matcher">How catalog aliases are matched in the pack's text, or null for the defaults.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is null.</exception>
    /// <exception cref="ArgumentException">A pack with the same code is already registered.</exception>
    public ClaimPipelineBuilder UseLanguage(ILanguagePack pack, CatalogContribution? catalog = null, AliasMatcherOptions? matcher = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (_languages.Any(l => string.Equals(l.Pack.Code, pack.Code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A language pack with code '{pack.Code}' is already registered.", nameof(pack));
        }

        _languages.Add(new LanguageRegistration(pack, catalog, matcher));
        return this;
    }

    /// <summary>Adds a <c>claimtracker-catalog/1</c> file to the catalog, after the packs' contributions and earlier extensions.</summary>
    /// <param name="path">The file's path; it is read when the pipeline is built.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    public ClaimPipelineBuilder UseCatalog(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Catalog.Files.Add(path);
        return this;
    }

    /// <summary>Adds entities and aliases built in code to the catalog, after the packs' contributions.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> is null.</exception>
    public ClaimPipelineBuilder UseCatalog(CatalogContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        Catalog.Contributions.Add(contribution);
        return this;
    }

    /// <summary>Builds the immutable pipeline from the configuration as it is now.</summary>
    /// <returns>The pipeline.</returns>
    /// <exception cref="InvalidOperationException">No language pack is registered.</exception>
    /// <exception cref="CatalogException">A catalog file is missing or invalid, or the contributions conflict.</exception>
    public ClaimPipeline Build()
    {
        if (_languages.Count == 0)
        {
            throw new InvalidOperationException(
                "No language pack is registered. Call UseArabic(), UseEnglish() or UseLanguage(pack) (options.AddLanguage(pack) through AddClaimTracker).");
        }

        return new ClaimPipeline(_languages.ToArray(), Catalog, _comparison, _analysis);
    }
}
