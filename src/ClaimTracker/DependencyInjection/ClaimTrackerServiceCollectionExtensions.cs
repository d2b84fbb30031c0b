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
    /// caller's, say) is kept, and the registered analyzer uses it.
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
    /// <exception cref="InvalidOperationException">(When the services are first resolved) no language pack was registered.</exception>
    public static IServiceCollection AddClaimTracker(this IServiceCollection services, Action<ClaimTrackerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(Marker)))
        {
            return services;
        }

        var options = new ClaimTrackerOptions();
        configure?.Invoke(options);
        services.AddSingleton<Marker>();
        services.TryAddSingleton(options);
        services.TryAddSingleton(_ =>
        {
            if (options.Languages.Count == 0)
            {
                throw new InvalidOperationException("AddClaimTracker: no language pack is registered. Call options.UseArabic(), options.UseEnglish() or options.AddLanguage(pack).");
            }

            return options.ToBuilder().Build();
        });
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
            options.Analysis));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, MarkdownReportWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, JsonReportWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, HtmlReportWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportWriter, ClaimReviewWriter>());
        return services;
    }

    /// <summary>Marks that <see cref="AddClaimTracker"/> ran, so repeated calls are harmless.</summary>
    private sealed class Marker;
}
