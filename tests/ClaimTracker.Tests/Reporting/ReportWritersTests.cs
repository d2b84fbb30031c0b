using ClaimTracker.Reporting;

namespace ClaimTracker.Tests.Reporting;

/// <summary>What every shipped <see cref="IReportWriter"/> promises.</summary>
public class ReportWritersTests
{
    public static TheoryData<string> Formats => new() { "md", "json", "html", "claimreview" };

    private static IReportWriter Writer(string format) => format switch
    {
        "md" => new MarkdownReportWriter(),
        "json" => new JsonReportWriter(),
        "html" => new HtmlReportWriter(),
        _ => new ClaimReviewWriter(),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_InputsInAnotherOrder_SameText(string format) =>
        ReportSamples.Render(Writer(format), ReportSamples.Result(reverse: true)).Should().Be(ReportSamples.Render(Writer(format), ReportSamples.Result()));

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task WriteAsync_Stream_GetsTheSameTextAsUtf8WithoutBom(string format)
    {
        using var stream = new MemoryStream();
        await Writer(format).WriteAsync(ReportSamples.Result(), stream);
        var bytes = stream.ToArray();
        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(bytes).Should().Be(ReportSamples.Render(Writer(format), ReportSamples.Result()));
    }

    [Fact]
    public async Task WriteAsync_ReadOnlyStream_Throws()
    {
        using var stream = new MemoryStream(new byte[4], writable: false);
        var act = () => ((IReportWriter)new JsonReportWriter()).WriteAsync(ReportSamples.Result(), stream);
        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*not writable*");
    }

    [Fact]
    public async Task WriteAsync_Cancelled_ThrowsBeforeWriting()
    {
        using var stream = new MemoryStream();
        var act = () => ((IReportWriter)new MarkdownReportWriter()).WriteAsync(ReportSamples.Result(), stream, new CancellationToken(canceled: true));
        await act.Should().ThrowAsync<OperationCanceledException>();
        stream.Length.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_Output_UsesLineFeedsAndEndsWithOne(string format)
    {
        var text = ReportSamples.Render(Writer(format), ReportSamples.Result());
        text.Should().NotContain("\r").And.EndWith("\n");
        Writer(format).Format.Should().Be(format);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_NullResult_Throws(string format)
    {
        var act = () => Writer(format).Write(null!, new StringWriter());
        act.Should().Throw<ArgumentNullException>().WithParameterName("result");
    }
}
