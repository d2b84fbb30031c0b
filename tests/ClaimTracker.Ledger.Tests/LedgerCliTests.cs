using System.Text.Json;
using ClaimTracker.Cli;
using static ClaimTracker.Ledger.Tests.LedgerTestSupport;

namespace ClaimTracker.Ledger.Tests;

/// <summary><c>analyze --db</c>, <c>report --db</c> and <c>check</c>, run in-process.</summary>
public sealed class LedgerCliTests : IDisposable
{
    private static readonly string[] Reports = ["report.md", "report.json", "report.html", "claimreview.jsonld"];
    private readonly string _dir = TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Invoke(args, new StringReader(""), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Copies the seed articles with the given ids (and the manifest entries for them) into a new folder.</summary>
    private string Batch(string name, params string[] ids)
    {
        var dir = Path.Combine(_dir, name);
        Directory.CreateDirectory(dir);
        File.Copy(Path.Combine(SeedDir, "README.md"), Path.Combine(dir, "README.md"));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedDir, "manifest.json")));
        var entries = manifest.RootElement.GetProperty("articles").EnumerateArray().Where(e => ids.Contains(e.GetProperty("id").GetString())).ToList();
        foreach (var entry in entries)
        {
            var file = entry.GetProperty("file").GetString()!;
            File.Copy(Path.Combine(SeedDir, file), Path.Combine(dir, file));
        }

        var json = "{\"format\": \"claimtracker-manifest/1\", \"articles\": [" + string.Join(",", entries.Select(e => e.GetRawText())) + "]}";
        File.WriteAllText(Path.Combine(dir, "manifest.json"), json);
        return dir;
    }

    [Fact]
    public void AnalyzeDb_SeedInTwoBatchesThenAgain_ReportsByteIdenticalToFreshAnalyze()
    {
        var ids = Seed.Select(a => a.Id).Order(StringComparer.Ordinal).ToArray();
        var db = Path.Combine(_dir, "ledger.db");
        Cli("analyze", SeedDir, "--out", Path.Combine(_dir, "fresh")).Code.Should().Be(0);

        Cli("analyze", Batch("b1", ids[..3]), "--db", db, "--out", Path.Combine(_dir, "r1")).Code.Should().Be(0);
        var second = Cli("analyze", Batch("b2", ids[3..]), "--db", db, "--out", Path.Combine(_dir, "r2"));
        var third = Cli("analyze", SeedDir, "--db", db, "--out", Path.Combine(_dir, "r3"));
        var report = Cli("report", "--db", db, "--out", Path.Combine(_dir, "r4"));

        second.Out.Should().Contain($"ledger: {ids.Length - 3} added, 0 updated, 0 unchanged");
        third.Out.Should().Contain($"ledger: 0 added, 0 updated, {ids.Length} unchanged, 0 comparisons.");
        report.Code.Should().Be(0, report.Err);
        foreach (var file in Reports)
        {
            var fresh = File.ReadAllBytes(Path.Combine(_dir, "fresh", file));
            File.ReadAllBytes(Path.Combine(_dir, "r3", file)).Should().Equal(fresh, file + " from analyze --db");
            File.ReadAllBytes(Path.Combine(_dir, "r4", file)).Should().Equal(fresh, file + " from report --db");
        }
    }

    [Fact]
    public void Report_Since_WritesOnlyLaterArticles()
    {
        var db = Path.Combine(_dir, "ledger.db");
        Cli("analyze", SeedDir, "--db", db, "--out", Path.Combine(_dir, "all")).Code.Should().Be(0);

        var (code, output, _) = Cli("report", "--db", db, "--out", Path.Combine(_dir, "since"), "--format", "json", "--since", "2024-01-01");

        code.Should().Be(0);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "since", "report.json")));
        var published = report.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("published").GetProperty("start").GetString()).ToList();
        published.Should().NotBeEmpty().And.OnlyContain(p => string.CompareOrdinal(p, "2024-01-01") >= 0);
        published.Count.Should().BeLessThan(Seed.Length);
        output.Should().StartWith($"{published.Count} articles");
    }

    [Fact]
    public void Help_ListsReportAndCheck_AndAnalyzeOffersDb()
    {
        Cli("--help").Out.Should().Contain("report").And.Contain("check");
        Cli("analyze", "--help").Out.Should().Contain("--db");
        Cli("check", "--help").Out.Should().Contain("--json").And.Contain("--lang");
    }

    [Fact]
    public void Report_MissingLedgerFile_UsageError()
    {
        var (code, _, err) = Cli("report", "--db", Path.Combine(_dir, "none.db"), "--out", Path.Combine(_dir, "out"));

        code.Should().Be(2);
        err.Should().Contain("ledger file not found").And.Contain("hint:");
        File.Exists(Path.Combine(_dir, "none.db")).Should().BeFalse("report never creates a ledger");
    }

    [Fact]
    public async Task Check_ArabicStatement_ListsStoredClaimWithSourceArticleAndReasons()
    {
        var db = Path.Combine(_dir, "ledger.db");
        Cli("analyze", SeedDir, "--db", db, "--out", Path.Combine(_dir, "r")).Code.Should().Be(0);
        var (claim, _) = await FindableClaimAsync(db, "ar");

        var (code, output, err) = Cli("check", claim.Evidence.Text, "--db", db, "--lang", "ar");

        code.Should().Be(0, err);
        output.Should().Contain("matching claims, best first").And.Contain($"claim {claim.Id}:")
            .And.Contain($"article {claim.Evidence.ArticleId}").And.Contain(claim.Attribution.Speaker.Name).And.Contain("   - ");
    }

    [Fact]
    public async Task Check_EnglishStatementJson_MatchesBestFirstWithSources()
    {
        var db = Path.Combine(_dir, "ledger.db");
        Cli("analyze", EnglishDir, "--db", db, "--out", Path.Combine(_dir, "r")).Code.Should().Be(0);
        var (claim, _) = await FindableClaimAsync(db, "en");

        var (code, output, err) = Cli("check", claim.Evidence.Text, "--db", db, "--json");

        code.Should().Be(0, err);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("language").GetString().Should().Be("en", "the language is detected from the script");
        var matches = json.RootElement.GetProperty("matches").EnumerateArray().ToList();
        matches.Select(m => m.GetProperty("score").GetDouble()).Should().BeInDescendingOrder();
        var match = matches.Single(m => m.GetProperty("claim").GetString() == claim.Id);
        match.GetProperty("source").GetProperty("name").GetString().Should().Be(claim.Attribution.Speaker.Name);
        match.GetProperty("article").GetProperty("id").GetString().Should().Be(claim.Evidence.ArticleId);
        match.GetProperty("reasons").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Check_StatementWithoutClaim_SaysNothingRelates()
    {
        var db = Path.Combine(_dir, "ledger.db");
        Cli("analyze", EnglishDir, "--db", db, "--out", Path.Combine(_dir, "r")).Code.Should().Be(0);

        var (code, output, _) = Cli("check", "Nothing.", "--db", db, "--lang", "en");

        code.Should().Be(0);
        output.Should().Contain("No claim in the ledger relates to this statement.");
    }

    /// <summary>A stored claim with a named speaker that the look-up finds again from its own sentence.</summary>
    private static async Task<(Model.Claim Claim, LedgerMatch Match)> FindableClaimAsync(string db, string language)
    {
        await using var ledger = await SqliteClaimLedger.OpenAsync(db, Options());
        foreach (var claim in (await ledger.LoadAnalysisAsync()).Claims.Where(c => c.Attribution.Speaker.EntityId is not null && c.Proposition.Participants.Length > 1))
        {
            if ((await ledger.FindAsync(claim.Evidence.Text, language)).FirstOrDefault(m => m.Claim.Id == claim.Id) is { } match)
            {
                return (claim, match);
            }
        }

        throw new InvalidOperationException("No stored claim is found again from its own sentence.");
    }
}
