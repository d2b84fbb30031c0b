using System.Collections.Immutable;
using System.CommandLine;
using ClaimTracker.Cli.Recognize;
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
        var lang = CliOptions.Lang();
        var recursive = CliOptions.Recursive();
        var strict = CliOptions.Strict();
        var command = new Command("extract", "Extract claims (who claims what, how, and when) from a folder of articles.") { dir, json, catalog, lang, recursive, strict };
        command.SetAction(parse => Run(
            parse.GetValue(dir)!, parse.GetValue(json), stdout, stderr, ExtractionSetup.ForCatalogs(parse.GetValue(catalog)), parse.GetValue(lang),
            new InputOptions(parse.GetValue(recursive), parse.GetValue(strict), !parse.GetValue<bool>(CliOptions.QuietName))));
        return command;
    }

    internal static int Run(
        string dir, bool json, TextWriter stdout, TextWriter stderr, ExtractionSetup? setup = null, string? lang = null, InputOptions? input = null)
    {
        input ??= InputOptions.Default;
        try
        {
            if (!Directory.Exists(dir))
            {
                stderr.WriteLine($"error: folder not found: {dir}");
                return 2;
            }

            var packs = setup?.Packs ?? CliLanguages.Registry;
            if (lang is not null && !packs.TryGet(lang, out _))
            {
                stderr.WriteLine($"error: no language pack for '{lang}'. Hint: use one of {string.Join(", ", packs.Codes)}.");
                return 2;
            }

            if (input.ShowReading)
            {
                DiagnosticPrinter.WriteReading(dir, input.Recursive, stderr);
            }

            setup ??= ExtractionSetup.Instance;
            var loaded = setup.Pipeline.CreateLoader(new IngestionOptions { FallbackLanguage = lang, Recursive = input.Recursive }).LoadDirectory(dir);
            var errors = DiagnosticPrinter.Write(loaded.Diagnostics, stderr, includeInfo: loaded.Articles.IsEmpty);
            if (loaded.Articles.IsEmpty)
            {
                stderr.WriteLine($"error: no article could be read from '{dir}'. Hint: {DiagnosticPrinter.NoArticleHint(dir, input.Recursive, !loaded.Diagnostics.IsEmpty)}");
                return ExitCodes.Failure;
            }

            var claims = new List<Claim>();
            foreach (var article in loaded.Articles)
            {
                claims.AddRange(setup.Extractor.Extract(article).Claims);
            }

            if (json)
            {
                stdout.WriteLine(ClaimTrackerJson.Serialize(claims.ToImmutableArray(), indented: true));
                return input.Strict && errors > 0 ? ExitCodes.Failure : ExitCodes.Ok;
            }

            foreach (var claim in claims)
            {
                stdout.WriteLine($"{claim.Id}\t{claim.Stance.ToString().ToLowerInvariant()}\t{claim.Polarity.ToString().ToLowerInvariant()}\t{claim.Attribution}\t{claim.Proposition.Signature}");
                stdout.WriteLine($"\t{OneLine(claim.Evidence.Text)}");
            }

            stdout.WriteLine($"{claims.Count} claims from {loaded.Articles.Length} articles.");
            return input.Strict && errors > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or KeyNotFoundException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    internal static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
