using ClaimTracker.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic;

/// <summary>
/// The Arabic language pack: <see cref="ArabicNormalizer"/>, <see cref="ArabicSentenceSegmenter"/>,
/// <see cref="ArabicTokenizer"/>, the light10 <see cref="ArabicLightStemmer"/> and the YAML lexicons embedded in this
/// assembly.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; use <see cref="Instance"/>. The class is partial so that other parts of the pack
/// (numbers, dates) can add capabilities in their own files.
/// </remarks>
public sealed partial class ArabicLanguagePack : ILanguagePack
{
    private ArabicLanguagePack()
    {
        Lexicons = new EmbeddedLexiconProvider(typeof(ArabicLanguagePack).Assembly);
    }

    /// <summary>The shared instance.</summary>
    public static ArabicLanguagePack Instance { get; } = new();

    /// <inheritdoc />
    public string Code => "ar";

    /// <inheritdoc />
    public string Name => "Arabic";

    /// <inheritdoc />
    public bool IsRightToLeft => true;

    /// <inheritdoc />
    public ITextNormalizer Normalizer => ArabicNormalizer.Default;

    /// <inheritdoc />
    public ISentenceSegmenter Segmenter => ArabicSentenceSegmenter.Default;

    /// <inheritdoc />
    public ITokenizer Tokenizer => ArabicTokenizer.Instance;

    /// <inheritdoc />
    public IStemmer Stemmer => ArabicLightStemmer.Instance;

    /// <inheritdoc />
    public ILexiconProvider Lexicons { get; }

    /// <summary>
    /// 1 for a letter of the Arabic script blocks (Arabic U+0600–U+06FF, Arabic Supplement U+0750–U+077F,
    /// Arabic Extended-A U+08A0–U+08FF, presentation forms U+FB50–U+FDFF and U+FE70–U+FEFF), 0 for anything else.
    /// </summary>
    public double ScriptAffinity(char letter) =>
        char.IsLetter(letter) && IsArabicBlock(letter) ? 1.0 : 0.0;

    private static bool IsArabicBlock(char c) => c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F')
        or (>= '\u08A0' and <= '\u08FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');
}
