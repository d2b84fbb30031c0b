using ClaimTracker.Cli.Terminal;

namespace ClaimTracker.Cli.Tests;

/// <summary>Runs the CLI in-process through <see cref="CliApp.Invoke(string[], TextReader, TextWriter, TextWriter, CliEnvironment?)"/>.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args) => RunIn(null, args);

    public static (int Code, string Out, string Err) RunIn(CliEnvironment? environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Invoke(args, new StringReader(""), stdout, stderr, environment);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static string TempDir(string prefix = "ct-cli-")
    {
        var dir = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
