namespace ClaimTracker.Cli.Terminal;

/// <summary>How <c>analyze</c>, <c>extract</c> and <c>eval</c> read their input folder.</summary>
/// <param name="Recursive">Read sub-folders too (<c>--recursive</c>).</param>
/// <param name="Strict">An error diagnostic about the input makes the exit code 1 (<c>--strict</c>).</param>
/// <param name="ShowReading">Print the "reading N files from DIR" line first (off with <c>--quiet</c>).</param>
internal sealed record InputOptions(bool Recursive, bool Strict, bool ShowReading)
{
    /// <summary>Top folder only, not strict, no reading line: what direct callers of the commands' <c>Run</c> get.</summary>
    public static InputOptions Default { get; } = new(false, false, false);
}
