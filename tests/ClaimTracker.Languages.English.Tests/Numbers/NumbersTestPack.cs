using ClaimTracker.Languages.English.Numbers;
using ClaimTracker.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.English.Tests.Numbers;

/// <summary>A language pack that only serves the English lexicons (the number engines read raw text).</summary>
internal sealed class NumbersTestPack : ILanguagePack
{
    public static NumbersTestPack Instance { get; } = new();

    public string Code => "en";

    public string Name => "English";

    public bool IsRightToLeft => false;

    public ITextNormalizer Normalizer => throw new NotSupportedException();

    public ISentenceSegmenter Segmenter => throw new NotSupportedException();

    public ITokenizer Tokenizer => throw new NotSupportedException();

    public IStemmer Stemmer => throw new NotSupportedException();

    public ILexiconProvider Lexicons { get; } = new EmbeddedLexiconProvider(typeof(NumbersLexiconAnchor).Assembly);

    public double ScriptAffinity(char letter) => 0;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClaimTracker.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ClaimTracker.sln not found");
    }
}
