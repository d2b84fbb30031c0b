using System.Text;
using ClaimTracker.Ingestion;

namespace ClaimTracker.Tests.Reliability;

/// <summary>Hostile input, HTML and Markdown family: active content never becomes article text, and nothing expands.</summary>
public class HostileMarkupTests
{
    private static readonly ArticleLoader Loader = new(new IngestionOptions { FallbackLanguage = "en" });

    [Fact]
    public void LoadString_HtmlScriptStyleCommentsCdata_OnlyVisibleTextKept()
    {
        const string Html = """
            <html><head><script>var leak = "HEAD-SCRIPT";</script><style>p{} /* STYLE */</style></head>
            <body><p>Visible one.</p><script type="text/javascript">document.write("BODY-SCRIPT")</script>
            <!-- COMMENT <p>not a paragraph</p> --><![CDATA[ CDATA-TEXT ]]><noscript>NOSCRIPT</noscript>
            <svg><script>SVG-SCRIPT</script><![CDATA[SVG-CDATA]]></svg><template><p>TEMPLATE</p></template>
            <p onclick="alert('HANDLER')">Visible <a href="javascript:alert('HREF')">two</a>.</p></body></html>
            """;

        var result = Loader.LoadString(Html, ArticleFormat.Html, new ArticleMetadata("page"));

        var text = result.Articles.Single().Text;
        text.Should().Be("Visible one.\n\nVisible two.");
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void LoadString_HtmlEntityBomb_NotExpanded()
    {
        var sb = new StringBuilder("<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\">");
        for (var i = 1; i < 10; i++)
        {
            sb.Append("<!ENTITY e").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat(i == 1 ? "&a;" : $"&e{i - 1};", 10))).Append("\">");
        }

        sb.Append("]><html><body><p>Start &e9; end &amp; &#x41; &#1114112; &#0; &#xD800; &bogus;</p></body></html>");

        var result = Loader.LoadString(sb.ToString(), ArticleFormat.Html, new ArticleMetadata("bomb"));

        var text = result.Articles.Single().Text;
        // HTML5 has no DTD: the internal subset is not read (its declarations become bogus comments), so nothing expands.
        text.Should().Contain("Start &e9; end & A").And.EndWith("&bogus;").And.NotContain("aaaaaaaaaaaaaaaaaaaa");
        text.Length.Should().BeLessThan(100, "a billion-laughs document must not expand");
    }

    [Fact]
    public void LoadString_HtmlTenThousandNestedElements_ReadWithoutStackOverflow()
    {
        var html = string.Concat(Enumerable.Repeat("<div><blockquote>", 5_000)) + "Deep text." + string.Concat(Enumerable.Repeat("</blockquote></div>", 5_000));

        var result = Loader.LoadString(html, ArticleFormat.Html, new ArticleMetadata("deep"));

        result.Articles.Single().Text.Should().Be("Deep text.");
    }

    [Fact]
    public void LoadString_HtmlJavascriptCanonicalUrl_BadUrlWarningNoUrl()
    {
        const string Html = """<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>Text.</p></body></html>""";

        var result = Loader.LoadString(Html, ArticleFormat.Html, new ArticleMetadata("js"));

        result.Articles.Single().Url.Should().BeNull();
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BadUrl && d.Message.Contains("'js'") && d.Message.Contains("not an http or https URL"));
    }

    [Theory]
    [InlineData("<html lang=\"article:publishe>t</title><meta property=\"><body><p>Text.</p></body></html>", ArticleFormat.Html)]
    [InlineData("---\nlanguage: ar jest\n---\nText.", ArticleFormat.Markdown)]
    [InlineData("---\nlanguage: a2024\n---\nText.", ArticleFormat.Markdown)]
    public void LoadString_GarbageLanguageTag_WarningAndFallbackLanguage(string content, ArticleFormat format)
    {
        var result = Loader.LoadString(content, format, new ArticleMetadata("g"));

        result.Articles.Single().Language.Should().Be("en", "the fallback applies as if no language were given");
        result.Diagnostics.Should().ContainSingle(d => d.Code == IngestionDiagnostics.BadLanguage && d.Message.Contains("'g'") && d.Message.Contains("not a BCP 47 language tag"));
    }

    [Fact]
    public void LoadString_MarkdownFrontMatterBillionLaughs_RefusedOrBoundedNotExpanded()
    {
        var yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 9; i++)
        {
            var prev = i == 1 ? "a" : $"b{i - 1}";
            yaml.Append('b').Append(i).Append(": &b").Append(i).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
        }

        yaml.Append("title: Bomb\n---\nBody text.\n");

        var result = Loader.LoadString(yaml.ToString(), ArticleFormat.Markdown, new ArticleMetadata("yaml"));

        result.Articles.Single().Text.Should().Be("Body text.\n");
    }
}
