using ClaimTracker.Ingestion;
using ClaimTracker.Model;

namespace ClaimTracker.Tests.Ingestion;

public partial class ArticleLoaderTests
{
    private const string Manifest = """
        {
          "format": "claimtracker-manifest/1",
          "articles": [
            { "id": "m-1", "file": "one.md", "language": "ar", "published": "2024-06-19", "outlet": "Manifest Outlet", "title": null },
            { "id": "m-2", "file": "missing.txt", "language": "ar", "published": "2023", "outlet": null }
          ]
        }
        """;

    [Fact]
    public void LoadDirectory_Manifest_TakesPrecedenceOverFrontMatter()
    {
        using var folder = new TempFolder();
        folder.Write("manifest.json", Manifest);
        folder.Write("one.md", "---\nid: fm-id\nlanguage: en\npublished: 2020-01-01\noutlet: FM Outlet\ntitle: FM title\n---\nText one.");

        var result = Loader.LoadDirectory(folder.Path);

        var article = result.Articles.Should().ContainSingle().Subject;
        article.Id.Should().Be("m-1");
        article.Language.Should().Be("ar");
        article.Published.Should().Be(FuzzyTime.Day(2024, 6, 19));
        article.Outlet.Should().Be("Manifest Outlet");
        article.Title.Should().Be("FM title", "a manifest null leaves the front matter's value");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.ManifestEntry && d.Message.Contains("missing.txt"));
    }

    [Fact]
    public void LoadFile_CallerMetadata_TakesPrecedenceOverFrontMatter()
    {
        using var folder = new TempFolder();
        var path = folder.Write("x.md", "---\nid: fm\noutlet: FM\n---\nText.");
        var article = Loader.LoadFile(path, new ArticleMetadata(Outlet: "Caller")).Articles.Single();
        article.Id.Should().Be("fm");
        article.Outlet.Should().Be("Caller");
    }

    [Fact]
    public void LoadDirectory_FilesNotInManifest_AreIngestedWithFileNameId()
    {
        using var folder = new TempFolder();
        folder.Write("manifest.json", Manifest);
        folder.Write("one.md", "Text one.");
        folder.Write("extra.txt", "Extra text.");
        folder.Write("page.html", "<html lang='en'><body><p>Page text.</p></body></html>");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("extra", "m-1", "page");
        result.Articles.Single(a => a.Id == "extra").Language.Should().Be("en", "the fallback language applies");
    }

    [Fact]
    public void LoadDirectory_AnyCreationOrder_ArticlesSortedById()
    {
        string[] names = ["b", "a10", "A", "a2", "c"];
        using var first = new TempFolder();
        using var second = new TempFolder();
        foreach (var n in names)
        {
            first.Write(n + ".txt", "Text " + n + ".");
        }

        foreach (var n in names.Reverse())
        {
            second.Write(n + ".txt", "Text " + n + ".");
        }

        var one = Loader.LoadDirectory(first.Path).Articles.Select(a => a.Id).ToArray();
        var two = Loader.LoadDirectory(second.Path).Articles.Select(a => a.Id).ToArray();

        one.Should().Equal("A", "a10", "a2", "b", "c");
        two.Should().Equal(one);
    }

    [Fact]
    public void LoadDirectory_DuplicateIds_KeepsFirstFileAndReportsError()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "From txt.");
        folder.Write("b.md", "---\nid: a\n---\nFrom md.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Should().ContainSingle().Which.Text.Should().Be("From txt.");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.DuplicateId && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void LoadDirectory_InvalidManifest_ErrorAndFilesStillIngested()
    {
        using var folder = new TempFolder();
        folder.Write("manifest.json", "{ not json");
        folder.Write("a.txt", "Text.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Should().ContainSingle();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BadManifest && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void LoadDirectory_ManifestWrongFormat_Error()
    {
        using var folder = new TempFolder();
        folder.Write("manifest.json", """{ "format": "other/2", "articles": [] }""");
        folder.Write("a.txt", "Text.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BadManifest && d.Message.Contains("other/2"));
    }

    [Fact]
    public void LoadDirectory_ReadmeUnsupportedAndHiddenFiles_SkippedWithInfo()
    {
        using var folder = new TempFolder();
        folder.Write("README.md", "# About this folder");
        folder.Write("image.png", "PNG");
        folder.Write(".hidden.txt", "Hidden.");
        folder.Write("a.txt", "Text.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("a");
        result.Diagnostics.Where(d => d.Code == IngestionDiagnostics.FileSkipped).Should().HaveCount(3)
            .And.OnlyContain(d => d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void LoadDirectory_Recursive_ReadsSubfoldersOnlyWhenAskedWithIdsFromRelativePaths()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Text.");
        folder.Write("sub/b.txt", "Text b.");

        Loader.LoadDirectory(folder.Path).Articles.Should().ContainSingle();
        new ArticleLoader(new IngestionOptions { FallbackLanguage = "en", Recursive = true }).LoadDirectory(folder.Path)
            .Articles.Select(a => a.Id).Should().Equal("a", "sub/b");
    }

    [Fact]
    public void LoadDirectory_Missing_Throws()
    {
        var act = () => Loader.LoadDirectory(Path.Combine(Path.GetTempPath(), "ct-does-not-exist-" + Guid.NewGuid().ToString("N")));
        act.Should().Throw<DirectoryNotFoundException>().WithMessage("*directory*");
    }

    [Fact]
    public void LoadFile_Missing_Throws()
    {
        var act = () => Loader.LoadFile(Path.Combine(Path.GetTempPath(), "ct-missing-" + Guid.NewGuid().ToString("N") + ".txt"));
        act.Should().Throw<FileNotFoundException>().WithMessage("*path*");
    }

    [Fact]
    public void LoadDirectory_ManifestListsSubfolderAndOutsideFiles_ReadsInsideRefusesOutside()
    {
        using var outside = new TempFolder();
        outside.Write("secret.txt", "Outside text.");
        using var folder = new TempFolder();
        var escape = Path.GetRelativePath(folder.Path, Path.Combine(outside.Path, "secret.txt")).Replace('\\', '/');
        folder.Write("manifest.json", $$"""
            { "format": "claimtracker-manifest/1", "articles": [
              { "id": "deep", "file": "sub/deep.txt", "language": "en" },
              { "id": "escape", "file": "{{escape}}", "language": "en" },
              { "id": "readme", "file": "README.md", "language": "en" }
            ] }
            """);
        folder.Write("sub/deep.txt", "Deep text.");
        folder.Write("README.md", "Listed readme.");

        var result = Loader.LoadDirectory(folder.Path);

        result.Articles.Select(a => a.Id).Should().Equal("deep", "readme");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.ManifestEntry && d.Message.Contains("outside"));
    }

    [Fact]
    public void LoadFile_UnknownExtension_ReadAsPlainText()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.text", "<p>Not HTML here.</p>");
        Loader.LoadFile(path).Articles.Single().Text.Should().Be("<p>Not HTML here.</p>");
    }
}
