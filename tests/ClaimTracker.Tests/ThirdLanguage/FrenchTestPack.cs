using ClaimTracker.Lexicons;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.ThirdLanguage;

/// <summary>
/// A small French pack written outside the core, only against its public API: the worked example of
/// <c>docs/architecture.md</c> ("How to add a language"). It proves that a third language needs no change
/// to the core.
/// </summary>
public sealed class FrenchTestPack : ILanguagePack
{
    public static FrenchTestPack Instance { get; } = new();

    public FrenchTestPack()
    {
        Lexicons = new EmbeddedLexiconProvider(typeof(FrenchTestPack).Assembly);
        var elisions = Lexicons.TryLoad<ElisionEntry>("elisions.yaml")
            ?? throw new LexiconFormatException("elisions.yaml is not embedded.");
        Tokenizer = new FrenchTestTokenizer(elisions.Entries.Select(e => e.Form));
    }

    public string Code => "fr";

    public string Name => "French";

    public bool IsRightToLeft => false;

    public ITextNormalizer Normalizer { get; } = new FrenchTestNormalizer();

    public ISentenceSegmenter Segmenter { get; } = new FrenchTestSegmenter();

    public ITokenizer Tokenizer { get; }

    public IStemmer Stemmer { get; } = new FrenchTestStemmer();

    public ILexiconProvider Lexicons { get; }

    /// <summary>Letters only French (among the registered packs) uses score 1; the shared Latin alphabet 0.5.</summary>
    public double ScriptAffinity(char letter) =>
        "àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŸŒÆ".Contains(letter) ? 1.0
        : letter is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? 0.5
        : 0.0;
}

/// <summary>Entry of <c>elisions.yaml</c>.</summary>
public sealed class ElisionEntry
{
    public string Form { get; set; } = "";
}

/// <summary>
/// Lower-cases; folds the ligatures œ → oe and æ → ae; turns the no-break spaces French typography puts
/// before <c>; : ! ?</c> and inside « » into plain spaces; folds ’ to '. Guillemets are kept.
/// </summary>
public sealed class FrenchTestNormalizer : ITextNormalizer
{
    public NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var b = new NormalizedTextBuilder(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case 'œ' or 'Œ':
                    b.Append("oe", i);
                    break;
                case 'æ' or 'Æ':
                    b.Append("ae", i);
                    break;
                case '\u00A0' or '\u202F':
                    b.Append(' ', i);
                    break;
                case '\u2019':
                    b.Append('\'', i);
                    break;
                default:
                    b.Append(char.ToLowerInvariant(c), i);
                    break;
            }
        }

        return b.Build();
    }
}

/// <summary>Ends a sentence at . ! ? (French puts a space before ! and ?) unless inside « … » or before a lower-case word.</summary>
public sealed class FrenchTestSegmenter : ISentenceSegmenter
{
    public IReadOnlyList<Sentence> Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Sentence>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '«')
            {
                depth++;
            }
            else if (c == '»')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c is '.' or '!' or '?' && depth == 0)
            {
                var next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                var ends = next == text.Length || (next > i + 1 && (char.IsUpper(text[next]) || text[next] == '«'));
                if (ends)
                {
                    Add(text, start, i + 1, result);
                    start = i + 1;
                }
            }
        }

        Add(text, start, text.Length, result);
        return result;
    }

    private static void Add(string text, int start, int end, List<Sentence> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new Sentence(TextSpan.FromBounds(start, end)));
        }
    }
}

/// <summary>
/// Words (letters and internal hyphens: <c>peut-être</c>), elided articles split off with their apostrophe
/// (<c>l'armée</c> → <c>l'</c>, <c>armée</c>; the elided forms come from <c>elisions.yaml</c>), numbers with
/// <c>,</c> decimals and space/no-break-space thousands (<c>1 234,5</c>), punctuation.
/// </summary>
public sealed class FrenchTestTokenizer : ITokenizer
{
    private readonly HashSet<string> _elisions;

    public FrenchTestTokenizer(IEnumerable<string> elisions) =>
        _elisions = new HashSet<string>(elisions, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            TokenKind kind;
            if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                if (i + 1 < text.Length && text[i] is '\'' or '\u2019' && char.IsLetter(text[i + 1]) && _elisions.Contains(text[start..i]))
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                kind = TokenKind.Number;
                while (i < text.Length && (char.IsAsciiDigit(text[i])
                    || (text[i] is ',' or ' ' or '\u00A0' or '\u202F' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                kind = char.IsPunctuation(c) || char.IsSymbol(c) ? TokenKind.Punctuation : TokenKind.Other;
                i++;
            }

            tokens.Add(new Token(TextSpan.FromBounds(start, i), text[start..i], kind));
        }

        return tokens;
    }
}

/// <summary>A tiny suffix stripper (not a real French stemmer): removes the longest listed suffix, keeping at least three letters.</summary>
public sealed class FrenchTestStemmer : IStemmer
{
    private static readonly string[] Suffixes =
        ["issements", "issement", "ements", "ement", "ations", "ation", "euses", "euse", "eux", "ées", "ée", "es", "s", "e", "x"];

    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var suffix in Suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
