using System.Reflection;
using ClaimTracker.Cli;

namespace ClaimTracker.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void Help_PrintsUsageAndSucceeds()
    {
        var stdout = new StringWriter();
        var root = CliApp.BuildRootCommand(new StringReader(""), stdout, new StringWriter());
        var config = new System.CommandLine.InvocationConfiguration { Output = stdout, Error = new StringWriter() };
        var code = root.Parse(["--help"]).Invoke(config);
        code.Should().Be(0);
        stdout.ToString().Should().Contain("ClaimTracker");
    }

    [Fact]
    public void Help_ListsEveryCommandAndTheGlobalOptions()
    {
        var (code, output, _) = CliRunner.Run("--help");

        code.Should().Be(0);
        foreach (var command in new[] { "analyze", "extract", "compare", "recognize", "eval" })
        {
            output.Should().Contain(command);
        }

        output.Should().Contain("--verbose").And.Contain("--quiet").And.Contain("--version");
        output.Should().Contain("Usage:" + Environment.NewLine + "  claimtracker [command] [options]");
    }

    [Fact]
    public void Help_OfACommand_UsageLineNamesClaimtracker()
    {
        var (code, output, _) = CliRunner.Run("analyze", "--help");

        code.Should().Be(0);
        output.Should().Contain("  claimtracker analyze <dir> [options]");
    }

    [Fact]
    public void Version_PrintsTheInformationalVersion_ExitCode0()
    {
        var expected = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var (code, output, error) = CliRunner.Run("--version");

        code.Should().Be(0);
        error.Should().BeEmpty();
        output.Trim().Should().Be(expected);
        expected.Should().StartWith("0.");
    }

    [Theory]
    [InlineData("  ClaimTracker.Cli analyze <dir> [options]", "ClaimTracker.Cli", "  claimtracker analyze <dir> [options]")]
    [InlineData("  ClaimTracker.Cli [command] [options]\n  ClaimTracker.Cli", "ClaimTracker.Cli", "  claimtracker [command] [options]\n  claimtracker")]
    [InlineData("  ClaimTracker.Clix [options]", "ClaimTracker.Cli", "  ClaimTracker.Clix [options]")]
    [InlineData("Description: ClaimTracker.Cli tool", "ClaimTracker.Cli", "Description: ClaimTracker.Cli tool")]
    public void UseCommandName_ReplacesOnlyTheExecutableAtTheStartOfUsageLines(string help, string executable, string expected)
    {
        ClaimTracker.Cli.Terminal.HelpLayout.UseCommandName(help, executable).Should().Be(expected);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("extract")]
    [InlineData("eval")]
    public void Help_CommandsThatExtract_OfferCatalogOption(string command)
    {
        var (code, output, _) = CliRunner.Run(command, "--help");

        code.Should().Be(0);
        output.Should().Contain("--catalog").And.Contain("--verbose");
    }
}
