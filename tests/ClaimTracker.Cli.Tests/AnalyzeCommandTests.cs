using System.Text.Json;
using ClaimTracker.Cli;

namespace ClaimTracker.Cli.Tests;

public class AnalyzeCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = CliApp.BuildRootCommand(new StringReader(""), stdout, stderr);
        var config = new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr };
        var code = root.Parse(args).Invoke(config);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ct-analyze-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void Analyze_FolderOfArticles_WritesJsonAndMarkdownReports()
    {
        var input = TempDir();
        var output = Path.Combine(TempDir(), "out");
        File.WriteAllText(Path.Combine(input, "a.md"), "---\nlanguage: en\npublished: 2024-03-02\n---\nOfficials in Washington said that the ministry shipped 500 tons of grain to the port on Tuesday.\n");
        File.WriteAllText(Path.Combine(input, "b.md"), "---\nlanguage: en\npublished: 2024-03-05\n---\nThe ministry denied that it shipped grain to the port.\n");

        var (code, stdout, stderr) = Run("analyze", input, "--out", output);

        code.Should().Be(0, stderr);
        stdout.Should().Contain("2 articles");
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json"))).RootElement;
        json.GetProperty("format").GetString().Should().Be("claimtracker-report/1");
        json.GetProperty("articles").GetArrayLength().Should().Be(2);
        json.GetProperty("claims").GetArrayLength().Should().BeGreaterThan(0);
        File.ReadAllText(Path.Combine(output, "report.md")).Should().StartWith("# ClaimTracker report");
    }

    [Fact]
    public void Analyze_SameInputTwice_WritesByteIdenticalReports()
    {
        var input = TempDir();
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");
        File.WriteAllText(Path.Combine(input, "b.txt"), "The factory produced more than 1,000 cars, officials said.\n");
        var first = Path.Combine(TempDir(), "1");
        var second = Path.Combine(TempDir(), "2");
        Run("analyze", input, "--out", first, "--lang", "en").Code.Should().Be(0);
        Run("analyze", input, "--out", second, "--lang", "en").Code.Should().Be(0);
        File.ReadAllBytes(Path.Combine(first, "report.json")).Should().Equal(File.ReadAllBytes(Path.Combine(second, "report.json")));
        File.ReadAllBytes(Path.Combine(first, "report.md")).Should().Equal(File.ReadAllBytes(Path.Combine(second, "report.md")));
    }

    [Fact]
    public void Analyze_MissingFolder_IsOneLineErrorWithHint_ExitCode2()
    {
        var (code, _, stderr) = Run("analyze", Path.Combine(TempDir(), "nope"));
        code.Should().Be(2);
        stderr.Should().StartWith("error: folder").And.Contain("Hint:");
    }

    [Fact]
    public void Analyze_UnknownFormat_IsRejected()
    {
        var (code, _, stderr) = Run("analyze", TempDir(), "--format", "pdf");
        code.Should().Be(2);
        stderr.Should().Contain("pdf");
    }

    [Fact]
    public void Analyze_DefaultFormats_WriteHtmlReport()
    {
        var input = TempDir();
        var output = Path.Combine(TempDir(), "out");
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");
        File.WriteAllText(Path.Combine(input, "b.txt"), "The factory produced more than 1,000 cars, officials said.\n");

        var (code, stdout, stderr) = Run("analyze", input, "--out", output, "--lang", "en");

        code.Should().Be(0, stderr);
        var path = Path.Combine(output, "report.html");
        stdout.Should().Contain("report.html");
        var html = File.ReadAllText(path);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<html lang=\"en\" dir=\"ltr\">").And.EndWith("</html>\n");
        html.Should().NotContain("http://").And.NotContain("https://");
    }

    [Fact]
    public void Analyze_DefaultFormats_WriteAllFourReports()
    {
        var input = TempDir();
        var output = Path.Combine(TempDir(), "out");
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");
        File.WriteAllText(Path.Combine(input, "b.txt"), "The factory produced more than 1,000 cars, officials said.\n");

        var (code, stdout, stderr) = Run("analyze", input, "--out", output, "--lang", "en");

        code.Should().Be(0, stderr);
        Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .Should().Equal("claimreview.jsonld", "report.html", "report.json", "report.md");
        stdout.Should().Contain("claimreview.jsonld");
        JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "claimreview.jsonld"))).RootElement.GetProperty("@context").GetString().Should().Be("https://schema.org");
    }

    [Fact]
    public void Analyze_ClaimReviewOnly_WritesOnlyTheJsonLd()
    {
        var input = TempDir();
        var output = Path.Combine(TempDir(), "out");
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");

        Run("analyze", input, "--out", output, "--lang", "en", "--format", "claimreview").Code.Should().Be(0);

        Directory.GetFiles(output).Select(Path.GetFileName).Should().Equal("claimreview.jsonld");
    }

    [Fact]
    public void Analyze_UnknownFormat_HintListsTheFourFormats()
    {
        var (code, _, stderr) = Run("analyze", TempDir(), "--format", "md,pdf");
        code.Should().Be(2);
        stderr.Should().Be("error: unknown report format 'pdf'. Hint: use --format with md, json, html, claimreview.\n".Replace("\n", Environment.NewLine, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_FolderWithoutArticles_ListsDiagnosticsAndExitCode1()
    {
        var input = TempDir();
        File.WriteAllText(Path.Combine(input, "README.md"), "not an article");
        var (code, _, stderr) = Run("analyze", input, "--out", Path.Combine(TempDir(), "out"));
        code.Should().Be(1);
        stderr.Should().Contain("CT2013").And.Contain("error: no article could be read from");
    }

    [Fact]
    public void Analyze_HtmlOnly_WritesOnlyHtmlReport()
    {
        var input = TempDir();
        var output = Path.Combine(TempDir(), "out");
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");

        Run("analyze", input, "--out", output, "--lang", "en", "--format", "html").Code.Should().Be(0);

        Directory.GetFiles(output).Select(Path.GetFileName).Should().Equal("report.html");
    }

    [Fact]
    public void Analyze_SameInputTwice_WritesByteIdenticalHtml()
    {
        var input = TempDir();
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");
        File.WriteAllText(Path.Combine(input, "b.txt"), "The factory produced more than 1,000 cars, officials said.\n");
        var first = Path.Combine(TempDir(), "1");
        var second = Path.Combine(TempDir(), "2");
        Run("analyze", input, "--out", first, "--lang", "en", "--format", "html").Code.Should().Be(0);
        Run("analyze", input, "--out", second, "--lang", "en", "--format", "html").Code.Should().Be(0);
        File.ReadAllBytes(Path.Combine(first, "report.html")).Should().Equal(File.ReadAllBytes(Path.Combine(second, "report.html")));
    }
}
