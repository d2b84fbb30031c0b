using ClaimTracker.Languages.Arabic;
using ClaimTracker.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Languages.Arabic.Tests;

/// <summary>Lucene-style random feeds: every stage of the pack copes with any string.</summary>
public class RandomTextTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(1000);

    private static Gen<char> Range(char first, char last) => Gen.Choose(first, last).Select(i => (char)i);

    /// <summary>Random strings weighted towards what Arabic news text (and hostile input) contains.</summary>
    private static Arbitrary<string> ArabicishStrings()
    {
        var chars = Gen.Frequency(
            (20, Range('\u0621', '\u064A')),                       // letters
            (6, Range('\u064B', '\u065F')),                        // harakat
            (2, Gen.Elements('\u0670', '\u0640', '\u06D6', '\u06DD', '\u06E9', '\u0649', '\u0629', '\u0623', '\u0671')),
            (5, Gen.OneOf(Range('0', '9'), Range('\u0660', '\u0669'), Range('\u06F0', '\u06F9'))),
            (3, Gen.Elements(',', '.', '\u066B', '\u066C', '\u060C', '\u061F', '?', '!', '…', '%', '\u066A', '/', '-', '–')),
            (3, Gen.OneOf(Range('\uFB50', '\uFDFF'), Range('\uFE70', '\uFEFF'))),
            (2, Gen.OneOf(Range('\uD800', '\uDBFF'), Range('\uDC00', '\uDFFF'))),
            (6, Gen.Elements(' ', ' ', '\n', '\u00A0', '\u200C', '\u200D', '\u200E', '\u200F', '\u2067', '\0', '\t', '\r')),
            (3, Gen.Elements('«', '»', '“', '”', '"', '(', ')', ':')),
            (3, Range('a', 'z')),
            (2, Gen.Elements('\u0301', '\u06A9', '\u06CC', 'ß', '\uD83D', '\uDE00', '\u0964', '\u0966')));
        return Gen.ArrayOf(chars).Select(a => new string(a)).ToArbitrary();
    }

    [Fact]
    public void NormalizedTokens_MappedBackAndRenormalized_ReadTheSame()
    {
        var normalizer = ArabicNormalizer.Default;
        Check.One(Config, Prop.ForAll(ArabicishStrings(), s =>
        {
            var n = normalizer.Normalize(s);
            foreach (var token in ArabicTokenizer.Instance.Tokenize(n.Text))
            {
                var original = n.ToOriginal(token.Span).Slice(n.Original);
                var again = normalizer.Normalize(original).Text;
                if (again != token.Text)
                {
                    return false;
                }
            }

            return true;
        }));
    }

    [Fact]
    public void NormalizedTokens_AllRulesOn_StillReadTheSame()
    {
        var normalizer = new ArabicNormalizer(ArabicNormalizerOptions.All);
        Check.One(Config, Prop.ForAll(ArabicishStrings(), s =>
        {
            var n = normalizer.Normalize(s);
            return ArabicTokenizer.Instance.Tokenize(n.Text)
                .All(t => normalizer.Normalize(n.ToOriginal(t.Span).Slice(n.Original)).Text == t.Text);
        }));
    }

    [Fact]
    public void Normalizer_RandomText_IdempotentAndExplained()
    {
        Check.One(Config, Prop.ForAll(ArabicishStrings(), s =>
        {
            var once = ArabicNormalizer.Default.Normalize(s).Text;
            var explained = ArabicNormalizer.Default.Explain(s);
            return ArabicNormalizer.Default.Normalize(once).Text == once
                && (once == s || explained.Count > 0)
                && explained.Select(c => c.Offset).SequenceEqual(explained.Select(c => c.Offset).Order());
        }));
    }

    [Fact]
    public void Tokenizer_RandomText_OrderedNonOverlappingExactSlices()
    {
        Check.One(Config, Prop.ForAll(ArabicishStrings(), s =>
        {
            var end = 0;
            foreach (var t in ArabicTokenizer.Instance.Tokenize(s))
            {
                if (t.Span.Start < end || t.Span.IsEmpty || t.Span.Slice(s) != t.Text || string.IsNullOrWhiteSpace(t.Text))
                {
                    return false;
                }

                end = t.Span.End;
            }

            return true;
        }));
    }

    [Fact]
    public void Segmenter_RandomText_OrderedTrimmedSegments()
    {
        Check.One(Config, Prop.ForAll(ArabicishStrings(), s =>
        {
            var end = 0;
            foreach (var seg in ArabicSentenceSegmenter.Default.Segment(s))
            {
                var text = seg.Span.Slice(s);
                if (seg.Span.Start < end || text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])
                    || text.Contains('\n'))
                {
                    return false;
                }

                end = seg.Span.End;
            }

            return true;
        }));
    }

    [Fact]
    public void StemmerAndClitics_RandomWords_ReturnPartsOfTheWord()
    {
        Check.One(Config, Prop.ForAll(ArabicishStrings(), s =>
        {
            var word = ArabicNormalizer.Default.Normalize(s).Text;
            var stem = ArabicLightStemmer.Instance.Stem(word);
            var clitics = ArabicClitics.Split(word);
            var yes = ArabicClitics.Split(word, 2, splitYaAndKaf: true);
            _ = ArabicStopwords.Contains(s);
            return word.Contains(stem, StringComparison.Ordinal)
                && word.Substring(clitics.StemSpan.Start, clitics.StemSpan.Length) == clitics.Stem
                && yes.Stem.Length >= Math.Min(2, word.Length);
        }));
    }
}
