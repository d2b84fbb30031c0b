using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Text;

/// <summary>The rules of the <see cref="EnglishNormalizer"/>, each switchable in <see cref="EnglishNormalizerOptions"/>.</summary>
public enum EnglishNormalizationRule
{
    /// <summary>Upper- and title-case letters become lower case (invariant culture, one code unit for one).</summary>
    CaseFolding,

    /// <summary>Typographic quotes and apostrophes become ASCII: <c>‘ ’ ‚ ‛</c> → <c>'</c>; <c>“ ” „ ‟</c> → <c>"</c>.</summary>
    Quotes,

    /// <summary>Hyphen and dash variants become <c>-</c>: U+2010–2015 (hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar) and the minus sign U+2212.</summary>
    Dashes,

    /// <summary>Other space characters (no-break space, narrow no-break space, thin, figure and ideographic spaces; any Unicode space separator) become an ASCII space.</summary>
    Spaces,

    /// <summary>Invisible characters are removed: soft hyphen, zero-width space/joiners, word joiner, byte-order mark, and bidirectional controls (marks, embeddings, overrides, isolates).</summary>
    Invisibles,

    /// <summary>Compatibility forms are folded as by NFKC: fullwidth and halfwidth forms (U+FF01–FFEE) and Latin ligatures (U+FB00–FB06, e.g. <c>ﬁ</c> → <c>fi</c>).</summary>
    CompatibilityForms,
}

/// <summary>A change the <see cref="EnglishNormalizer"/> made to one original character, for explanations and debugging.</summary>
/// <param name="OriginalOffset">Offset of the changed code unit in the original text.</param>
/// <param name="Original">The original character.</param>
/// <param name="Replacement">What it became; empty when the character was removed.</param>
/// <param name="Rule">The rule that changed it.</param>
public readonly record struct EnglishNormalizationChange(int OriginalOffset, char Original, string Replacement, EnglishNormalizationRule Rule);

/// <summary>Which rules the <see cref="EnglishNormalizer"/> applies. Every rule is on by default.</summary>
/// <remarks>Immutable; use <c>with</c> to switch a rule off: <c>EnglishNormalizerOptions.Default with { FoldCase = false }</c>.</remarks>
public sealed record EnglishNormalizerOptions
{
    /// <summary>The default options: every rule on.</summary>
    public static EnglishNormalizerOptions Default { get; } = new();

    /// <summary>Apply <see cref="EnglishNormalizationRule.CaseFolding"/>.</summary>
    /// <value>Default <c>true</c>: lexicon matching in ClaimTracker is case-insensitive.</value>
    public bool FoldCase { get; init; } = true;

    /// <summary>Apply <see cref="EnglishNormalizationRule.Quotes"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldQuotes { get; init; } = true;

    /// <summary>Apply <see cref="EnglishNormalizationRule.Dashes"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldDashes { get; init; } = true;

    /// <summary>Apply <see cref="EnglishNormalizationRule.Spaces"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldSpaces { get; init; } = true;

    /// <summary>Apply <see cref="EnglishNormalizationRule.Invisibles"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool RemoveInvisibles { get; init; } = true;

    /// <summary>Apply <see cref="EnglishNormalizationRule.CompatibilityForms"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldCompatibilityForms { get; init; } = true;

    /// <summary>True when <paramref name="rule"/> is switched on.</summary>
    public bool IsEnabled(EnglishNormalizationRule rule) => rule switch
    {
        EnglishNormalizationRule.CaseFolding => FoldCase,
        EnglishNormalizationRule.Quotes => FoldQuotes,
        EnglishNormalizationRule.Dashes => FoldDashes,
        EnglishNormalizationRule.Spaces => FoldSpaces,
        EnglishNormalizationRule.Invisibles => RemoveInvisibles,
        EnglishNormalizationRule.CompatibilityForms => FoldCompatibilityForms,
        _ => false,
    };
}

/// <summary>
/// Normalizes English text for matching, keeping an offset map to the original. Rules, in the order they are
/// tried on each character (the first that applies wins; see <see cref="EnglishNormalizationRule"/>):
/// <list type="number">
/// <item><b>Invisibles</b>: soft hyphen, zero-width characters, BOM and bidi controls are removed.</item>
/// <item><b>CompatibilityForms</b>: fullwidth/halfwidth forms and Latin ligatures are folded as by NFKC (a ligature
/// becomes several characters, all mapped to the ligature's offset); the result is then case-folded.</item>
/// <item><b>Spaces</b>: every Unicode space separator becomes <c>' '</c>.</item>
/// <item><b>Quotes</b>: curly single quotes/apostrophes → <c>'</c>, curly double quotes → <c>"</c>.</item>
/// <item><b>Dashes</b>: hyphen and dash variants and the minus sign → <c>-</c>.</item>
/// <item><b>CaseFolding</b>: <see cref="char.ToLowerInvariant(char)"/>.</item>
/// </list>
/// Everything else (including line breaks, digits, other scripts and surrogate pairs) is copied unchanged.
/// Each output character maps to exactly one original character, so normalizing any slice of the original
/// yields the matching slice of the output. Immutable and thread-safe; linear time.
/// </summary>
public sealed class EnglishNormalizer : ITextNormalizer
{
    /// <summary>Creates a normalizer with <paramref name="options"/>, or every rule on when null.</summary>
    public EnglishNormalizer(EnglishNormalizerOptions? options = null) => Options = options ?? EnglishNormalizerOptions.Default;

