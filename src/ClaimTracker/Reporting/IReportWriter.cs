using ClaimTracker.Analysis;

namespace ClaimTracker.Reporting;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> in one report format. The library ships <see cref="MarkdownReportWriter"/>,
/// <see cref="JsonReportWriter"/>, <see cref="HtmlReportWriter"/> and <see cref="ClaimReviewWriter"/>; all four are
/// registered by <c>AddClaimTracker</c> as <c>IEnumerable&lt;IReportWriter&gt;</c>.
/// </summary>
/// <remarks>
/// Implementations are stateless and thread-safe, write only <c>\n</c> line breaks, and are deterministic: the same
/// result gives the same characters (no clock, invariant culture). Write the text as UTF-8 without a byte order mark.
/// </remarks>
public interface IReportWriter
{
    /// <summary>The format id a caller selects the writer by (<c>md</c>, <c>json</c>, <c>html</c>, <c>claimreview</c>); lower case.</summary>
    string Format { get; }

    /// <summary>The conventional file name of the report (<c>report.md</c>, <c>claimreview.jsonld</c>).</summary>
    string FileName { get; }

    /// <summary>Writes the report of <paramref name="result"/> to <paramref name="writer"/>.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    void Write(AnalysisResult result, TextWriter writer);
}
