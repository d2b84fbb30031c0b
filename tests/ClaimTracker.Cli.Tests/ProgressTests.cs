using ClaimTracker.Cli.Commands;
using ClaimTracker.Cli.Recognize;
using ClaimTracker.Cli.Terminal;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimTracker.Cli.Tests;

public class ProgressTests
{
    private static CliEnvironment Terminal(params (string Name, string Value)[] variables) =>
        new(false, false, name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Theory]
    [InlineData(false, false, false, null, null, true)]
    [InlineData(true, false, false, null, null, false)]
    [InlineData(false, true, false, null, null, false)]
    [InlineData(false, false, true, null, null, false)]
    [InlineData(false, false, false, "true", null, false)]
    [InlineData(false, false, false, "1", null, false)]
    [InlineData(false, false, false, "", null, true)]
    [InlineData(false, false, false, null, "dumb", false)]
    [InlineData(false, false, false, null, "xterm-256color", true)]
    public void ShouldShow_TerminalRedirectionCiTermAndQuiet_Decide(bool quiet, bool outRedirected, bool errRedirected, string? ci, string? term, bool expected)
    {
        var environment = new CliEnvironment(outRedirected, errRedirected, name => name switch { "CI" => ci, "TERM" => term, _ => null });

        ProgressPolicy.ShouldShow(environment, quiet).Should().Be(expected);
    }

    [Fact]
    public void ShouldShow_AnyRedirectionOrQuietOrCi_IsFalse()
    {
        Prop.ForAll<int>(bits =>
        {
            var (quiet, outRedirected, errRedirected, ci) = ((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);
            var environment = new CliEnvironment(outRedirected, errRedirected, name => name == "CI" && ci ? "true" : null);
            var shown = ProgressPolicy.ShouldShow(environment, quiet);
            return shown == !(quiet || outRedirected || errRedirected || ci);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void For_TerminalWithoutCi_IsSpectreDisplay_OtherwiseNone()
    {
        CliProgress.For(Terminal(), quiet: false, TextWriter.Null, TextWriter.Null).Should().BeOfType<SpectreProgress>();
        CliProgress.For(Terminal(("CI", "true")), quiet: false, TextWriter.Null, TextWriter.Null).Should().BeOfType<NoProgress>();
        CliProgress.For(Terminal(), quiet: true, TextWriter.Null, TextWriter.Null).Should().BeOfType<NoProgress>();
        CliProgress.For(CliEnvironment.Redirected, quiet: false, TextWriter.Null, TextWriter.Null).Should().BeOfType<NoProgress>();
    }

    [Fact]
    public void Analyze_ReportsReadingExtractingPerArticleComparingAndWriting()
    {
        var input = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");
        File.WriteAllText(Path.Combine(input, "b.txt"), "The factory produced more than 1,000 cars, officials said.\n");
        var output = Path.Combine(CliRunner.TempDir(), "out");
        var sink = new RecordingSink();

        var code = AnalyzeCommand.Run(
            input, output, "md,json", "en", new StringWriter(), new StringWriter(), () => ExtractionSetup.Instance.Pipeline, sink);

        code.Should().Be(0);
        sink.Events.Should().Equal(
            "stage reading 0",
            "stage extracting 2", "step a", "step b",
            "stage comparing 0",
            "stage clustering 0",
            "stage writing 2", "step " + Path.Combine(output, "report.md"), "step " + Path.Combine(output, "report.json"));
    }

    [Fact]
    public void Analyze_InTests_StdoutAndStderrHaveNoAnsiEscapes()
    {
        var input = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");
        File.WriteAllText(Path.Combine(input, "b.md"), "no front matter and an unknown language: ???\n");
        var output = Path.Combine(CliRunner.TempDir(), "out");

        // The real console of the test host (redirected), and a terminal in CI: both stay quiet.
        foreach (var environment in new[] { CliEnvironment.FromConsole(), Terminal(("CI", "true")) })
        {
            var (code, stdout, stderr) = CliRunner.RunIn(environment, "analyze", input, "--out", output, "--lang", "en");

            code.Should().Be(0, stderr);
            stdout.Should().Contain("wrote").And.NotContain("\u001b");
            stderr.Should().NotContain("\u001b");
        }
    }

    [Fact]
    public void Analyze_Quiet_OnTerminal_WritesNoProgress()
    {
        var input = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(input, "a.txt"), "The minister said the factory produced 20 cars.\n");

        var (code, stdout, stderr) = CliRunner.RunIn(Terminal(), "analyze", input, "--out", Path.Combine(CliRunner.TempDir(), "o"), "--lang", "en", "--quiet");

        code.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().StartWith("1 articles");
    }

    [Fact]
    public void SpectreProgress_HoldsBackTheWorksOutputUntilTheDisplayEnds()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var display = new SpectreProgress(stdout, stderr, interactive: false);

        var code = display.Run((sink, o, e) =>
        {
            sink.Stage("extracting", 2);
            sink.Step("a");
            o.WriteLine("result");
            e.WriteLine("warning: w");
            stdout.ToString().Should().BeEmpty("output is held while the display is live");
            sink.Step("b");
            return 5;
        });

        code.Should().Be(5);
        stdout.ToString().Should().Be("result" + Environment.NewLine);
        stderr.ToString().Should().EndWith("warning: w" + Environment.NewLine).And.NotContain("\u001b");
    }

    [Fact]
    public void SpectreProgress_WorkThrows_HeldOutputIsStillWritten()
    {
        var stdout = new StringWriter();
        var display = new SpectreProgress(stdout, new StringWriter(), interactive: false);

        var act = () => display.Run((_, o, _) =>
        {
            o.WriteLine("partial");
            throw new IOException("disk full");
        });

        act.Should().Throw<IOException>();
        stdout.ToString().Should().Be("partial" + Environment.NewLine);
    }

    private sealed class RecordingSink : IProgressSink
    {
        public List<string> Events { get; } = [];

        public void Stage(string name, int steps) => Events.Add($"stage {name} {steps}");

        public void Step(string? detail = null) => Events.Add($"step {detail}");
    }
}
