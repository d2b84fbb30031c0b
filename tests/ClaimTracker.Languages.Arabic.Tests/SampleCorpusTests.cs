using ClaimTracker.Languages.Arabic;
using ClaimTracker.Text;

namespace ClaimTracker.Languages.Arabic.Tests;

/// <summary>Runs every stage over the vendored sample articles and checks the generic invariants on real text.</summary>
public class SampleCorpusTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot(), "samples", "seed-ar"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void NormalizedTokens_RealArticle_MapBackToOriginal(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "samples", "seed-ar", file));
        var n = ArabicNormalizer.Default.Normalize(text);
        var tokens = ArabicTokenizer.Instance.Tokenize(n.Text);
        tokens.Should().NotBeEmpty();
        foreach (var t in tokens)
        {
            ArabicNormalizer.Default.Normalize(n.ToOriginal(t.Span).Slice(text)).Text.Should().Be(t.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Segment_RealArticle_TrimmedOrderedSegmentsCoveringEveryWord(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "samples", "seed-ar", file));
        var segments = ArabicSentenceSegmenter.Default.Segment(text);
        segments.Should().NotBeEmpty();
        segments.Select(s => s.Span).Should().BeInAscendingOrder();
        segments.Zip(segments.Skip(1)).Should().OnlyContain(p => p.First.Span.End <= p.Second.Span.Start);
        segments.Should().OnlyContain(s => !char.IsWhiteSpace(text[s.Span.Start]) && !char.IsWhiteSpace(text[s.Span.End - 1]));

        // Every word token lies inside some segment.
        var k = 0;
        var outside = new List<TextSpan>();
        foreach (var word in ArabicTokenizer.Instance.Tokenize(text).Where(t => t.Kind == TokenKind.Word))
        {
            while (k < segments.Count && segments[k].Span.End <= word.Span.Start)
            {
                k++;
            }

            if (k == segments.Count || !segments[k].Span.Contains(word.Span))
            {
                outside.Add(word.Span);
            }
        }

        outside.Should().BeEmpty();
    }

    private static string RepoRoot() => ClaimTracker.Testing.RepoPaths.Root;
}
