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
}
