using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimTracker.Analysis;
using ClaimTracker.Model;
using ClaimTracker.Reporting;
using ClaimTracker.Tests.Reporting;
using ClaimTracker.Text;

namespace ClaimTracker.Tests.Reliability;

/// <summary>
/// Output safety: every string that comes from the input (article id, outlet, title, URL, source names, participant
/// names, quotes) is inert in the Markdown, HTML and JSON-LD reports, and bidi controls are shown, not obeyed.
/// </summary>
public partial class OutputSafetyTests
{
    private const string Rlo = "\u202E";
    private const string Script = "<script>alert(1)</script>";
    private const string MarkdownLink = "[click here](javascript:alert(2))";
    private const string Image = "<img src=x onerror=alert(3)>";
    private const string SpoofedName = "Reuters" + Rlo + "lanoitanretni" + "\u202C";

    private static AnalysisResult HostileResult()
    {
        var proposition = new Proposition("070", [
            new Participant(ParticipantRole.Agent, null, "`rm -rf` *x* " + Image),
            new Participant(ParticipantRole.Object, null, MarkdownLink),
        ]);
        var quote = "Officials said " + Script + " " + MarkdownLink + " ![i](http://t.example/x.png) " + Rlo + "txet";
        Article Make(string id) => new(id, quote, "en", FuzzyTime.Day(2025, 3, 4), Script, MarkdownLink, new Uri("javascript:alert(4)"));
        var articles = new[] { Make("a<b>"), Make("z|y") };
        var claims = articles.Select((a, i) => new Claim(
            $"{a.Id}:c1", proposition, new Attribution(new Source(SourceKind.Organization, SpoofedName + " " + Image)), Stance.Asserts, Polarity.Positive,
            Evidence.From(a, new TextSpan(0, quote.Length)), 0.9, a.Published)).ToArray();
        var index = new ClaimTracker.Indexing.ClaimIndex();
        foreach (var claim in claims)
        {
            index.Add([claim]);
        }

        return new AnalysisResult(articles, claims, index.Relations);
    }

    [Fact]
    public void MarkdownReport_HostileStrings_NoRawHtmlNoLinkInjectionBidiShown()
    {
        var md = ReportSamples.Render(new MarkdownReportWriter(), HostileResult());

        md.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<b>");
        md.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        UnescapedLink().IsMatch(md).Should().BeFalse("no [text](target) survives unescaped:\n" + md);
        md.Should().Contain("\\[click here\\](javascript:alert(2))");
        md.Should().NotContain(Rlo).And.Contain("Reuters⟨U+202E⟩lanoitanretni⟨U+202C⟩");
        md.Should().Contain("\\`rm -rf\\` \\*x\\*");
        md.Split('\n').Where(l => l.StartsWith("| 1 |", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Split(" | ").Should().HaveCount(10, "a '|' in an id or quote must not open an extra cell");
    }

    [Fact]
    public void HtmlReport_HostileStrings_EscapedNoJavascriptUrlBidiShown()
    {
        var html = ReportSamples.Render(new HtmlReportWriter(), HostileResult());

        html.Should().NotContain(Script).And.NotContain(Image).And.NotContain("<b>");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().NotContainAny("href=\"javascript:", "src=\"javascript:", "href='javascript:");
        Regex.IsMatch(html, "<script", RegexOptions.IgnoreCase).Should().BeFalse("the report has no script of its own and lets none in");
        html.Should().NotContain(Rlo).And.Contain("Reuters⟨U+202E⟩lanoitanretni⟨U+202C⟩");
    }

    [Fact]
    public void ClaimReview_HostileStrings_HtmlSafeJsonNoJavascriptUrl()
    {
        var jsonld = ReportSamples.Render(new ClaimReviewWriter(), HostileResult());

        jsonld.Should().NotContain("<").And.NotContain(">").And.NotContain("javascript:alert(4)");
        jsonld.Should().Contain("\\u003Cscript\\u003E");
        using var doc = JsonDocument.Parse(jsonld);
        var texts = new List<string>();
        Collect(doc.RootElement, texts);
        texts.Should().Contain(t => t.Contains(Script, StringComparison.Ordinal), "escaping is JSON escaping: the value reads back unchanged");
        texts.Should().NotContain(t => t.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void JsonReport_HostileStrings_ValidJsonValuesUnchanged()
    {
        var json = ReportSamples.Render(new JsonReportWriter(), HostileResult());

        using var doc = JsonDocument.Parse(json);
        var texts = new List<string>();
        Collect(doc.RootElement, texts);
        texts.Should().Contain(SpoofedName + " " + Image, "the data format keeps names verbatim; readers escape on display");
    }

    [Fact]
    public void MarkBidiControls_EveryOverrideEmbeddingAndIsolate_Marked_MarksKept()
    {
        var all = string.Concat(Enumerable.Range(0x202A, 5).Concat(Enumerable.Range(0x2066, 4)).Select(c => (char)c));

        var marked = ReportText.MarkBidiControls("a" + all + "\u200F\u061Cb");

        marked.Should().Be("a⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩⟨U+202E⟩⟨U+2066⟩⟨U+2067⟩⟨U+2068⟩⟨U+2069⟩\u200F\u061Cb");
    }

    private static void Collect(JsonElement e, List<string> texts)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(e.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Collect(p.Value, texts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray())
                {
                    Collect(x, texts);
                }

                break;
        }
    }

    [GeneratedRegex(@"(?<!\\)\[[^\]\n]*(?<!\\)\]\(")]
    private static partial Regex UnescapedLink();
}
