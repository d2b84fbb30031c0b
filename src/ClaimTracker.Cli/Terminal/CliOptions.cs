using System.CommandLine;

namespace ClaimTracker.Cli.Terminal;

/// <summary>Options several commands share.</summary>
internal static class CliOptions
{
    /// <summary>The root's recursive <c>--verbose</c> option: stack traces on errors.</summary>
    public const string VerboseName = "--verbose";

    /// <summary>The root's recursive <c>--quiet</c> option: no progress display.</summary>
    public const string QuietName = "--quiet";

    /// <summary>A new <c>--verbose</c> option (recursive: valid after any command).</summary>
    public static Option<bool> Verbose() => new(VerboseName)
    {
        Description = "Show the full exception (with stack trace) when a command fails.",
        Recursive = true,
    };

    /// <summary>A new <c>--quiet</c> option (recursive).</summary>
    public static Option<bool> Quiet() => new(QuietName, "-q")
    {
        Description = "Never show a progress display (it is also off when output is redirected or CI is set).",
        Recursive = true,
    };

    /// <summary>A new <c>--catalog</c> option: extra <c>claimtracker-catalog/1</c> files, repeatable.</summary>
    public static Option<string[]> Catalog() => new("--catalog")
    {
        Description = "Extra entity catalog (claimtracker-catalog/1, docs/catalog.md) on top of the packs' catalogs; repeatable.",
        HelpName = "file",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>A new <c>--strict</c> option: an error diagnostic about the input (a skipped file) fails the run (exit code 1).</summary>
    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Exit with code 1 when an input file could not be read (any error diagnostic); the output is still written.",
    };

    /// <summary>A new <c>--recursive</c> option: read the articles of sub-folders too.</summary>
    public static Option<bool> Recursive() => new("--recursive", "-r")
    {
        Description = "Also read the articles in sub-folders (their ids are their relative paths, with '/').",
    };

    /// <summary>A new <c>--lang</c> option: the language of articles that do not state it.</summary>
    public static Option<string?> Lang() => new("--lang")
    {
        Description = "Language of articles that do not say (default: detected from the script).",
    };
}
