using System.Text.Json;
using ClaimTracker.Cli.Terminal;
using ClaimTracker.Ingestion;

namespace ClaimTracker.Cli.Tests;

/// <summary>Skipped and partly read files are seen on stderr (analyze, extract, eval); --strict, --recursive, --lang.</summary>
public class InputDiagnosticsTests
{
    private const string Good = "The minister said the factory produced 20 cars.\n";

    /// <summary>A folder with one good English article, one binary file and one Windows-1256 file.</summary>
    private static string MixedFolder()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "a.txt"), Good);
        File.WriteAllBytes(Path.Combine(dir, "bin.txt"), [0x50, 0x4B, 0x00, 0x00, 0x01, 0x02]);
        // "مرحبا" in Windows-1256: not valid UTF-8.
        File.WriteAllBytes(Path.Combine(dir, "cp1256.txt"), [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0x0A]);
        return dir;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Analyze_SkippedFiles_OneStderrLinePerFileWithCodeFileReasonAndHintThenACount()
    {
        var (code, stdout, stderr) = CliRunner.Run("analyze", MixedFolder(), "--out", Path.Combine(CliRunner.TempDir(), "o"), "--lang", "en");

        code.Should().Be(0, "without --strict skipped files are reported, not fatal");
        stdout.Should().StartWith("1 articles");
        var lines = Lines(stderr);
        lines.Should().ContainSingle(l => l.StartsWith("error " + IngestionDiagnostics.BinaryContent + " bin.txt: ", StringComparison.Ordinal) && l.Contains("Hint: "));
        lines.Should().ContainSingle(l => l.StartsWith("error " + IngestionDiagnostics.InvalidEncoding + " cp1256.txt: ", StringComparison.Ordinal) && l.Contains("iconv"));
        lines.Should().Contain(l => l.StartsWith("2 errors and 0 warnings about the input", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_Strict_WithSkippedFile_ExitCode1AndReportsStillWritten()
    {
        var output = Path.Combine(CliRunner.TempDir(), "o");

        var (code, stdout, _) = CliRunner.Run("analyze", MixedFolder(), "--out", output, "--lang", "en", "--strict");

        code.Should().Be(1);
        stdout.Should().Contain("wrote");
        File.Exists(Path.Combine(output, "report.json")).Should().BeTrue();
    }

    [Fact]
    public void Analyze_Strict_CleanFolder_ExitCode0()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "a.txt"), Good);

        CliRunner.Run("analyze", dir, "--out", Path.Combine(CliRunner.TempDir(), "o"), "--lang", "en", "--strict").Code.Should().Be(0);
    }

    [Fact]
    public void Analyze_ArticlesOnlyInSubfolders_HintSaysPassRecursive()
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "day1"));
        File.WriteAllText(Path.Combine(dir, "day1", "a.txt"), Good);

        var (code, _, stderr) = CliRunner.Run("analyze", dir, "--out", Path.Combine(CliRunner.TempDir(), "o"), "--lang", "en");

        code.Should().Be(1);
        stderr.Should().Contain("error: no article could be read from").And.Contain("sub-folders (day1)").And.Contain("pass --recursive");
    }

    [Fact]
    public void Analyze_Recursive_ReadsSubfoldersWithIdsFromRelativePaths()
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "day1"));
        File.WriteAllText(Path.Combine(dir, "top.txt"), Good);
        File.WriteAllText(Path.Combine(dir, "day1", "a.txt"), "The factory produced more than 1,000 cars, officials said.\n");
        var output = Path.Combine(CliRunner.TempDir(), "o");

        var (code, _, stderr) = CliRunner.Run("analyze", dir, "--out", output, "--lang", "en", "--recursive", "--format", "json");

        code.Should().Be(0, stderr);
        var ids = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json"))).RootElement
            .GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()).ToList();
        ids.Should().Equal("day1/a", "top");
    }

    [Fact]
    public void Analyze_OutputRedirected_FirstLineIsTheReadingLineBeforeAnyOtherOutput()
    {
        var dir = MixedFolder();
        var both = new StringWriter();

        var code = CliApp.Invoke(["analyze", dir, "--out", Path.Combine(CliRunner.TempDir(), "o"), "--lang", "en"], new StringReader(""), both, both);

        code.Should().Be(0);
        Lines(both.ToString())[0].Should().Be($"reading 3 files from {dir}");
    }

    [Fact]
    public void Extract_SkippedFile_PrintsTheDiagnosticLine_StrictExitCode1()
    {
        var dir = MixedFolder();

        var (code, stdout, stderr) = CliRunner.Run("extract", dir, "--lang", "en");
        var strict = CliRunner.Run("extract", dir, "--lang", "en", "--strict");

        code.Should().Be(0);
        stdout.Should().Contain("from 1 articles");
        Lines(stderr)[0].Should().Be($"reading 3 files from {dir}");
        stderr.Should().Contain("error CT2002 bin.txt: ").And.Contain("2 errors and 0 warnings");
        strict.Code.Should().Be(1);
    }

    [Fact]
    public void Extract_Lang_GivesTheLanguageOfArticlesWhoseScriptSaysNone()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "numbers.txt"), "2024: 500 / 300.\n");

        var without = CliRunner.Run("extract", dir);
        var with = CliRunner.Run("extract", dir, "--lang", "en");
        var unknown = CliRunner.Run("extract", dir, "--lang", "xx");

        without.Code.Should().Be(1);
        without.Err.Should().Contain(IngestionDiagnostics.UnknownLanguage).And.Contain("pass --lang");
        with.Code.Should().Be(0, with.Err);
        with.Out.Should().Contain("from 1 articles");
        unknown.Code.Should().Be(2);
        unknown.Err.Should().Contain("no language pack for 'xx'");
    }

    [Fact]
    public void Extract_Recursive_ReadsSubfolders()
    {
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "day1"));
        File.WriteAllText(Path.Combine(dir, "day1", "a.txt"), Good);

        CliRunner.Run("extract", dir, "--lang", "en").Err.Should().Contain("pass --recursive");
        var (code, stdout, _) = CliRunner.Run("extract", dir, "--lang", "en", "--recursive", "--json");

        code.Should().Be(0);
        stdout.Should().Contain("\"day1/a:c1\"");
    }

    [Fact]
    public void Eval_KeyArticleMisencoded_PrintsTheDiagnosticLine_StrictExitCode1()
    {
        var corpus = CliRunner.TempDir();
        foreach (var file in Directory.GetFiles(Path.Combine(EvalCommandTests.RepoRoot(), "samples", "seed-ar")))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }

        var first = Path.Combine(corpus, "000.txt");
        File.WriteAllBytes(first, [.. File.ReadAllBytes(first), 0xE3, 0xD1]);
        var key = Path.Combine(EvalCommandTests.RepoRoot(), "tests", "fixtures", "eval", "seed-gold.dev.json");

        var (code, _, stderr) = CliRunner.Run("eval", corpus, "--gold", key);
        var strict = CliRunner.Run("eval", corpus, "--gold", key, "--strict");

        code.Should().Be(0);
        Lines(stderr)[0].Should().StartWith("reading the 5 articles of seed-gold.dev.json from");
        stderr.Should().Contain("error CT2001 000.txt: ");
        strict.Code.Should().Be(1);
    }

    [Theory]
    [InlineData(IngestionDiagnostics.InvalidEncoding)]
    [InlineData(IngestionDiagnostics.BinaryContent)]
    [InlineData(IngestionDiagnostics.TooLarge)]
    [InlineData(IngestionDiagnostics.Empty)]
    [InlineData(IngestionDiagnostics.UnknownLanguage)]
    [InlineData(IngestionDiagnostics.BadDate)]
    [InlineData(IngestionDiagnostics.BadUrl)]
    [InlineData(IngestionDiagnostics.BadManifest)]
    [InlineData(IngestionDiagnostics.ManifestEntry)]
    [InlineData(IngestionDiagnostics.DuplicateId)]
    [InlineData(IngestionDiagnostics.BadFrontMatter)]
    [InlineData(IngestionDiagnostics.ReadFailed)]
    public void Hint_EveryWarningOrErrorCode_HasItsOwnAdvice(string code)
    {
        DiagnosticPrinter.Hint(code).Should().NotBe(DiagnosticPrinter.Hint("CT9999"));
    }

    [Fact]
    public void Line_DiagnosticWithoutFileInMessage_NamesTheArticle()
    {
        var line = DiagnosticPrinter.Line("day1/a", new Diagnostic(DiagnosticSeverity.Warning, "extract.failed", "Extraction stopped early: x"));

        line.Should().Be("warning extract.failed day1/a: Extraction stopped early: x Hint: see docs/ingestion.md; the full list is in report.json.");
    }

    [Fact]
    public void Write_OnlyInfoDiagnostics_WritesNothingAndCountsNoError()
    {
        var stderr = new StringWriter();

        DiagnosticPrinter.Write([new Diagnostic(DiagnosticSeverity.Info, IngestionDiagnostics.LanguageDetected, "File 'a.txt': language 'en' detected.")], stderr)
            .Should().Be(0);
        stderr.ToString().Should().BeEmpty();
    }
}
