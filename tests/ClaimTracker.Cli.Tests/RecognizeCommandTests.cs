using System.CommandLine;
using System.Text.Json;
using ClaimTracker.Cli;

namespace ClaimTracker.Cli.Tests;

public class RecognizeCommandTests
{
    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = CliApp.BuildRootCommand(new StringReader(stdin), stdout, stderr);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        var code = root.Parse(args).Invoke(config);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static List<JsonElement> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [Fact]
    public void Recognize_EnglishQuantity_WritesOpenLowerBound()
    {
        var (code, output, _) = Run("more than 10,000 containers\n", "recognize", "--lang", "en");
        code.Should().Be(0);
        var line = Lines(output).Should().ContainSingle().Subject;
        line.GetProperty("input").GetString().Should().Be("more than 10,000 containers");
        var result = line.GetProperty("results").EnumerateArray().Should().ContainSingle().Subject;
        result.GetProperty("kind").GetString().Should().Be("quantity");
        result.GetProperty("text").GetString().Should().Be("more than 10,000 containers");
        result.GetProperty("start").GetInt32().Should().Be(0);
        result.GetProperty("end").GetInt32().Should().Be(27);
        var value = result.GetProperty("value");
        value.GetProperty("low").GetDouble().Should().Be(10000);
        value.GetProperty("high").ValueKind.Should().Be(JsonValueKind.Null);
        value.GetProperty("lowInclusive").GetBoolean().Should().BeFalse();
        value.GetProperty("highInclusive").GetBoolean().Should().BeFalse();
        value.GetProperty("approximate").GetBoolean().Should().BeFalse();
        value.GetProperty("unit").GetString().Should().Be("count:container");
        value.GetProperty("dimension").GetString().Should().Be("count");
    }

    [Fact]
    public void Recognize_ArabicText_IsWrittenUnescaped()
    {
        var (code, output, _) = Run("زيارة تستغرق يومين\n", "recognize", "--lang", "ar");
        code.Should().Be(0);
        output.Should().Contain("\"input\":\"زيارة تستغرق يومين\"");
        output.Should().Contain("\"text\":\"يومين\"");
        output.Should().NotContain("\\u");
    }

    [Fact]
    public void Recognize_NumberAndRangeKinds_WriteNumberAndIntervalValues()
    {
        var (_, output, _) = Run("between 20 and 30, and 7\n", "recognize", "--lang", "en", "--kinds", "number,range");
        var results = Lines(output).Single().GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(2);
        results[0].GetProperty("kind").GetString().Should().Be("range");
        results[0].GetProperty("value").GetString().Should().Be("[20,30)");
        results[1].GetProperty("kind").GetString().Should().Be("number");
        results[1].GetProperty("value").GetDouble().Should().Be(7);
    }

    [Fact]
    public void Recognize_OneOutputLinePerInputLine_IncludingEmptyLines()
    {
        var (_, output, _) = Run("5 days\n\nsix\n", "recognize", "--lang", "en");
        var lines = Lines(output);
        lines.Should().HaveCount(3);
        lines[1].GetProperty("results").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Recognize_Offsets_AreUtf16OffsetsIntoTheLine()
    {
        var input = "وصلت 15 حاوية";
        var (_, output, _) = Run(input + "\n", "recognize", "--lang", "ar");
        var r = Lines(output).Single().GetProperty("results")[0];
        input[r.GetProperty("start").GetInt32()..r.GetProperty("end").GetInt32()].Should().Be(r.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("--lang", "fr")]
    [InlineData("--lang", "ar", "--reference", "2024-13")]
    [InlineData("--lang", "ar", "--reference", "yesterday")]
    [InlineData("--lang", "ar", "--kinds", "number,colour")]
    public void Recognize_BadOption_FailsWithExitCode2AndOneLine(params string[] args)
    {
        var (code, output, error) = Run("5\n", ["recognize", .. args]);
        code.Should().Be(2);
        output.Should().BeEmpty();
        error.Trim().Split('\n').Should().ContainSingle().Which.Should().StartWith("error:");
    }

    [Fact]
    public void Recognize_MissingLanguage_FailsWithExitCode2()
    {
        Run("5\n", "recognize").Code.Should().Be(2);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-06")]
    [InlineData("2024-06-19")]
    public void Recognize_ValidReference_IsAccepted(string reference)
    {
        Run("5\n", "recognize", "--lang", "en", "--reference", reference).Code.Should().Be(0);
    }
}
