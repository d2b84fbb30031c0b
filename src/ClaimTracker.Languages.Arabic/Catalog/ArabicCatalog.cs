using ClaimTracker.Catalog;

namespace ClaimTracker.Languages.Arabic.Catalog;

/// <summary>
/// The Arabic pack's contribution to the entity catalog (embedded <c>Catalog/entities.json</c>, format
/// <c>claimtracker-catalog/1</c>): Arabic names, metonyms and demonyms of every state, international
/// organizations, outlets, roles and places, plus the Arabic clitic rules the <see cref="AliasMatcher"/> needs.
/// </summary>
/// <remarks>Stateless and thread-safe; the contribution is parsed once and cached.</remarks>
public static class ArabicCatalog
{
    /// <summary>The manifest resource name of the embedded catalog file.</summary>
    public const string ResourceName = "ClaimTracker.Languages.Arabic.Catalog.entities.json";

    /// <summary>The language code of the names and aliases this contribution brings.</summary>
    public const string Language = "ar";

    private static readonly Lazy<CatalogContribution> Cached = new(
        () => InflectDemonyms(CatalogContribution.LoadEmbedded(typeof(ArabicCatalog).Assembly, ResourceName)));

    /// <summary>
    /// The pack's catalog contribution, with every Arabic demonym inflected for gender, number and the article
    /// (see <see cref="ArabicDemonyms"/>).
    /// </summary>
    /// <exception cref="CatalogException">The embedded file is invalid (a packaging error).</exception>
    public static CatalogContribution Load() => Cached.Value;

    /// <summary>
    /// A copy of <paramref name="contribution"/> in which every Arabic (<c>ar</c>) alias of kind
    /// <see cref="AliasKind.Demonym"/> is replaced by all its forms from <see cref="ArabicDemonyms.Inflect"/>.
    /// Use it on user catalog files that list Arabic demonyms in the masculine singular.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="contribution"/> is null.</exception>
    public static CatalogContribution InflectDemonyms(CatalogContribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return contribution.WithEntities(contribution.Entities.Select(definition =>
        {
            if (!definition.Aliases.Any(IsArabicDemonym))
            {
                return definition;
            }

            var aliases = new List<EntityAlias>();
            foreach (var alias in definition.Aliases)
            {
                if (!IsArabicDemonym(alias))
                {
                    aliases.Add(alias);
                    continue;
                }

                foreach (var form in ArabicDemonyms.Inflect(alias.Text))
                {
                    var inflected = alias with { Text = form };
                    if (!aliases.Contains(inflected))
                    {
                        aliases.Add(inflected);
                    }
                }
            }

            return definition with { Aliases = [.. aliases] };
        }));
    }

    /// <summary>
    /// The forms of a normalized token without its leading proclitics, for
    /// <see cref="AliasMatcherOptions.LeadingVariants"/>: the conjunctions <c>و</c> and <c>ف</c>, then the
    /// prepositions <c>ب</c>, <c>ك</c>, <c>ل</c>; <c>لل…</c> gives back the article (<c>للولايات</c> →
    /// <c>الولايات</c>). At least three letters must remain. The token itself is not returned.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    public static IReadOnlyList<string> ProcliticVariants(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var forms = new List<string>(4);
        void Add(string s)
        {
            if (s.Length >= 3 && s != token && !forms.Contains(s, StringComparer.Ordinal))
            {
                forms.Add(s);
            }
        }

        void StripPreposition(string s)
        {
            if (s.Length > 3 && s[0] == Lam && s[1] == Lam)
            {
                Add(Alef + s[1..]);
            }

            if (s.Length > 3 && (s[0] == Ba || s[0] == Kaf || s[0] == Lam))
            {
                Add(s[1..]);
            }
        }

        if (token.Length > 3 && (token[0] == Waw || token[0] == Fa))
        {
            var rest = token[1..];
            Add(rest);
            StripPreposition(rest);
        }

        StripPreposition(token);
        return forms;
    }

    /// <summary>
    /// Matcher options for Arabic text: the given normalization and tokenizer (pass the pack's) with
    /// <see cref="ProcliticVariants"/> as leading variants.
    /// </summary>
    public static AliasMatcherOptions MatcherOptions(Func<string, string>? normalize = null, Func<string, IReadOnlyList<ClaimTracker.Text.Token>>? tokenize = null) =>
        new() { Normalize = normalize, Tokenize = tokenize, LeadingVariants = ProcliticVariants };

    private const char Waw = '\u0648';
    private const char Fa = '\u0641';
    private const char Ba = '\u0628';
    private const char Kaf = '\u0643';
    private const char Lam = '\u0644';
    private const char Alef = '\u0627';

    private static bool IsArabicDemonym(EntityAlias alias) => alias.Kind == AliasKind.Demonym && alias.Language == Language;
}
