using ClaimTracker.Catalog;

namespace ClaimTracker.Cli.Terminal;

/// <summary>
/// Turns an exception that escaped a command into one <c>error: …</c> line and one <c>hint: …</c> line on stderr,
/// plus the full exception only when <c>--verbose</c> is given, and picks the exit code.
/// </summary>
internal static class ErrorReporter
{
    /// <summary>Writes the error and returns the exit code.</summary>
    public static int Report(Exception exception, TextWriter stderr, bool verbose)
    {
        var (code, hint) = Classify(exception);
        stderr.WriteLine($"error: {OneLine(exception.Message)}");
        stderr.WriteLine($"hint: {OneLine(hint)}");
        if (verbose)
        {
            stderr.WriteLine(exception.ToString());
        }

        return code;
    }

    /// <summary>The exit code and hint for an exception.</summary>
    internal static (int Code, string Hint) Classify(Exception exception) => exception switch
    {
        CliException cli => (cli.ExitCode, cli.Hint),
        CatalogException => (ExitCodes.Usage, "check the catalog file against docs/catalog.md (format claimtracker-catalog/1)."),
        FileNotFoundException or DirectoryNotFoundException => (ExitCodes.Failure, "check that the path exists."),
        UnauthorizedAccessException => (ExitCodes.Failure, "check the permissions of the path."),
        IOException => (ExitCodes.Failure, "check the path and that the disk is writable; run again with --verbose for details."),
        _ => (ExitCodes.Internal, "this is a bug in claimtracker; run again with --verbose and report the output."),
    };

    /// <summary>The text on one line: line breaks become spaces.</summary>
    internal static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
