using System.Collections.Frozen;

namespace ClaimTracker.Languages.Arabic;

/// <summary>
/// Common Arabic function words (prepositions, conjunctions, pronouns, demonstratives, particles, auxiliaries),
/// loaded from the pack's <c>stopwords.yaml</c> lexicon and normalized with <see cref="ArabicNormalizer.Default"/>.
/// </summary>
/// <remarks>Thread-safe; the list is loaded once, on first use.</remarks>
public static class ArabicStopwords
{
    private static readonly Lazy<FrozenSet<string>> Set = new(Load);

    /// <summary>The stopwords, normalized, in ordinal order.</summary>
    public static IReadOnlyList<string> Words => Set.Value.Order(StringComparer.Ordinal).ToArray();

    /// <summary>True when <paramref name="word"/>, once normalized, is a stopword.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public static bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Set.Value.Contains(ArabicNormalizer.Default.NormalizeString(word));
    }

    private static FrozenSet<string> Load()
    {
        var doc = ArabicLanguagePack.Instance.Lexicons.TryLoad<string>("stopwords.yaml");
        return (doc?.Entries ?? [])
            .Select(e => ArabicNormalizer.Default.NormalizeString(e.Trim()))
            .Where(e => e.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
