namespace ClaimTracker.Cli.Terminal;

/// <summary>
/// Decides whether a command shows a live progress display: only when both stdout and stderr are terminals, the
/// <c>CI</c> environment variable is unset (or empty), <c>TERM</c> is not <c>dumb</c>, and <c>--quiet</c> is not given.
/// </summary>
internal static class ProgressPolicy
{
    /// <summary>True when the progress display should be shown.</summary>
    /// <param name="environment">Redirection flags and environment variables.</param>
    /// <param name="quiet">The <c>--quiet</c> option.</param>
    public static bool ShouldShow(CliEnvironment environment, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (quiet || environment.IsOutputRedirected || environment.IsErrorRedirected)
        {
            return false;
        }

        if (!string.IsNullOrEmpty(environment.GetVariable("CI")))
        {
            return false;
        }

        return !string.Equals(environment.GetVariable("TERM"), "dumb", StringComparison.OrdinalIgnoreCase);
    }
}
