using ClaimTracker.DependencyInjection;
using ClaimTracker.Languages.English.Catalog;

namespace ClaimTracker.Languages.English;

/// <summary>Registers the English pack with ClaimTracker's dependency-injection options.</summary>
public static class EnglishClaimTrackerOptionsExtensions
{
    /// <summary>Adds the English pack, its entity-catalog contribution and its alias-matching rules.</summary>
    /// <param name="options">The options being configured.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The English pack is already registered.</exception>
    public static ClaimTrackerOptions UseEnglish(this ClaimTrackerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pack = EnglishLanguagePack.Instance;
        var matcher = EnglishCatalog.MatcherOptions(s => pack.Normalizer.Normalize(s).Text, pack.Tokenizer.Tokenize);
        return options.AddLanguage(pack, EnglishCatalog.Load(), matcher);
    }
}
