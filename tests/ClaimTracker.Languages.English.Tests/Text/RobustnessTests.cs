using ClaimTracker.Languages.English.Text;
using ClaimTracker.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Languages.English.Tests.Text;

/// <summary>Property tests: offset maps read back, and no stage throws on any string.</summary>
public class RobustnessTests
{
    // Characters that exercise every rule and token class, mixed with arbitrary UTF-16 code units.
    private static readonly char[] Interesting =
    [
        'a', 'Z', 'e', 's', '\'', '\u2019', '\u2018', '\u201C', '\u201D', '"', '-', '\u2013', '\u2014', '\u2212', ' ',
        '\u00A0', '\u202F', '\u00AD', '\u200B', '\u200E', '\uFEFF', '\uFB01', '\uFF21', '\uFF11', '1', '9', ',', '.',
        '!', '?', '\u2026', '\n', '\r', '(', ')', 'M', 'r', 'U', 'S', '\u0301', '\uD83D', '\uDE00', '\u0628', '\u0130',
        '*', '\u2022', ':',
    ];

    private static Arbitrary<string> Texts() =>
        Gen.OneOf(
                Gen.Elements(Interesting),
                ArbMap.Default.GeneratorFor<char>())
            .ArrayOf()
            .Select(chars => new string(chars))
            .ToArbitrary();

    [Fact]
    public void Tokens_OfNormalizedText_ReadBackFromOriginal()
    {
        Prop.ForAll(Texts(), text =>
        {
            var normalized = EnglishNormalizer.Default.Normalize(text);
            foreach (var token in EnglishTokenizer.Instance.Tokenize(normalized.Text))
            {
                var original = normalized.ToOriginal(token.Span).Slice(text);
                if (EnglishNormalizer.Default.Normalize(original).Text != token.Text)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Normalize_AnyString_MapIsMonotonicAndComplete()
    {
        Prop.ForAll(Texts(), text =>
        {
            var n = EnglishNormalizer.Default.Normalize(text);
            var previous = 0;
            for (var i = 0; i <= n.Text.Length; i++)
            {
                var o = n.ToOriginalOffset(i);
                if (o < previous || o > text.Length)
                {
                    return false;
                }

                previous = o;
            }

            return n.ToOriginalOffset(n.Text.Length) == text.Length;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Segment_AnyString_TrimmedOrderedNonOverlappingSpans()
    {
        Prop.ForAll(Texts(), text =>
        {
            var previousEnd = 0;
            foreach (var s in EnglishSentenceSegmenter.Default.Segment(text))
            {
                if (s.Span.Start < previousEnd || s.Span.IsEmpty || s.Span.End > text.Length
                    || char.IsWhiteSpace(text[s.Span.Start]) || char.IsWhiteSpace(text[s.Span.End - 1]))
                {
                    return false;
                }

                previousEnd = s.Span.End;
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Tokenize_AnyString_CoversAllNonWhitespace()
    {
        Prop.ForAll(Texts(), text =>
        {
            var covered = new bool[text.Length];
            var previousEnd = 0;
            foreach (var t in EnglishTokenizer.Instance.Tokenize(text))
            {
                if (t.Span.Start < previousEnd || t.Span.IsEmpty || t.Span.Slice(text) != t.Text)
                {
                    return false;
                }

                for (var i = t.Span.Start; i < t.Span.End; i++)
                {
                    covered[i] = true;
                }

                previousEnd = t.Span.End;
            }

            return Enumerable.Range(0, text.Length).All(i => covered[i] || char.IsWhiteSpace(text[i]));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Stem_AnyString_DoesNotThrow()
    {
        Prop.ForAll(Texts(), text =>
        {
            var lower = EnglishNormalizer.Default.Normalize(text).Text;
            return EnglishStemmer.Instance.Stem(lower) is not null && EnglishStemmer.Instance.Stem(text) is not null;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Stem_RandomLowerCaseWords_NeverLonger()
    {
        var words = Gen.Elements("abcdefghijklmnopqrstuvwxyz'".ToCharArray()).ArrayOf().Select(c => new string(c)).ToArbitrary();
        Prop.ForAll(words, w =>
        {
            // Step 1b may add an "e" after removing "ed"/"ing", so a stem is never longer than the word.
            return EnglishStemmer.Instance.Stem(w).Length <= w.Length;
        }).QuickCheckThrowOnFailure();
    }
}
