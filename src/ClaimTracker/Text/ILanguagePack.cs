namespace ClaimTracker.Text;

/// <summary>
/// Everything ClaimTracker knows about one language: its text-analysis algorithms and its lexicons.
/// The core holds no words of any language; packs bring them.
/// </summary>
/// <remarks>
/// A pack is registered with <see cref="LanguagePackRegistry"/> (or through dependency injection) and looked
/// up by <see cref="Code"/>. Implementations must be immutable and thread-safe.
/// See <c>docs/architecture.md</c> for how to write one.
/// </remarks>
public interface ILanguagePack
{
    /// <summary>The language's BCP 47 code, lower case, e.g. <c>ar</c> or <c>en</c>.</summary>
    string Code { get; }

    /// <summary>The language's English name, for messages and reports.</summary>
    string Name { get; }

    /// <summary>True when the language is written right to left.</summary>
    bool IsRightToLeft { get; }

    /// <summary>The normalizer used before matching lexicon entries.</summary>
    ITextNormalizer Normalizer { get; }

    /// <summary>The sentence segmenter.</summary>
    ISentenceSegmenter Segmenter { get; }

    /// <summary>The tokenizer.</summary>
    ITokenizer Tokenizer { get; }

    /// <summary>The stemmer.</summary>
    IStemmer Stemmer { get; }

    /// <summary>The pack's lexicons (cue words, number words, units, month names…), by file name.</summary>
    Lexicons.ILexiconProvider Lexicons { get; }

    /// <summary>
    /// How strongly a letter belongs to this language's script, from 0 (not at all) to 1 (only this
    /// language's script uses it). Used to detect an article's language when it is not given.
    /// </summary>
    double ScriptAffinity(char letter);
}
