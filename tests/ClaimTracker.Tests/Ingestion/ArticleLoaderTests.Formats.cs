using ClaimTracker.Ingestion;
using ClaimTracker.Model;

namespace ClaimTracker.Tests.Ingestion;

public partial class ArticleLoaderTests
{
    private static readonly ArticleLoader Loader = new(new IngestionOptions { FallbackLanguage = "en" });

    [Fact]
    public void LoadFile_PlainText_KeepsTextVerbatimAndIdFromFileName()
    {
        using var folder = new TempFolder();
        const string text = "  Officials said 10 missiles were fired.\n\nThe ministry denied it.  \n";
        var path = folder.Write("report-7.txt", text);

        var result = Loader.LoadFile(path, new ArticleMetadata(Language: "en"));

        result.Articles.Should().ContainSingle();
        var article = result.Articles[0];
        article.Id.Should().Be("report-7");
        article.Text.Should().Be(text);
        article.Language.Should().Be("en");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void LoadString_MarkdownFrontMatter_ReadsMetadataAndRemovesIt()
    {
        const string md = "---\nid: kim-visit\nlanguage: ar-EG\npublished: 2023-09\noutlet: Example Wire\ntitle: \"Kim: a visit\"\nurl: https://example.org/kim\n---\n# زيارة\n\nقال مسؤول إن **10** صواريخ أطلقت.\n";

        var result = Loader.LoadString(md, ArticleFormat.Markdown);

        var article = result.Articles.Should().ContainSingle().Subject;
        article.Id.Should().Be("kim-visit");
        article.Language.Should().Be("ar");
        article.Published.Should().Be(FuzzyTime.Month(2023, 9));
        article.Outlet.Should().Be("Example Wire");
        article.Title.Should().Be("Kim: a visit");
        article.Url.Should().Be(new Uri("https://example.org/kim"));
        article.Text.Should().Be("# زيارة\n\nقال مسؤول إن **10** صواريخ أطلقت.\n", "Markdown is kept as written so evidence spans point into it");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void LoadString_MarkdownWithoutFrontMatter_KeepsWholeText()
    {
        const string md = "Title\n---\n\nBody text here.";
        var result = Loader.LoadString(md, ArticleFormat.Markdown, new ArticleMetadata("a"));
        result.Articles[0].Text.Should().Be(md);
    }

    [Fact]
    public void LoadString_MarkdownYearOnlyAndDotsFence_YearPrecision()
    {
        const string md = "---\npublished: 2021\n...\nText.";
        var result = Loader.LoadString(md, ArticleFormat.Markdown);
        result.Articles[0].Published.Should().Be(FuzzyTime.Year(2021));
        result.Articles[0].Text.Should().Be("Text.");
    }

    [Fact]
    public void LoadString_UnclosedFrontMatter_WarnsAndKeepsText()
    {
        const string md = "---\ntitle: x\nNo closing fence.";
        var result = Loader.LoadString(md, ArticleFormat.Markdown);
        result.Articles[0].Text.Should().Be(md);
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BadFrontMatter && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void LoadString_InvalidYamlFrontMatter_WarnsRemovesAndIgnores()
    {
        const string md = "---\ntitle: [unclosed\n---\nBody.";
        var result = Loader.LoadString(md, ArticleFormat.Markdown);
        result.Articles[0].Text.Should().Be("Body.");
        result.Articles[0].Title.Should().BeNull();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BadFrontMatter);
    }

    [Fact]
    public void LoadString_BadDateAndUrl_WarnAndDrop()
    {
        const string md = "---\npublished: last Tuesday\nurl: not a url\n---\nBody.";
        var result = Loader.LoadString(md, ArticleFormat.Markdown);
        result.Articles[0].Published.Should().BeNull();
        result.Articles[0].Url.Should().BeNull();
        result.Diagnostics.Select(d => d.Code).Should().Equal(IngestionDiagnostics.BadDate, IngestionDiagnostics.BadUrl);
    }

    [Fact]
    public void LoadString_Html_ExtractsVisibleTextAndMetadata()
    {
        const string html = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Page title | Site</title>
              <meta property="og:title" content="Kim &amp; Putin meet">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2024-06-19T08:00:00Z">
              <link rel="canonical" href="https://example.org/kim-putin">
              <style>p { color: red; }</style>
              <script>var secret = "<p>not text</p>";</script>
            </head>
            <body>
              <nav><ul><li>Home</li><li>World</li></ul></nav>
              <article>
                <h1>Kim &amp; Putin   meet</h1>
                <p>Officials said <b>10&nbsp;missiles</b>
                   were fired &lt;in March&gt;.</p>
                <p>Line one<br>line two</p>
                <script>document.write("hidden")</script>
                <noscript>Enable JavaScript</noscript>
                <div hidden>Invisible</div>
              </article>
            </body>
            </html>
            """;

        var result = Loader.LoadString(html, ArticleFormat.Html, new ArticleMetadata("h"));

        var article = result.Articles.Should().ContainSingle().Subject;
        article.Text.Should().Be("Home\n\nWorld\n\nKim & Putin meet\n\nOfficials said 10 missiles were fired <in March>.\n\nLine one\nline two");
        article.Title.Should().Be("Kim & Putin meet");
        article.Outlet.Should().Be("Example News");
        article.Published.Should().Be(FuzzyTime.Day(2024, 6, 19));
        article.Language.Should().Be("en");
        article.Url.Should().Be(new Uri("https://example.org/kim-putin"));
    }

    [Fact]
    public void LoadString_HtmlWithoutOgTitle_UsesTitleAndTimeElement()
    {
        const string html = "<html lang='ar'><head><title>عنوان الصفحة</title></head><body><p>نص <time datetime='2022-09'>أيلول</time>.</p></body></html>";

        var article = Loader.LoadString(html, ArticleFormat.Html, new ArticleMetadata("h")).Articles.Single();

        article.Title.Should().Be("عنوان الصفحة");
        article.Published.Should().Be(FuzzyTime.Month(2022, 9));
        article.Language.Should().Be("ar");
        article.Text.Should().Be("نص أيلول.");
    }

    [Fact]
    public void LoadString_HtmlWithOnlyScripts_EmptyDiagnostic()
    {
        var result = Loader.LoadString("<html><body><script>alert(1)</script></body></html>", ArticleFormat.Html, new ArticleMetadata("s"));
        result.Articles.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.Empty);
    }

    [Fact]
    public void LoadString_DeeplyNestedHtml_DoesNotOverflow()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<span>", 20000)) + "deep" + "</body>";
        var result = Loader.LoadString(html, ArticleFormat.Html, new ArticleMetadata("d"));
        result.Articles.Single().Text.Should().Be("deep");
    }

    [Theory]
    [InlineData("a.txt", ArticleFormat.PlainText)]
    [InlineData("a.MD", ArticleFormat.Markdown)]
    [InlineData("a.markdown", ArticleFormat.Markdown)]
    [InlineData("dir/a.html", ArticleFormat.Html)]
    [InlineData("a.htm", ArticleFormat.Html)]
    public void FormatFromExtension_Supported_Format(string path, ArticleFormat format) =>
        ArticleLoader.FormatFromExtension(path).Should().Be(format);

    [Fact]
    public void FormatFromExtension_Unsupported_Null() => ArticleLoader.FormatFromExtension("a.pdf").Should().BeNull();
}
