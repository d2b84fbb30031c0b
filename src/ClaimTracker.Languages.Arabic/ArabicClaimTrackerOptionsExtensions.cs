using ClaimTracker.DependencyInjection;
using ClaimTracker.Languages.Arabic.Catalog;

namespace ClaimTracker.Languages.Arabic;

/// <summary>Registers the Arabic pack with ClaimTracker's dependency-injection options.</summary>
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
        var pack = ArabicLanguagePack.Instance;
        var matcher = ArabicCatalog.MatcherOptions(s => pack.Normalizer.Normalize(s).Text, pack.Tokenizer.Tokenize);
        return options.AddLanguage(pack, ArabicCatalog.Load(), matcher);
    }
}
