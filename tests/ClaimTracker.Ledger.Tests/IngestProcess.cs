using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ClaimTracker.Model;

namespace ClaimTracker.Ledger.Tests;

/// <summary>Runs <c>claimtracker analyze &lt;dir&gt; --db &lt;ledger&gt;</c> as a child process (the CLI copied next to the tests).</summary>
internal static class IngestProcess
{
    /// <summary>The dotnet host running the tests, else <c>dotnet</c> on the PATH.</summary>
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static Process Start(string dir, string db, string outDir)
    {
        var start = new ProcessStartInfo(Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ClaimTracker.Cli.dll"), "analyze", dir, "--db", db, "--out", outDir, "--format", "json", "-q" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the CLI.");
    }

    /// <summary>Writes <paramref name="articles"/> as .txt files with a manifest, as the loader reads them.</summary>
    public static string WriteCorpus(string dir, IEnumerable<Article> articles)
    {
        Directory.CreateDirectory(dir);
        var entries = new List<string>();
        foreach (var article in articles)
        {
            File.WriteAllText(Path.Combine(dir, article.Id + ".txt"), article.Text);
            entries.Add(JsonSerializer.Serialize(new Dictionary<string, string?>
            {
                ["id"] = article.Id,
                ["file"] = article.Id + ".txt",
                ["language"] = article.Language,
                ["published"] = article.Published?.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["outlet"] = article.Outlet,
            }));
        }

        File.WriteAllText(Path.Combine(dir, "manifest.json"), "{\"format\": \"claimtracker-manifest/1\", \"articles\": [" + string.Join(",", entries) + "]}");
        return dir;
    }
}
