using ClaimTracker.Analysis;
using ClaimTracker.Catalog;
using ClaimTracker.Comparison;
using ClaimTracker.Text;

namespace ClaimTracker.DependencyInjection;

/// <summary>
/// What <see cref="ClaimTrackerServiceCollectionExtensions.AddClaimTracker"/> registers: the language packs, each
/// pack's catalog contribution and alias-matching rules, caller catalog extensions and comparison thresholds.
/// Language packs add themselves with their own <c>Use…()</c> extension (<c>options.UseArabic()</c>).
/// </summary>
/// <remarks>Mutable while configuring, not thread-safe; the services built from it are immutable.</remarks>
public sealed class ClaimTrackerOptions
{
    private readonly List<LanguageRegistration> _languages = new();

    /// <summary>The registered languages, in registration order.</summary>
    /// <value>Empty by default: register at least one pack.</value>
    public IReadOnlyList<LanguageRegistration> Languages => _languages;

    /// <summary>Caller extensions to the entity catalog, applied after the packs' contributions.</summary>
    /// <value>Empty by default.</value>
    public EntityCatalogOptions Catalog { get; } = new();

    /// <summary>Thresholds for comparing claims.</summary>
    /// <value><see cref="ComparisonOptions.Default"/>; the catalog's origin resolver is added when none is set.</value>
    public ComparisonOptions Comparison { get; set; } = ComparisonOptions.Default;

    /// <summary>Settings of the registered <see cref="ClaimTrackerAnalyzer"/>.</summary>
    /// <value><see cref="AnalysisOptions.Default"/>.</value>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public AnalysisOptions Analysis
    {
        get => _analysis;
        set => _analysis = value ?? throw new ArgumentNullException(nameof(value));
    }

    private AnalysisOptions _analysis = AnalysisOptions.Default;

    /// <summary>Registers a language pack with its catalog contribution and alias-matching rules.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="catalog">The entities and aliases the pack contributes, or null.</param>
    /// <param name="matcher">How catalog aliases are matched in the pack's text, or null for the defaults.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is null.</exception>
    /// <exception cref="ArgumentException">A pack with the same code is already registered.</exception>
    public ClaimTrackerOptions AddLanguage(ILanguagePack pack, CatalogContribution? catalog = null, AliasMatcherOptions? matcher = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        if (_languages.Any(l => string.Equals(l.Pack.Code, pack.Code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A language pack with code '{pack.Code}' is already registered.", nameof(pack));
        }

        _languages.Add(new LanguageRegistration(pack, catalog, matcher));
        return this;
    }

    /// <summary>A pipeline builder configured as these options are.</summary>
    internal ClaimPipelineBuilder ToBuilder()
    {
        var builder = new ClaimPipelineBuilder { Comparison = Comparison, Analysis = Analysis };
        foreach (var l in _languages)
        {
            builder.UseLanguage(l.Pack, l.Catalog, l.Matcher);
        }

        foreach (var contribution in Catalog.Contributions)
        {
            builder.Catalog.Contributions.Add(contribution);
        }

        foreach (var file in Catalog.Files)
        {
            builder.Catalog.Files.Add(file);
        }

        return builder;
    }
}

/// <summary>One registered language: its pack, catalog contribution and alias-matching rules.</summary>
/// <param name="Pack">The language pack.</param>
/// <param name="Catalog">The catalog contribution, or null.</param>
/// <param name="Matcher">Alias-matching rules, or null for the defaults.</param>
public sealed record LanguageRegistration(ILanguagePack Pack, CatalogContribution? Catalog, AliasMatcherOptions? Matcher);
