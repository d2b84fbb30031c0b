using System.Text;
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

    /// <summary>
    /// Writes the report of <paramref name="result"/> to <paramref name="stream"/> as UTF-8 without a byte order mark,
    /// the same characters <see cref="Write"/> gives. The report is rendered in memory first, then written
    /// asynchronously; the stream is neither flushed to disk nor closed.
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <param name="stream">Where to write; must be writable.</param>
    /// <param name="cancellationToken">Cancels before rendering and while writing.</param>
    /// <returns>A task that completes when the report is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    async Task WriteAsync(AnalysisResult result, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(result, text);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
