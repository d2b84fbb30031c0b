using System.CommandLine;

namespace ClaimTracker.Cli;

/// <summary>Builds the command tree; commands register themselves here.</summary>
internal static class CliApp
{
    public static RootCommand BuildRootCommand(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ClaimTracker: track claims and their sources across news articles.");
        // Commands are added here as they are built (recognize, extract, compare, eval, analyze).
        _ = stdin;
        _ = stdout;
        _ = stderr;
        root.Subcommands.Add(Commands.ExtractCommand.Build(stdout, stderr));
        root.Subcommands.Add(Commands.EvalCommand.Build(stdout, stderr));
        return root;
    }
}
