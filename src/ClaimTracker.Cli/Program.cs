using System.CommandLine;

namespace ClaimTracker.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        var root = CliApp.BuildRootCommand(Console.In, Console.Out, Console.Error);
        return root.Parse(args).Invoke();
    }
}
