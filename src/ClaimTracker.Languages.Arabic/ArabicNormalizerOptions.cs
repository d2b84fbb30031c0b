namespace ClaimTracker.Languages.Arabic;

/// <summary>
/// Which rules <see cref="ArabicNormalizer"/> applies. Each property switches one <see cref="ArabicNormalizationRule"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="Default"/> is what the Arabic pack uses.</remarks>
public sealed record ArabicNormalizerOptions
{
    /// <summary>The default options: everything on except <see cref="FoldTehMarbuta"/> and <see cref="FoldHamzaSeats"/>.</summary>
    public static ArabicNormalizerOptions Default { get; } = new();

    /// <summary>Every rule switched on (closest to Lucene's and Larkey's retrieval normalization).</summary>
    public static ArabicNormalizerOptions All { get; } = new() { FoldTehMarbuta = true, FoldHamzaSeats = true };

    /// <summary>Every rule switched off: the normalizer returns its input unchanged.</summary>
    public static ArabicNormalizerOptions None { get; } = new()
    {
        FoldPresentationForms = false,
        RemoveFormatControls = false,
        FoldSpaces = false,
        RemoveDiacritics = false,
        RemoveQuranicMarks = false,
        RemoveTatweel = false,
        FoldAlef = false,
        FoldAlefMaqsura = false,
        FoldPersianLetters = false,
        FoldDigits = false,
        FoldPunctuation = false,
    };

    /// <summary>Applies <see cref="ArabicNormalizationRule.PresentationForm"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldPresentationForms { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.FormatControl"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool RemoveFormatControls { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.Space"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldSpaces { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.Diacritic"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool RemoveDiacritics { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.QuranicMark"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool RemoveQuranicMarks { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.Tatweel"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool RemoveTatweel { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.Alef"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldAlef { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.AlefMaqsura"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldAlefMaqsura { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.TehMarbuta"/>.</summary>
    /// <value>Default <c>false</c>.</value>
    public bool FoldTehMarbuta { get; init; }

    /// <summary>Applies <see cref="ArabicNormalizationRule.HamzaSeat"/>.</summary>
    /// <value>Default <c>false</c>.</value>
    public bool FoldHamzaSeats { get; init; }

    /// <summary>Applies <see cref="ArabicNormalizationRule.PersianLetter"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldPersianLetters { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.Digit"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldDigits { get; init; } = true;

    /// <summary>Applies <see cref="ArabicNormalizationRule.Punctuation"/>.</summary>
    /// <value>Default <c>true</c>.</value>
    public bool FoldPunctuation { get; init; } = true;

    /// <summary>True when <paramref name="rule"/> is switched on.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not a defined rule.</exception>
    public bool IsEnabled(ArabicNormalizationRule rule) => rule switch
    {
        ArabicNormalizationRule.PresentationForm => FoldPresentationForms,
        ArabicNormalizationRule.FormatControl => RemoveFormatControls,
        ArabicNormalizationRule.Space => FoldSpaces,
        ArabicNormalizationRule.Diacritic => RemoveDiacritics,
        ArabicNormalizationRule.QuranicMark => RemoveQuranicMarks,
        ArabicNormalizationRule.Tatweel => RemoveTatweel,
        ArabicNormalizationRule.Alef => FoldAlef,
        ArabicNormalizationRule.AlefMaqsura => FoldAlefMaqsura,
        ArabicNormalizationRule.TehMarbuta => FoldTehMarbuta,
        ArabicNormalizationRule.HamzaSeat => FoldHamzaSeats,
        ArabicNormalizationRule.PersianLetter => FoldPersianLetters,
        ArabicNormalizationRule.Digit => FoldDigits,
        ArabicNormalizationRule.Punctuation => FoldPunctuation,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown normalization rule."),
    };
}