    /// <summary>A shared normalizer with the default options.</summary>
    public static EnglishNormalizer Default { get; } = new();

    /// <summary>The rules this normalizer applies.</summary>
    public EnglishNormalizerOptions Options { get; }

    /// <inheritdoc />
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new NormalizedTextBuilder(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (Apply(text[i], out var single, out var multi) is null)
            {
                builder.Append(text[i], i);
            }
            else if (multi is null)
            {
                builder.Append(single, i);
            }
            else
            {
                builder.Append(multi, i);
            }
        }

        return builder.Build();
    }

    /// <summary>Lists every change <see cref="Normalize"/> makes to <paramref name="text"/>, with the rule that made it, in text order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<EnglishNormalizationChange> Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changes = new List<EnglishNormalizationChange>();
        for (var i = 0; i < text.Length; i++)
        {
            if (Apply(text[i], out var single, out var multi) is { } rule)
            {
                changes.Add(new EnglishNormalizationChange(i, text[i], multi ?? single.ToString(), rule));
            }
        }

        return changes;
    }

    /// <summary>The rule that changes <paramref name="c"/> under these options, or null when it is kept as is.</summary>
    public EnglishNormalizationRule? RuleFor(char c) => Apply(c, out _, out _);

    /// <summary>
    /// The rule that changes <paramref name="c"/>, if any, with its replacement: one character in
    /// <paramref name="single"/>, or, when <paramref name="multi"/> is not null, that string (empty for a removal).
    /// </summary>
    private EnglishNormalizationRule? Apply(char c, out char single, out string? multi)
    {
        multi = null;
        single = c;
        if (c < 0x80)
        {
            if (Options.FoldCase && c is >= 'A' and <= 'Z')
            {
                single = (char)(c + 32);
                return EnglishNormalizationRule.CaseFolding;
            }

            return null;
        }

        if (Options.RemoveInvisibles && IsInvisible(c))
        {
            multi = string.Empty;
            return EnglishNormalizationRule.Invisibles;
        }

        if (Options.FoldCompatibilityForms && CompatibilityForm(c) is { } folded)
        {
            multi = Options.FoldCase ? folded.ToLowerInvariant() : folded;
            return EnglishNormalizationRule.CompatibilityForms;
        }

        if (Options.FoldSpaces && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator)
        {
            single = ' ';
            return EnglishNormalizationRule.Spaces;
        }

        if (Options.FoldQuotes)
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B':
                    single = '\'';
                    return EnglishNormalizationRule.Quotes;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F':
                    single = '"';
                    return EnglishNormalizationRule.Quotes;
            }
        }

        if (Options.FoldDashes && (c is >= '\u2010' and <= '\u2015' || c == '\u2212'))
        {
            single = '-';
            return EnglishNormalizationRule.Dashes;
        }

        if (Options.FoldCase && !char.IsSurrogate(c))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower != c)
            {
                single = lower;
                return EnglishNormalizationRule.CaseFolding;
            }
        }

        return null;
    }

    private static bool IsInvisible(char c) => c switch
    {
        '\u00AD' => true, // soft hyphen
        '\u061C' => true, // letter mark (bidi)
        >= '\u200B' and <= '\u200F' => true, // zero-width space, non-joiner, joiner, LRM, RLM
        >= '\u202A' and <= '\u202E' => true, // bidi embeddings and overrides
        >= '\u2060' and <= '\u2064' => true, // word joiner, invisible operators
        >= '\u2066' and <= '\u2069' => true, // bidi isolates
        '\uFEFF' => true, // byte-order mark / zero-width no-break space
        _ => false,
    };

    private static string? CompatibilityForm(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return ((char)(c - 0xFEE0)).ToString();
        }

        if (c is (>= '\uFF5F' and <= '\uFFEE') or (>= '\uFB00' and <= '\uFB06'))
        {
            var folded = c.ToString().Normalize(System.Text.NormalizationForm.FormKC);
            return folded.Length > 0 && folded != c.ToString() ? folded : null;
        }

        return null;
    }
}
