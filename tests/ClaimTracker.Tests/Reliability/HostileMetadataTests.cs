using ClaimTracker.Catalog;
using ClaimTracker.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using ClaimTracker.Ingestion;
using ClaimTracker.Lexicons;
using ClaimTracker.Model;
using ClaimTracker.Tests.Ingestion;

namespace ClaimTracker.Tests.Reliability;

/// <summary>Hostile input, metadata and configuration family: ids, dates, manifests, catalogs and lexicons.</summary>
public class HostileMetadataTests
{
    private static readonly ArticleLoader Loader = new(new IngestionOptions { FallbackLanguage = "en" });

    [Fact]
    public void LoadDirectory_DuplicateIdsFromManifestAndFrontMatter_FirstKeptErrorNamesId()
    {
        using var folder = new TempFolder();
        folder.Write("manifest.json", """{ "format": "claimtracker-manifest/1", "articles": [ { "file": "a.txt", "id": "same" } ] }""");
        folder.Write("a.txt", "Text a.");
        folder.Write("b.md", "---\nid: same\n---\nText b.");
        folder.Write("c.txt", "Text c.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("c", "same");
        result.Articles.Single(a => a.Id == "same").Text.Should().Be("Text a.");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.DuplicateId && d.Severity == DiagnosticSeverity.Error && d.Message.Contains("'same'"));
    }

    [Theory]
    [InlineData("0001", 1, 1, 1)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9998", 9998, 1, 1)]
    [InlineData("9999-11", 9999, 11, 1)]
    [InlineData("9999-12-30", 9999, 12, 30)]
    public void LoadString_ExtremeRepresentableDates_Read(string published, int year, int month, int day)
    {
        var result = Loader.LoadString($"---\npublished: \"{published}\"\n---\nText.", ArticleFormat.Markdown, new ArticleMetadata("d"));

        result.Articles.Single().Published!.Value.Start.Should().Be(new DateTime(year, month, day));
        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("9999-12")]
    [InlineData("9999-12-31")]
    [InlineData("0000")]
    [InlineData("0000-01-01")]
    [InlineData("99999-01-01")]
    public void LoadString_UnrepresentableDates_BadDateWarningArticleKept(string published)
    {
        var result = Loader.LoadString($"---\npublished: \"{published}\"\n---\nText.", ArticleFormat.Markdown, new ArticleMetadata("d"));

        result.Articles.Single().Published.Should().BeNull();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BadDate && d.Message.Contains("'d'") && d.Message.Contains(published));
    }

    [Fact]
    public void LoadDirectory_ManifestDates0001And9999_FirstReadSecondWarned()
    {
        using var folder = new TempFolder();
        folder.Write("manifest.json", """
            { "format": "claimtracker-manifest/1", "articles": [
              { "file": "old.txt", "published": "0001-01-01" },
              { "file": "late.txt", "published": "9999-12-31" } ] }
            """);
        folder.Write("old.txt", "Old text.");
        folder.Write("late.txt", "Late text.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Single(a => a.Id == "old").Published.Should().Be(FuzzyTime.Day(1, 1, 1));
        result.Articles.Single(a => a.Id == "late").Published.Should().BeNull();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BadDate && d.Message.Contains("'late.txt'"));
    }

    [Fact]
    public void LoadDirectory_ManifestTenThousandNestedArrays_BadManifestFilesRead()
    {
        using var folder = new TempFolder();
        folder.Write("manifest.json", "{\"articles\":" + new string('[', 10_000) + new string(']', 10_000) + "}");
        folder.Write("a.txt", "Text.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("a");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BadManifest && d.Message.Contains("'manifest.json'") && d.Message.Contains("depth"));
    }

    [Fact]
    public void CatalogLoadFile_MalformedJson_CatalogExceptionWithFileLineAndReason()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad-catalog.json", "{\n  \"format\": \"claimtracker-catalog/1\",\n  \"entities\": [\n    { \"id\": \"gov:XX\", }\n    oops\n  ]\n}\n");

        var act = () => CatalogContribution.LoadFile(path);

        act.Should().Throw<CatalogException>().Which.Message.Should().Contain(path).And.Contain("not valid JSON").And.Contain("line 5");
    }

    [Fact]
    public void CatalogLoadFile_WrongKind_CatalogExceptionNamingFileAndEntity()
    {
        using var folder = new TempFolder();
        var path = folder.Write("kind.json", """
            { "format": "claimtracker-catalog/1", "entities": [ { "id": "gov:XX", "kind": "planet", "names": { "en": ["X"] } } ] }
            """);

        var act = () => CatalogContribution.LoadFile(path);

        act.Should().Throw<CatalogException>().Which.Message.Should().Contain(path).And.Contain("entity 'gov:XX'").And.Contain("unknown kind 'planet'");
    }

    [Fact]
    public void AddClaimTracker_MalformedCatalogFile_FailsAtStartNamingFileAndLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("extra.json", "{ \"format\": \"claimtracker-catalog/1\",\n  \"entities\": [ { \"id\": \"gov:XX\" ]\n}");
        using var provider = new ServiceCollection()
            .AddClaimTracker(o => { o.AddLanguage(new ClaimTracker.Tests.ThirdLanguage.FrenchTestPack()); o.Catalog.Files.Add(path); })
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<EntityCatalog>();

        act.Should().Throw<CatalogException>().Which.Message.Should().Contain(path).And.Contain("line 2");
    }

    [Fact]
    public void LexiconParse_MalformedYaml_LexiconFormatExceptionWithNameLineAndReason()
    {
        const string Yaml = "language: xx\nentries:\n  - text: one\n  - text: [unclosed\n  - text: three\n";

        var act = () => LexiconLoader.Parse<LexiconTextEntry>(Yaml, "cues.yaml");

        act.Should().Throw<LexiconFormatException>().Which.Message.Should().Contain("'cues.yaml'").And.Contain("line 4, column 11");
    }

    /// <summary>A lexicon entry shape for the malformed-lexicon test.</summary>
    public sealed class LexiconTextEntry
    {
        public string Text { get; set; } = "";
    }
}
