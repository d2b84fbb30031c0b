using System.Collections.Immutable;
using ClaimTracker.Text;

namespace ClaimTracker.Ingestion;

/// <summary>
/// An article's text divided into blocks, each classified as body or boilerplate by <see cref="BoilerplateDetector"/>.
/// Boilerplate stays in the article text (evidence offsets never move) but is excluded from claim extraction.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ArticleLayout
{
    private readonly ImmutableArray<BoilerplateSpan> _boilerplate;

    internal ArticleLayout(string text, ImmutableArray<LayoutBlock> blocks)
    {
        Text = text;
        Blocks = blocks;
        _boilerplate = [.. blocks.Where(b => b.IsBoilerplate).Select(b => new BoilerplateSpan(b.Span, b.Reason!.Value))];
    }

    /// <summary>The text the layout describes.</summary>
    public string Text { get; }

    /// <summary>Every non-blank block, in text order; blocks never overlap.</summary>
    public ImmutableArray<LayoutBlock> Blocks { get; }

    /// <summary>The boilerplate blocks, in text order.</summary>
    public ImmutableArray<BoilerplateSpan> Boilerplate => _boilerplate;

    /// <summary>The body blocks' spans, in text order.</summary>
    public ImmutableArray<TextSpan> Body => [.. Blocks.Where(b => !b.IsBoilerplate).Select(b => b.Span)];

    /// <summary>True when <paramref name="span"/> shares at least one character with a boilerplate block.</summary>
    public bool IsBoilerplate(TextSpan span)
    {
        // Binary search for the last boilerplate block starting before the span ends.
        int lo = 0, hi = _boilerplate.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (_boilerplate[mid].Span.Start < span.End || (span.IsEmpty && _boilerplate[mid].Span.Start <= span.Start))
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return false;
        }

        var block = _boilerplate[found].Span;
        return span.IsEmpty ? span.Start >= block.Start && span.Start < block.End : block.Overlaps(span);
    }
}
