using ClaimTracker.Cli.Terminal;

namespace ClaimTracker.Cli;

internal static class Program
{
    public static int Main(string[] args) =>
        CliApp.Invoke(args, Console.In, Console.Out, Console.Error, CliEnvironment.FromConsole());
}
