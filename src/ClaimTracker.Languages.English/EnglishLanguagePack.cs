using ClaimTracker.Languages.English.Lexicons;
using ClaimTracker.Languages.English.Text;
using ClaimTracker.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.English;

/// <summary>
/// The English language pack: <see cref="EnglishNormalizer"/>, <see cref="EnglishSentenceSegmenter"/>,
/// <see cref="EnglishTokenizer"/>, the Porter2 <see cref="EnglishStemmer"/>, and the lexicons embedded from
/// the project's <c>Lexicons/*.yaml</c> files.
/// </summary>
/// <remarks>
/// Code <c>en</c>, written left to right. Partial so that other parts of the pack (numbers, dates) can add
/// members in their own files. Immutable and thread-safe; <see cref="Instance"/> can be shared.
/// </remarks>
public sealed partial class EnglishLanguagePack : ILanguagePack
{
    /// <summary>Creates the pack with the default normalizer options.</summary>
    public EnglishLanguagePack()
        : this(EnglishNormalizerOptions.Default)
    {
    }

    /// <summary>Creates the pack with the given normalizer options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="normalizerOptions"/> is null.</exception>
    public EnglishLanguagePack(EnglishNormalizerOptions normalizerOptions)
    {
        ArgumentNullException.ThrowIfNull(normalizerOptions);
        Normalizer = normalizerOptions == EnglishNormalizerOptions.Default ? EnglishNormalizer.Default : new EnglishNormalizer(normalizerOptions);
    }

    /// <summary>A shared pack with the default options.</summary>
    public static EnglishLanguagePack Instance { get; } = new();

    /// <inheritdoc />
    public string Code => "en";

    /// <inheritdoc />
    public string Name => "English";

    /// <inheritdoc />
    public bool IsRightToLeft => false;

    /// <inheritdoc />
    public ITextNormalizer Normalizer { get; }

    /// <inheritdoc />
    public ISentenceSegmenter Segmenter => EnglishSentenceSegmenter.Default;

    /// <inheritdoc />
    public ITokenizer Tokenizer => EnglishTokenizer.Instance;

    /// <inheritdoc />
    public IStemmer Stemmer => EnglishStemmer.Instance;

    /// <inheritdoc />
    public ILexiconProvider Lexicons => EnglishLexicons.Provider;

    /// <summary>
    /// 0.5 for the letters of Basic Latin and Latin-1 Supplement (A–Z, a–z, U+00C0–U+00FF except × and ÷), which
    /// English shares with many languages; 0 for every other character.
    /// </summary>
    public double ScriptAffinity(char letter) =>
        letter is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') || (letter is >= '\u00C0' and <= '\u00FF' && letter != '\u00D7' && letter != '\u00F7')
            ? 0.5
            : 0.0;
}
