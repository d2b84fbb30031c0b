using System.Text.Json;
using ClaimTracker.Cli.Terminal;

namespace ClaimTracker.Cli.Tests;

public class CatalogOptionTests
{
    private const string EntityId = "org:zorblax-institute";

    private const string CatalogJson = """
        {
          "format": "claimtracker-catalog/1",
          "description": "An invented research body, for the --catalog tests.",
          "source": { "name": "ClaimTracker tests" },
          "entities": [
            {
              "id": "org:zorblax-institute",
              "kind": "organization",
              "names": { "en": ["Zorblax Institute"] },
              "aliases": { "en": { "abbreviation": ["ZBI"] } }
            }
          ]
        }
        """;

    private static (string Corpus, string Catalog) Fixture()
    {
        var corpus = CliRunner.TempDir();
        File.WriteAllText(
            Path.Combine(corpus, "valley.md"),
            "---\nlanguage: en\npublished: 2025-02-04\n---\nThe Zorblax Institute said on Tuesday that 300 families were evacuated from the valley.\n");
        var catalog = Path.Combine(CliRunner.TempDir(), "extra.json");
        File.WriteAllText(catalog, CatalogJson);
        return (corpus, catalog);
    }

    private static IEnumerable<string?> SourceIds(JsonElement claims) =>
        claims.EnumerateArray().Select(c => c.GetProperty("attribution").GetProperty("speaker").TryGetProperty("entityId", out var id) ? id.GetString() : null);

    [Fact]
    public void Extract_CatalogFile_InventedEntityIsMatchedAsTheSource()
    {
        var (corpus, catalog) = Fixture();

        var without = CliRunner.Run("extract", corpus, "--json");
        var with = CliRunner.Run("extract", corpus, "--json", "--catalog", catalog);

        without.Code.Should().Be(0, without.Err);
        with.Code.Should().Be(0, with.Err);
        SourceIds(JsonDocument.Parse(without.Out).RootElement).Should().NotContain(EntityId);
        SourceIds(JsonDocument.Parse(with.Out).RootElement).Should().Contain(EntityId);
    }

    [Fact]
    public void Analyze_CatalogBeforeTheFolder_ReportNamesTheInventedEntity()
    {
        var (corpus, catalog) = Fixture();
        var output = Path.Combine(CliRunner.TempDir(), "out");

        var (code, _, error) = CliRunner.Run("analyze", "--catalog", catalog, corpus, "--out", output, "--format", "json");

        code.Should().Be(0, error);
        var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json"))).RootElement;
        report.GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("source").TryGetProperty("entityId", out var id) ? id.GetString() : null)
            .Should().Contain(EntityId);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("analyze")]
    [InlineData("eval")]
    public void Command_MissingCatalogFile_OneLineErrorWithThePath_ExitCode2(string command)
    {
        var (corpus, _) = Fixture();
        var missing = Path.Combine(CliRunner.TempDir(), "nope.json");
        string[] args = command == "eval" ? [command, corpus, "--gold", missing, "--catalog", missing] : [command, corpus, "--catalog", missing];

        var (code, output, error) = CliRunner.Run(args);

        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Be($"error: catalog file not found: {missing}");
        lines[1].Should().StartWith("hint: ").And.Contain("docs/catalog.md");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"format\": \"claimtracker-catalog/1\", \"entities\": [{\"id\": \"org:x\", \"kind\": \"planet\"}]}")]
    [InlineData("{\"format\": \"something-else/1\", \"entities\": []}")]
    public void Extract_MalformedCatalogFile_OneLineErrorWithThePath_ExitCode2(string text)
    {
        var (corpus, catalog) = Fixture();
        File.WriteAllText(catalog, text);

        var (code, _, error) = CliRunner.Run("extract", corpus, "--catalog", catalog);

        code.Should().Be(ExitCodes.Usage);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("error: bad catalog file").And.Contain(catalog);
        lines[1].Should().StartWith("hint: ");
    }

    [Fact]
    public void Extract_CatalogConflictingWithThePacks_IsAUsageError()
    {
        var (corpus, catalog) = Fixture();
        File.WriteAllText(catalog, """{"format": "claimtracker-catalog/1", "entities": [{"id": "org:un", "kind": "person"}]}""");

        var (code, _, error) = CliRunner.Run("extract", corpus, "--catalog", catalog);

        code.Should().Be(ExitCodes.Usage);
        error.Should().StartWith("error: bad catalog file").And.Contain("org:un");
    }

    [Fact]
    public void Eval_CatalogFile_IsAcceptedAndScores()
    {
        var root = ClaimTracker.Testing.RepoPaths.Root;
        var (_, catalog) = Fixture();

        var (code, output, error) = CliRunner.Run(
            "eval", Path.Combine(root, "samples", "seed-ar"), "--gold", Path.Combine(root, "tests", "fixtures", "eval", "seed-gold.dev.json"),
            "--json", "--catalog", catalog);

        code.Should().Be(0, error);
        JsonDocument.Parse(output).RootElement.GetProperty("mentions").GetProperty("total").GetInt32().Should().BeGreaterThan(0);
    }
}
