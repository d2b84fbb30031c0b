namespace ClaimTracker.Cli.Terminal;

/// <summary>What the CLI knows about where it runs: whether stdout and stderr are redirected, and the environment variables.</summary>
/// <param name="IsOutputRedirected">stdout goes to a file or pipe, not a terminal.</param>
/// <param name="IsErrorRedirected">stderr goes to a file or pipe, not a terminal.</param>
/// <param name="GetVariable">Reads an environment variable (null when unset).</param>
internal sealed record CliEnvironment(bool IsOutputRedirected, bool IsErrorRedirected, Func<string, string?> GetVariable)
{
    /// <summary>Both streams redirected, no environment variables: what tests and embedding code get by default.</summary>
    public static CliEnvironment Redirected { get; } = new(true, true, _ => null);

    /// <summary>The process's real console and environment.</summary>
    public static CliEnvironment FromConsole() =>
        new(Console.IsOutputRedirected, Console.IsErrorRedirected, Environment.GetEnvironmentVariable);
}
