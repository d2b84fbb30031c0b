using System.Reflection;
using ClaimTracker.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Conformance.Tests.Support;

/// <summary>
/// A minimal language pack that serves a pack assembly's embedded lexicons, for recognizers that only need lexicons
/// (the number, range and quantity engines read raw text).
/// </summary>
public sealed class TestLanguagePack : ILanguagePack
{
    private TestLanguagePack(string code, string name, bool rtl, string assembly)
    {
        Code = code;
        Name = name;
        IsRightToLeft = rtl;
        Lexicons = new EmbeddedLexiconProvider(Assembly.Load(assembly));
    }

    /// <summary>Arabic lexicons.</summary>
    public static TestLanguagePack Arabic { get; } = new("ar", "Arabic", true, "ClaimTracker.Languages.Arabic");

    /// <summary>English lexicons.</summary>
    public static TestLanguagePack English { get; } = new("en", "English", false, "ClaimTracker.Languages.English");

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public bool IsRightToLeft { get; }

    /// <inheritdoc />
    public ITextNormalizer Normalizer => throw new NotSupportedException();

    /// <inheritdoc />
    public ISentenceSegmenter Segmenter => throw new NotSupportedException();

    /// <inheritdoc />
    public ITokenizer Tokenizer => throw new NotSupportedException();

    /// <inheritdoc />
    public IStemmer Stemmer => throw new NotSupportedException();

    /// <inheritdoc />
    public ILexiconProvider Lexicons { get; }

    /// <inheritdoc />
    public double ScriptAffinity(char letter) => 0;
}
