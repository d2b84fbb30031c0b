using ClaimTracker.Catalog;

namespace ClaimTracker.Languages.English.Catalog;

/// <summary>
/// The English pack's contribution to the entity catalog (embedded <c>Catalog/entities.json</c>, format
/// <c>claimtracker-catalog/1</c>): English names, metonyms and demonyms of every state, international
/// organizations, outlets, roles and places, plus the English possessive rule for the <see cref="AliasMatcher"/>.
/// </summary>
/// <remarks>Stateless and thread-safe; the contribution is parsed once and cached.</remarks>
public static class EnglishCatalog
{
    /// <summary>The manifest resource name of the embedded catalog file.</summary>
    public const string ResourceName = "ClaimTracker.Languages.English.Catalog.entities.json";

    /// <summary>The language code of the names and aliases this contribution brings.</summary>
    public const string Language = "en";

    private static readonly Lazy<CatalogContribution> Cached = new(
        () => CatalogContribution.LoadEmbedded(typeof(EnglishCatalog).Assembly, ResourceName));

    /// <summary>The pack's catalog contribution.</summary>
    /// <exception cref="CatalogException">The embedded file is invalid (a packaging error).</exception>
    public static CatalogContribution Load() => Cached.Value;

    /// <summary>
    /// The form of a token without the possessive ending, for <see cref="AliasMatcherOptions.TrailingVariants"/>:
    /// <c>Russia's</c> → <c>Russia</c>, <c>Russians'</c> → <c>Russians</c> (straight or curly apostrophe).
    /// Empty when the token has no possessive ending.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public static IReadOnlyList<string> PossessiveVariants(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length > 2 && (token[^1] is 's' or 'S') && IsApostrophe(token[^2]))
        {
            return [token[..^2]];
        }

        if (token.Length > 2 && IsApostrophe(token[^1]) && (token[^2] is 's' or 'S'))
        {
            return [token[..^1]];
        }

        return [];
    }

    /// <summary>
    /// The matching key of an English text for catalog lookups, applied to both the text and the aliases.
    /// Case is kept, so that common words never match names (<c>turkey</c>, <c>china</c>, <c>guardian</c>,
    /// <c>who</c>), with two folds: curly apostrophes become straight, and a word written wholly in capitals
    /// with four letters or more becomes title case, so that headlines match (<c>RUSSIA</c> → <c>Russia</c>)
    /// while long acronyms still meet their alias folded the same way (<c>NATO</c> → <c>Nato</c> on both
    /// sides). Shorter capitalised words (<c>WHO</c>, <c>US</c>, <c>MAP</c>) are kept as they are.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string MatchKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.Replace('\u2019', '\'').ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && !char.IsWhiteSpace(chars[i]))
            {
                continue;
            }

            var letters = 0;
            var upper = true;
            for (var j = start; j < i; j++)
            {
                if (char.IsLetter(chars[j]))
                {
                    letters++;
                    upper &= char.IsUpper(chars[j]);
                }
            }

            if (upper && letters >= 4)
            {
                var first = true;
                for (var j = start; j < i; j++)
                {
                    if (char.IsLetter(chars[j]))
                    {
                        chars[j] = first ? chars[j] : char.ToLowerInvariant(chars[j]);
                        first = false;
                    }
                }
            }

            start = i + 1;
        }

        return new string(chars);
    }

    /// <summary>
    /// Matcher options for English text: the given normalization (default <see cref="MatchKey"/>) and tokenizer
    /// (pass the pack's) with <see cref="PossessiveVariants"/> as trailing variants.
    /// </summary>
    public static AliasMatcherOptions MatcherOptions(Func<string, string>? normalize = null, Func<string, IReadOnlyList<ClaimTracker.Text.Token>>? tokenize = null) =>
        new() { Normalize = normalize ?? MatchKeyDelegate, Tokenize = tokenize, TrailingVariants = PossessiveVariants };

    private static readonly Func<string, string> MatchKeyDelegate = MatchKey;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
