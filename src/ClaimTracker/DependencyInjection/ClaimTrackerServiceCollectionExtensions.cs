using System.Collections.Immutable;
using ClaimTracker.Analysis;
using ClaimTracker.Catalog;
using ClaimTracker.Comparison;
using ClaimTracker.Extraction;
using ClaimTracker.Indexing;
using ClaimTracker.Ingestion;
using ClaimTracker.Reporting;
using ClaimTracker.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimTracker.DependencyInjection;

/// <summary>Registers ClaimTracker with <see cref="IServiceCollection"/>.</summary>
public static class ClaimTrackerServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="ClaimPipeline"/>, built from the configured options, and its parts: <see cref="LanguagePackRegistry"/>, <see cref="EntityCatalog"/>, <see cref="IClaimExtractor"/>,
    /// <see cref="ClaimComparer"/>, <see cref="ArticleLoader"/> and <see cref="ClaimTrackerAnalyzer"/> as singletons,
    /// <see cref="ClaimIndex"/> as transient (each index is a separate ledger), and the report writers
    /// (<see cref="MarkdownReportWriter"/>, <see cref="JsonReportWriter"/>, <see cref="HtmlReportWriter"/>,
    /// <see cref="ClaimReviewWriter"/>, in that order) as <c>IEnumerable&lt;IReportWriter&gt;</c>. Calling it again adds
    /// nothing: the first configuration wins. A part registered before this call (an <see cref="IClaimExtractor"/> of the
    /// caller's, say) is kept, and the registered analyzer uses it. The options are registered through the options pattern
    /// (<c>IOptions&lt;ClaimTrackerOptions&gt;</c>, so <c>services.Configure&lt;ClaimTrackerOptions&gt;(…)</c> adds to them) and
    /// validated on start; the analyzer logs through <c>ILogger&lt;ClaimTrackerAnalyzer&gt;</c> when logging is registered.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddClaimTracker(o => o.UseArabic().UseEnglish());
    /// var result = provider.GetRequiredService&lt;ClaimTrackerAnalyzer&gt;().AnalyzeDirectory("articles");
    /// foreach (var writer in provider.GetServices&lt;IReportWriter&gt;()) { writer.Write(result, Console.Out); }
    /// </code>
    /// </example>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Registers language packs and catalog extensions.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="OptionsValidationException">(When the services are first resolved, or when a host starts: the
    /// options are validated on start) no language pack was registered.</exception>
    public static IServiceCollection AddClaimTracker(this IServiceCollection services, Action<ClaimTrackerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(Marker)))
        {
            return services;
        }

        services.AddSingleton<Marker>();
        services.AddOptions<ClaimTrackerOptions>()
            .Configure(o => configure?.Invoke(o))
            .Validate(
                o => o.Languages.Count > 0,
                "AddClaimTracker: no language pack is registered. Call options.UseArabic(), options.UseEnglish() or options.AddLanguage(pack).")
            .ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ClaimTrackerOptions>>().Value);
        services.TryAddSingleton(sp => sp.GetRequiredService<ClaimTrackerOptions>().ToBuilder().Build());
        services.TryAddSingleton(sp => sp.GetRequiredService<ClaimPipeline>().Languages);
        services.TryAddSingleton(sp => sp.GetRequiredService<ClaimPipeline>().Catalog);
        services.TryAddSingleton(sp => sp.GetRequiredService<ClaimPipeline>().Extractor);
        services.TryAddSingleton(sp => sp.GetRequiredService<ClaimPipeline>().Comparer);
        services.TryAddTransient(sp => new ClaimIndex(sp.GetRequiredService<ClaimComparer>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<ClaimPipeline>().Loader);
        // Composed from the resolved parts, so a part the caller registered before AddClaimTracker is honoured.
        services.TryAddSingleton(sp => new ClaimTrackerAnalyzer(
            sp.GetRequiredService<IClaimExtractor>(),
            sp.GetRequiredService<ClaimComparer>(),
            sp.GetRequiredService<ArticleLoader>(),
            sp.GetRequiredService<ClaimTrackerOptions>().Analysis,
            sp.GetService<ILogger<ClaimTrackerAnalyzer>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, MarkdownReportWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, JsonReportWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, HtmlReportWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, ClaimReviewWriter>());
        return services;
    }

    /// <summary>Marks that <see cref="AddClaimTracker"/> ran, so repeated calls are harmless.</summary>
    private sealed class Marker;
}
