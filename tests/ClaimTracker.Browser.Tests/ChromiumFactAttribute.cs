namespace ClaimTracker.Browser.Tests;

/// <summary>
/// Where the browser tests look for Chromium and what they do without it: skip (with one line saying how to enable
/// them) on a developer machine, fail on CI (<c>CI</c> set), so a CI machine without the browser is never green.
/// </summary>
public static class ChromiumAvailability
{
    /// <summary>The environment variable that names the Chromium binary instead of Debian's <c>/usr/bin/chromium</c>.</summary>
    public const string PathVariable = "CLAIMTRACKER_CHROMIUM";

    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The start of every skip reason, for scripts that check the tests were skipped for this reason.</summary>
    public const string SkipPrefix = "Chromium not found";

    /// <summary>The Chromium binary: <see cref="PathVariable"/> when set, else <see cref="DefaultPath"/>.</summary>
    public static string ExecutablePath => ExecutablePathFrom(Environment.GetEnvironmentVariable);

    /// <summary>Why the browser tests are skipped, or null when they run (browser found, or <c>CI</c> set: then they fail without it).</summary>
    public static string? SkipReason => SkipReasonFrom(Environment.GetEnvironmentVariable, File.Exists);

    /// <summary>The Chromium binary as <paramref name="variables"/> names it.</summary>
    internal static string ExecutablePathFrom(Func<string, string?> variables) =>
        variables(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>The skip reason for the given environment and file system (null: run the tests).</summary>
    internal static string? SkipReasonFrom(Func<string, string?> variables, Func<string, bool> fileExists)
    {
        var path = ExecutablePathFrom(variables);
        if (fileExists(path) || variables("CI") is { Length: > 0 })
        {
            return null;
        }

        return $"{SkipPrefix} at {path}: browser tests skipped. Enable them with `sudo apt-get install chromium` " +
            $"(or set {PathVariable} to a Chromium binary); with CI set they fail instead.";
    }
}

/// <summary>A fact that needs Chromium: skipped at discovery with <see cref="ChromiumAvailability.SkipReason"/> when it applies.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[Xunit.Sdk.XunitTestCaseDiscoverer("Xunit.Sdk.FactDiscoverer", "xunit.execution.{Platform}")]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when no browser is found and <c>CI</c> is unset.</summary>
    public ChromiumFactAttribute()
    {
        if (ChromiumAvailability.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
