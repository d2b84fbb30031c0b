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
