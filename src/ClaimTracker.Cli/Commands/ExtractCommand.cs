using System.Collections.Immutable;
using System.CommandLine;
using ClaimTracker.Cli.Terminal;
using ClaimTracker.Ingestion;
using ClaimTracker.Model;
using ClaimTracker.Serialization;

namespace ClaimTracker.Cli.Commands;

/// <summary><c>claimtracker extract &lt;dir&gt; [--json]</c>: loads the articles of a folder and prints their claims.</summary>
internal static class ExtractCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "A folder of articles (txt, md, html; optional manifest.json)." };
        var json = new Option<bool>("--json") { Description = "Print the claims as a JSON array." };
        var catalog = CliOptions.Catalog();
        var command = new Command("extract", "Extract claims (who claims what, how, and when) from a folder of articles.") { dir, json, catalog };
        command.SetAction(parse => Run(parse.GetValue(dir)!, parse.GetValue(json), stdout, stderr, ExtractionSetup.ForCatalogs(parse.GetValue(catalog))));
        return command;
    }

    internal static int Run(string dir, bool json, TextWriter stdout, TextWriter stderr, ExtractionSetup? setup = null)
    {
        try
        {
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine($"error: folder not found: {dir}");
                return 2;
            }

            setup ??= ExtractionSetup.Instance;
            var loaded = setup.Pipeline.Loader.LoadDirectory(dir);
            foreach (var d in loaded.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
            {
                stderr.WriteLine($"{d.Severity.ToString().ToLowerInvariant()}: {d.Code}: {d.Message}");
            }

            var claims = new List<Claim>();
            foreach (var article in loaded.Articles)
            {
                claims.AddRange(setup.Extractor.Extract(article).Claims);
            }

            if (json)
            {
                stdout.WriteLine(ClaimTrackerJson.Serialize(claims.ToImmutableArray(), indented: true));
                return 0;
            }

            foreach (var claim in claims)
            {
                stdout.WriteLine($"{claim.Id}\t{claim.Stance.ToString().ToLowerInvariant()}\t{claim.Polarity.ToString().ToLowerInvariant()}\t{claim.Attribution}\t{claim.Proposition.Signature}");
                stdout.WriteLine($"\t{OneLine(claim.Evidence.Text)}");
            }

            stdout.WriteLine($"{claims.Count} claims from {loaded.Articles.Length} articles.");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    internal static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
