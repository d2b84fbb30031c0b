using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ClaimTracker.Cli.Terminal;

/// <summary>
/// Help output whose usage lines name the command <c>claimtracker</c> rather than the executable (<c>ClaimTracker.Cli</c>
/// under <c>dotnet run</c> and in the tool package): System.CommandLine's help is written to a buffer, then the
/// executable name at the start of each usage line is replaced.
/// </summary>
internal sealed class HelpLayout : SynchronousCommandLineAction
{
    /// <summary>The name users type.</summary>
    public const string CommandName = "claimtracker";

    private readonly HelpAction _inner;
    private readonly string _executableName;

    private HelpLayout(HelpAction inner, string executableName)
    {
        _inner = inner;
        _executableName = executableName;
    }

    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <summary>Wraps the help action of every <see cref="HelpOption"/> of <paramref name="root"/>.</summary>
    public static void Apply(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction action)
            {
                help.Action = new HelpLayout(action, root.Name);
            }
        }
    }

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        var buffer = new StringWriter();
        int code;
        configuration.Output = buffer;
        try
        {
            code = _inner.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(UseCommandName(buffer.ToString(), _executableName));
        return code;
    }

    /// <summary>Replaces the executable name at the start of each usage line with <see cref="CommandName"/>.</summary>
    internal static string UseCommandName(string help, string executableName)
    {
        if (string.IsNullOrEmpty(executableName) || executableName == CommandName)
        {
            return help;
        }

        var lines = help.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var prefix = "  " + executableName;
            if (lines[i].StartsWith(prefix, StringComparison.Ordinal) && (lines[i].Length == prefix.Length || lines[i][prefix.Length] is ' ' or '\r'))
            {
                lines[i] = "  " + CommandName + lines[i][prefix.Length..];
            }
        }

        return string.Join('\n', lines);
    }
}
