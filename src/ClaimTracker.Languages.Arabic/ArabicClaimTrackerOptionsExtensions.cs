using ClaimTracker.DependencyInjection;
using ClaimTracker.Languages.Arabic.Catalog;

namespace ClaimTracker.Languages.Arabic;

/// <summary>Registers the Arabic pack with ClaimTracker's dependency-injection options and pipeline builder.</summary>
public static class ArabicClaimTrackerOptionsExtensions
{
    /// <summary>Adds the Arabic pack, its entity-catalog contribution and its alias-matching rules.</summary>
    /// <param name="options">The options being configured.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The Arabic pack is already registered.</exception>
    public static ClaimTrackerOptions UseArabic(this ClaimTrackerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddLanguage(ArabicLanguagePack.Instance, ArabicCatalog.Load(), MatcherOptions());
    }

    /// <summary>Adds the Arabic pack, its entity-catalog contribution and its alias-matching rules to a pipeline builder.</summary>
    /// <param name="builder">The builder being configured.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">The Arabic pack is already registered.</exception>
    public static ClaimPipelineBuilder UseArabic(this ClaimPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseLanguage(ArabicLanguagePack.Instance, ArabicCatalog.Load(), MatcherOptions());
    }

    private static ClaimTracker.Catalog.AliasMatcherOptions MatcherOptions()
    {
        var pack = ArabicLanguagePack.Instance;
        return ArabicCatalog.MatcherOptions(s => pack.Normalizer.Normalize(s).Text, pack.Tokenizer.Tokenize);
    }
}
