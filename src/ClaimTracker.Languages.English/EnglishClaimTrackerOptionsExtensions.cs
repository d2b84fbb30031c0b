using ClaimTracker.DependencyInjection;
using ClaimTracker.Languages.English.Catalog;

namespace ClaimTracker.Languages.English;

/// <summary>Registers the English pack with ClaimTracker's dependency-injection options and pipeline builder.</summary>
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
        return options.AddLanguage(EnglishLanguagePack.Instance, EnglishCatalog.Load(), MatcherOptions());
    }

    /// <summary>Adds the English pack, its entity-catalog contribution and its alias-matching rules to a pipeline builder.</summary>
    /// <param name="builder">The builder being configured.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">The English pack is already registered.</exception>
    public static ClaimPipelineBuilder UseEnglish(this ClaimPipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseLanguage(EnglishLanguagePack.Instance, EnglishCatalog.Load(), MatcherOptions());
    }

    private static ClaimTracker.Catalog.AliasMatcherOptions MatcherOptions()
    {
        var pack = EnglishLanguagePack.Instance;
        return EnglishCatalog.MatcherOptions(s => pack.Normalizer.Normalize(s).Text, pack.Tokenizer.Tokenize);
    }
}
