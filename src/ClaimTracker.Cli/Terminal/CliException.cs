namespace ClaimTracker.Cli.Terminal;

/// <summary>
/// An error the CLI reports as one <c>error:</c> line, one <c>hint:</c> line and <see cref="ExitCode"/>,
/// without a stack trace (see <see cref="ErrorReporter"/>).
/// </summary>
internal sealed class CliException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What went wrong, naming the offending path or value.</param>
    /// <param name="hint">What the user can do about it.</param>
    /// <param name="exitCode">The process exit code (<see cref="ExitCodes"/>).</param>
    /// <param name="inner">The underlying exception, shown with <c>--verbose</c>.</param>
    public CliException(string message, string hint, int exitCode, Exception? inner = null)
        : base(message, inner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hint);
        Hint = hint;
        ExitCode = exitCode;
    }

    /// <summary>What the user can do about it.</summary>
    public string Hint { get; }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }
}
