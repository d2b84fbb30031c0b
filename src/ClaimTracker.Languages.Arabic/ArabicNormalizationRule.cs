namespace ClaimTracker.Languages.Arabic;

/// <summary>
/// The rules of <see cref="ArabicNormalizer"/>. Each can be switched on or off through
/// <see cref="ArabicNormalizerOptions"/>, and each change the normalizer makes is attributed to one of them
/// (see <see cref="ArabicNormalizer.Explain(string)"/>).
/// </summary>
public enum ArabicNormalizationRule
{
    /// <summary>
    /// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) are replaced by their Unicode NFKC compatibility
    /// decomposition, one character at a time: the lam-alef ligature U+FEFB becomes lam + alef, both mapped to the
    /// ligature's offset. Forms whose decomposition would contain spaces or punctuation (the phrase ligatures
    /// U+FDFA, U+FDFB) are left as they are, so that a word never straddles a space. Source: the Unicode Standard,
    /// chapter 9.2 (Arabic) and UAX #15.
    /// </summary>
    PresentationForm,

    /// <summary>Bidirectional and joining controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI, ZWJ, ZWNJ, BOM) and the zero-width space are removed.</summary>
    FormatControl,

    /// <summary>No-break and other Unicode space separators (NBSP U+00A0, U+202F, U+2007…) become an ASCII space.</summary>
    Space,

    /// <summary>
    /// Harakat and other Arabic combining marks U+064B–U+065F (fathatan … sukun, shadda, hamza marks) and the
    /// superscript (dagger) alef U+0670 are removed. The dagger alef is a vowel mark in ordinary spelling
    /// (هٰذا is written هذا), so it is removed rather than turned into a full alef. Sources: Larkey et al. (2007)
    /// normalization; Lucene <c>ArabicNormalizer</c> (which removes U+064B–U+0652).
    /// </summary>
    Diacritic,

    /// <summary>Quranic annotation marks U+06D6–U+06ED (small high ligatures, end-of-ayah, sajdah…) are removed.</summary>
    QuranicMark,

    /// <summary>The tatweel (kashida) U+0640, a stretching character with no linguistic content, is removed.</summary>
    Tatweel,

    /// <summary>
    /// Alef variants أ (U+0623), إ (U+0625), آ (U+0622), ٱ (alef wasla U+0671), ٲ (U+0672) and ٳ (U+0673) become
    /// bare alef ا. Sources: Larkey et al. (2007); Lucene <c>ArabicNormalizer</c>.
    /// </summary>
    Alef,

    /// <summary>Alef maqsura ى (U+0649) becomes yeh ي, in any position (Lucene: DOTLESS_YEH → YEH). On by default.</summary>
    AlefMaqsura,

    /// <summary>
    /// Teh marbuta ة (U+0629) becomes heh ه, as Larkey et al. and Lucene do for retrieval. Off by default because
    /// heh is also a pronoun suffix and the distinction helps clitic analysis and reading explanations.
    /// </summary>
    TehMarbuta,

    /// <summary>Hamza seats ؤ (U+0624) → و and ئ (U+0626) → ي. Off by default: spelling of these seats is stable in news text.</summary>
    HamzaSeat,

    /// <summary>
    /// Persian and Urdu letter variants become their Arabic counterparts: keheh ک (U+06A9) → kaf ك, Farsi yeh ی
    /// (U+06CC) and yeh barree ے (U+06D2) → yeh ي, heh goal ہ (U+06C1) → heh ه. On by default: they appear in
    /// Arabic text typed on Persian keyboards and in NFKC output.
    /// </summary>
    PersianLetter,

    /// <summary>Arabic-Indic digits ٠–٩ (U+0660–U+0669) and Eastern Arabic-Indic digits ۰–۹ (U+06F0–U+06F9) become ASCII 0–9.</summary>
    Digit,

    /// <summary>
    /// Arabic punctuation becomes its ASCII counterpart: comma ، → <c>,</c>, semicolon ؛ → <c>;</c>, question mark ؟ →
    /// <c>?</c>, decimal separator ٫ (U+066B) → <c>.</c>, thousands separator ٬ (U+066C) → <c>,</c>, percent ٪ (U+066A) →
    /// <c>%</c>, Urdu full stop ۔ (U+06D4) → <c>.</c>.
    /// </summary>
    Punctuation,
}
