using System.CommandLine;
using FsCheck;
using FsCheck.Fluent;
using ClaimTracker.Catalog;
using ClaimTracker.Cli.Terminal;

namespace ClaimTracker.Cli.Tests;

public class CliErrorTests
{
    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Invoke_UnknownOption_ErrorAndHintLines_ExitCode2()
    {
        var (code, output, error) = CliRunner.Run("extract", ".", "--no-such-option");

        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        var lines = Lines(error);
        lines[0].Should().StartWith("error: ").And.Contain("--no-such-option");
        lines[^1].Should().Be("hint: run 'claimtracker extract --help' to see the commands and options.");
    }

    [Fact]
    public void Invoke_MissingArgument_UsageError_ExitCode2()
    {
        var (code, _, error) = CliRunner.Run("analyze");

        code.Should().Be(ExitCodes.Usage);
        error.Should().StartWith("error: ").And.Contain("hint: run 'claimtracker analyze --help'");
    }

    [Fact]
    public void Invoke_UnknownCommand_UsageError_ExitCode2()
    {
        var (code, _, error) = CliRunner.Run("analyse");

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("analyse").And.Contain("hint: run 'claimtracker --help'");
    }

    [Fact]
    public void Invoke_IoFailureInCommand_OneErrorLineAndHintWithoutStackTrace_ExitCode1()
    {
        var input = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");
        var outIsAFile = Path.Combine(CliRunner.TempDir(), "out");
        File.WriteAllText(outIsAFile, "not a folder");

        // --quiet: no "reading N files" line before the error (see InputDiagnosticsTests).
        var (code, _, error) = CliRunner.Run("analyze", input, "--out", outIsAFile, "--lang", "en", "--quiet");

        code.Should().Be(ExitCodes.Failure);
        var lines = Lines(error);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("error: ").And.Contain(outIsAFile);
        lines[1].Should().StartWith("hint: ");
        error.Should().NotContain("   at ");
    }

    [Fact]
    public void Invoke_IoFailureWithVerbose_AddsTheStackTrace()
    {
        var input = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");
        var outIsAFile = Path.Combine(CliRunner.TempDir(), "out");
        File.WriteAllText(outIsAFile, "not a folder");

        var (code, _, error) = CliRunner.Run("--verbose", "analyze", input, "--out", outIsAFile, "--lang", "en", "--quiet");

        code.Should().Be(ExitCodes.Failure);
        error.Should().StartWith("error: ").And.Contain("hint: ").And.Contain("System.IO.IOException").And.Contain("   at ");
    }

    [Fact]
    public void Invoke_VerboseAfterTheCommand_IsAcceptedBecauseItIsRecursive()
    {
        var (code, _, error) = CliRunner.Run("extract", Path.Combine(CliRunner.TempDir(), "missing"), "--verbose");

        code.Should().Be(ExitCodes.Usage);
        error.Should().StartWith("error: folder not found");
    }

    [Fact]
    public void Invoke_UnexpectedException_ErrorAndHintLines_ExitCode3()
    {
        var (code, error) = RunThrowing(new InvalidOperationException("boom\nsecond line"), verbose: false);

        code.Should().Be(ExitCodes.Internal);
        Lines(error).Should().Equal(
            "error: boom second line",
            "hint: this is a bug in claimtracker; run again with --verbose and report the output.");
    }

    [Fact]
    public void Invoke_UnexpectedExceptionWithVerbose_PrintsTheException()
    {
        var (code, error) = RunThrowing(new InvalidOperationException("boom"), verbose: true);

        code.Should().Be(ExitCodes.Internal);
        error.Should().Contain("System.InvalidOperationException: boom").And.Contain("   at ");
    }

    [Fact]
    public void Classify_CatalogException_IsUsageError()
    {
        ErrorReporter.Classify(new CatalogException("bad")).Code.Should().Be(ExitCodes.Usage);
        ErrorReporter.Classify(new CliException("x", "y", 7)).Should().Be((7, "y"));
        ErrorReporter.Classify(new FileNotFoundException("x")).Code.Should().Be(ExitCodes.Failure);
        ErrorReporter.Classify(new UnauthorizedAccessException("x")).Code.Should().Be(ExitCodes.Failure);
    }

    [Fact]
    public void OneLine_AnyText_HasNoLineBreaks()
    {
        Prop.ForAll<string>(s =>
        {
            var line = ErrorReporter.OneLine(s ?? "");
            return !line.Contains('\n') && !line.Contains('\r');
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ExitCodes_AreAllDocumentedInCliMd()
    {
        var doc = File.ReadAllText(Path.Combine(ClaimTracker.Testing.RepoPaths.Root, "docs", "cli.md"));
        var codes = typeof(ExitCodes).GetFields().Select(f => (int)f.GetValue(null)!).ToArray();

        codes.Should().BeEquivalentTo(new[] { 0, 1, 2, 3 });
        foreach (var value in codes)
        {
            doc.Should().Contain($"| `{value}` |", $"exit code {value} needs a row in docs/cli.md");
        }

        foreach (var variable in new[] { "`CI`", "`NO_COLOR`", "`TERM`" })
        {
            doc.Should().Contain(variable);
        }
    }

    private static (int Code, string Err) RunThrowing(Exception exception, bool verbose)
    {
        var root = new RootCommand("test") { CliOptions.Verbose() };
        var throwing = new Command("throw");
        throwing.SetAction((Func<ParseResult, int>)(_ => throw exception));
        root.Subcommands.Add(throwing);
        var stderr = new StringWriter();
        string[] args = verbose ? ["throw", "--verbose"] : ["throw"];
        var code = CliApp.Invoke(root, args, new StringWriter(), stderr);
        return (code, stderr.ToString());
    }
}
