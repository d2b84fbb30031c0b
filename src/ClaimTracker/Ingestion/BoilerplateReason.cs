using ClaimTracker.Text;

namespace ClaimTracker.Ingestion;

/// <summary>Why a block of an article was classified as boilerplate. Each value is one structural rule; see <c>docs/ingestion.md</c>.</summary>
internal enum BoilerplateReason
{
    /// <summary>The same short line appears at least twice in the article (<c>repeated-line</c>), e.g. a "Loading..." placeholder.</summary>
    RepeatedLine,

    /// <summary>The block starts with a short label ending in a colon that starts at least three blocks (<c>repeated-prefix</c>), e.g. "See also: …" teasers.</summary>
    RepeatedPrefix,

    /// <summary>One of at least three consecutive short lines without sentence-final punctuation (<c>short-line-run</c>): menus, share bars, bylines, counters.</summary>
    ShortLineRun,

    /// <summary>A line written in a script other than the article's main script (<c>foreign-script-line</c>).</summary>
    ForeignScriptLine,

    /// <summary>A single "word" too long to be one: menu items glued together without spaces (<c>glued-words</c>).</summary>
    GluedWords,

    /// <summary>A teaser paragraph cut off with an ellipsis and followed by a short label (<c>truncated-teaser</c>).</summary>
    TruncatedTeaser,

    /// <summary>The short label (a category) after a truncated teaser (<c>teaser-label</c>).</summary>
    TeaserLabel,

    /// <summary>A heading-like line inside the run of boilerplate that ends the article, e.g. a related-news block (<c>trailing-block</c>).</summary>
    TrailingBlock,
}

/// <summary>A block of an article's text classified as boilerplate, with the rule that classified it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Span">The block's characters in the article text (trimmed of surrounding whitespace).</param>
/// <param name="Reason">The rule that fired.</param>
internal readonly record struct BoilerplateSpan(TextSpan Span, BoilerplateReason Reason)
{
    /// <summary>The rule's stable kebab-case name, e.g. <c>repeated-prefix</c>.</summary>
    public string Rule => RuleName(Reason);

    /// <summary>The stable kebab-case name of <paramref name="reason"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not defined.</exception>
    public static string RuleName(BoilerplateReason reason) => reason switch
    {
        BoilerplateReason.RepeatedLine => "repeated-line",
        BoilerplateReason.RepeatedPrefix => "repeated-prefix",
        BoilerplateReason.ShortLineRun => "short-line-run",
        BoilerplateReason.ForeignScriptLine => "foreign-script-line",
        BoilerplateReason.GluedWords => "glued-words",
        BoilerplateReason.TruncatedTeaser => "truncated-teaser",
        BoilerplateReason.TeaserLabel => "teaser-label",
        BoilerplateReason.TrailingBlock => "trailing-block",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown boilerplate reason."),
    };
}

/// <summary>One block (a line, or a paragraph of wrapped lines) of an article and its classification.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Span">The block's characters in the article text, trimmed of surrounding whitespace.</param>
/// <param name="Reason">Why it is boilerplate, or null when it is body text.</param>
internal readonly record struct LayoutBlock(TextSpan Span, BoilerplateReason? Reason)
{
    /// <summary>True when the block is boilerplate and must be excluded from claim extraction.</summary>
    public bool IsBoilerplate => Reason is not null;
}
