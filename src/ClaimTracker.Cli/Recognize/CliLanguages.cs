using System.Reflection;
using ClaimTracker.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Cli.Recognize;

/// <summary>
/// The language packs the CLI knows, by code. Until the full packs (normalizer, tokenizer, stemmer) are wired in,
/// the number, range and quantity engines only need the packs' embedded lexicons, so a lexicon-only pack serves them.
/// </summary>
internal static class CliLanguages
{
    private static readonly Dictionary<string, ILanguagePack> Packs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = new LexiconOnlyPack("ar", "Arabic", true, "ClaimTracker.Languages.Arabic"),
        ["en"] = new LexiconOnlyPack("en", "English", false, "ClaimTracker.Languages.English"),
    };

    public static IReadOnlyCollection<string> Codes => Packs.Keys;

    public static bool TryGet(string? code, out ILanguagePack pack)
    {
        pack = null!;
        return code is not null && Packs.TryGetValue(code, out pack!);
    }

    private sealed class LexiconOnlyPack(string code, string name, bool rtl, string assembly) : ILanguagePack
    {
        public string Code { get; } = code;

        public string Name { get; } = name;

        public bool IsRightToLeft { get; } = rtl;

        public ITextNormalizer Normalizer => throw new NotSupportedException($"The {Name} normalizer is not wired into the CLI yet.");

        public ISentenceSegmenter Segmenter => throw new NotSupportedException($"The {Name} segmenter is not wired into the CLI yet.");

        public ITokenizer Tokenizer => throw new NotSupportedException($"The {Name} tokenizer is not wired into the CLI yet.");

        public IStemmer Stemmer => throw new NotSupportedException($"The {Name} stemmer is not wired into the CLI yet.");

        public ILexiconProvider Lexicons { get; } = new EmbeddedLexiconProvider(Assembly.Load(assembly));

        public double ScriptAffinity(char letter) => 0;
    }
}
