using System.Text.Json;
using ClaimTracker.Cli;

namespace ClaimTracker.Cli.Tests;

public class RecognizeDateTests
{
    private static JsonElement RunOne(string line, params string[] args)
    {
        var stdout = new StringWriter();
        var root = CliApp.BuildRootCommand(new StringReader(line + "\n"), stdout, new StringWriter());
        var config = new System.CommandLine.InvocationConfiguration { Output = stdout, Error = new StringWriter() };
        var code = root.Parse(["recognize", .. args]).Invoke(config);
        code.Should().Be(0);
        return JsonDocument.Parse(stdout.ToString().Trim()).RootElement.Clone();
    }

    [Fact]
    public void Recognize_DateKind_WritesIntervalPrecisionAndOpenFlag()
    {
        var doc = RunOne("وصل يوم الثلاثاء بعد أن غادر منذ سبتمبر", "--lang", "ar", "--reference", "2023-09-12", "--kinds", "date");
        var results = doc.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(2);
        var tuesday = results[0].GetProperty("value");
        results[0].GetProperty("kind").GetString().Should().Be("date");
        tuesday.GetProperty("start").GetString().Should().Be("2023-09-12");
        tuesday.GetProperty("end").GetString().Should().Be("2023-09-13");
        tuesday.GetProperty("precision").GetString().Should().Be("day");
        tuesday.GetProperty("open").GetBoolean().Should().BeFalse();
        var since = results[1].GetProperty("value");
        since.GetProperty("start").GetString().Should().Be("2023-09-01");
        since.GetProperty("end").ValueKind.Should().Be(JsonValueKind.Null);
        since.GetProperty("precision").GetString().Should().Be("month");
        since.GetProperty("open").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Recognize_MonthReference_ResolvesMonthWithoutYear()
    {
        var doc = RunOne("in September the talks resumed", "--lang", "en", "--reference", "2022-09", "--kinds", "date");
        var value = doc.GetProperty("results").EnumerateArray().Single().GetProperty("value");
        value.GetProperty("start").GetString().Should().Be("2022-09-01");
        value.GetProperty("end").GetString().Should().Be("2022-10-01");
    }

    [Fact]
    public void Recognize_Duration_HasDurationKind()
    {
        var doc = RunOne("a visit lasting two days", "--lang", "en", "--reference", "2024-06-19", "--kinds", "date");
        var r = doc.GetProperty("results").EnumerateArray().Single();
        r.GetProperty("kind").GetString().Should().Be("duration");
        r.GetProperty("value").GetProperty("duration").GetString().Should().Be("P2D");
    }
}
