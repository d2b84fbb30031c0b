using System.CommandLine;
using System.CommandLine.Invocation;
using ClaimTracker.Catalog;
using ClaimTracker.Cli.Commands;
using ClaimTracker.Cli.Terminal;
using ClaimTracker.Comparison;
using ClaimTracker.Indexing;
using ClaimTracker.Model;

namespace ClaimTracker.Cli;

/// <summary>Builds the command tree (commands register themselves here) and runs it with the CLI's error handling.</summary>
internal static class CliApp
{
    /// <summary>Builds the command tree with the global <c>--verbose</c> and <c>--quiet</c> options.</summary>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error (errors, progress display).</param>
    /// <param name="environment">Where the CLI runs; <see cref="CliEnvironment.Redirected"/> (no progress display) when null.</param>
    public static RootCommand BuildRootCommand(TextReader stdin, TextWriter stdout, TextWriter stderr, CliEnvironment? environment = null)
    {
        var env = environment ?? CliEnvironment.Redirected;
        var root = new RootCommand("ClaimTracker: track claims and their sources across news articles.");
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        HelpLayout.Apply(root);
        root.Options.Add(CliOptions.Verbose());
        root.Options.Add(CliOptions.Quiet());
        root.Subcommands.Add(AnalyzeCommand.Build(
            stdout, stderr, parse => CliProgress.For(env, parse.GetValue<bool>(CliOptions.QuietName), stdout, stderr)));
        root.Subcommands.Add(ExtractCommand.Build(stdout, stderr));
        root.Subcommands.Add(CompareCommand.Build(stdin, stdout, stderr, () => ExtractionSetup.Instance.Extractor));
        root.Subcommands.Add(Recognize.RecognizeCommand.Build(stdin, stdout, stderr));
        root.Subcommands.Add(EvalCommand.Build(stdout, stderr));
        root.Subcommands.Add(LedgerCommands.BuildReport(stdout, stderr));
        root.Subcommands.Add(LedgerCommands.BuildCheck(stdout, stderr));
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/>: a usage error prints <c>error:</c> lines and a <c>hint:</c> line and returns
    /// <see cref="ExitCodes.Usage"/>; an exception escaping a command is reported by <see cref="ErrorReporter"/>
    /// (stack trace only with <c>--verbose</c>).
    /// </summary>
    public static int Invoke(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CliEnvironment? environment = null) =>
        Invoke(BuildRootCommand(stdin, stdout, stderr, environment), args, stdout, stderr);

    /// <summary>Runs <paramref name="args"/> against <paramref name="root"/> with the CLI's error handling (see the other overload).</summary>
    internal static int Invoke(RootCommand root, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"error: {ErrorReporter.OneLine(error.Message)}");
            }

            stderr.WriteLine($"hint: run '{CommandPath(parse)} --help' to see the commands and options.");
            return ExitCodes.Usage;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (Exception ex)
        {
            var verbose = parse.RootCommandResult.Command.Options.Any(o => o.Name == CliOptions.VerboseName) && parse.GetValue<bool>(CliOptions.VerboseName);
            return ErrorReporter.Report(ex, stderr, verbose);
        }
    }

    /// <summary>"claimtracker analyze" for the command the user typed.</summary>
    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Parent is null ? "claimtracker" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
