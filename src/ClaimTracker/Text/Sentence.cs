namespace ClaimTracker.Text;

/// <summary>The role a segment plays in an article's layout.</summary>
public enum SegmentKind
{
    /// <summary>A sentence of running prose.</summary>
    Sentence,

    /// <summary>A heading or title line (no sentence-final punctuation, standing alone).</summary>
    Heading,

    /// <summary>An item of a bulleted or numbered list.</summary>
    ListItem,

    /// <summary>A dateline such as "(Moscow) –" that opens a wire report.</summary>
    Dateline,
}

/// <summary>A sentence (or heading, list item, dateline) found by an <see cref="ISentenceSegmenter"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Span">Where the segment lies in the segmented text, trimmed of surrounding whitespace.</param>
/// <param name="Kind">What kind of segment it is.</param>
public readonly record struct Sentence(TextSpan Span, SegmentKind Kind = SegmentKind.Sentence);
