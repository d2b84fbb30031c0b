using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace ClaimTracker.Cli.Terminal;

/// <summary>
/// The <c>--version</c> action: prints the CLI assembly's informational version (<c>0.1.0+commit</c>), whatever the
/// entry assembly is (the tool's, <c>dotnet run</c>'s, or a test host).
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The informational version of the CLI.</summary>
    public static string InformationalVersion { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(InformationalVersion);
        return ExitCodes.Ok;
    }
}
