namespace ClaimTracker.Cli.Terminal;

/// <summary>The exit codes of every <c>claimtracker</c> command (documented in <c>docs/cli.md</c>).</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work.</summary>
    public const int Ok = 0;

    /// <summary>A runtime failure: nothing could be read, or a file could not be read or written.</summary>
    public const int Failure = 1;

    /// <summary>A usage error: an unknown command or option, a bad option value, a missing input, a bad catalog file.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected error inside ClaimTracker (a bug: please report it with the <c>--verbose</c> output).</summary>
    public const int Internal = 3;
}
