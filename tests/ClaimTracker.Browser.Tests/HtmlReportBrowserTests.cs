using System.Text.Json;
using ClaimTracker.Model;
using ClaimTracker.Testing;
using Microsoft.Playwright;

namespace ClaimTracker.Browser.Tests;

/// <summary>Builds the test report once per class.</summary>
public sealed class TestReportFixture
{
    /// <summary>Creates the report under the test output folder.</summary>
    public TestReportFixture()
    {
        Folder = Path.Combine(AppContext.BaseDirectory, "browser-output", "report-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Folder);
        Report = TestReport.Build(Folder);
    }

    /// <summary>The folder the report and screenshots are written to.</summary>
    public string Folder { get; }

    /// <summary>The report.</summary>
    public TestReport Report { get; }
}

public class HtmlReportBrowserTests : IClassFixture<ChromiumFixture>, IClassFixture<TestReportFixture>
{
    /// <summary>Pixels a text edge may sit away from its cell's content edge (sub-pixel layout and rounding).</summary>
    internal const double Tolerance = 2.0;

    /// <summary>Height of the README picture written when <c>CLAIMTRACKER_SCREENSHOT</c> is set.</summary>
    private const int DocsHeight = 1500;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly ChromiumFixture _browser;
    private readonly TestReportFixture _fixture;

    public HtmlReportBrowserTests(ChromiumFixture browser, TestReportFixture fixture)
    {
        _browser = browser;
        _fixture = fixture;
    }

    private TestReport Report => _fixture.Report;

    [Fact]
    public void TestReport_ArticlesAboutOneEvent_HaveCrossLanguageClustersAndRelationsIncludingContradiction()
    {
        Report.ArabicQuotes.Should().NotBeEmpty();
        Report.EnglishQuotes.Should().Contain(q => q.Contains(TestReport.ScriptMarkup, StringComparison.Ordinal) && q.Contains(TestReport.ImgMarkup, StringComparison.Ordinal));
        Report.Graph.Clusters.Should().Contain(c => c.Claims.Select(x => x.Evidence.ArticleId).Distinct().Count() == 2);
        Report.Relations.Should().Contain(r => r.Kind == RelationKind.Contradicts);
        Report.Relations.Should().Contain(r => r.Kind == RelationKind.Corroborates);
    }

    [ChromiumFact]
    public async Task Report_OpenedInChromium_HasNoConsoleErrorsPageErrorsDialogsOrForeignRequests()
    {
        await using var page = await _browser.OpenAsync(Report.Path);
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        (await page.Page.TitleAsync()).Should().Be("ClaimTracker report");
        page.Problems.Should().BeEmpty();
        page.ForeignRequests.Should().BeEmpty("the report must be self-contained");
    }

    [ChromiumFact]
    public async Task Report_QuoteWithScriptAndImgMarkup_IsVisibleTextAndCreatesNoElements()
    {
        await using var page = await _browser.OpenAsync(Report.Path);
        await page.Page.Locator("details.all-claims summary").ClickAsync();

        var text = await page.Page.EvaluateAsync<string>("() => document.body.innerText");
        text.Should().Contain(TestReport.ScriptMarkup).And.Contain(TestReport.ImgMarkup);
        (await page.Page.EvaluateAsync<int>("() => document.querySelectorAll('script').length")).Should().Be(0);
        (await page.Page.EvaluateAsync<int>("() => document.querySelectorAll('img, [onerror]').length")).Should().Be(0);
        page.Problems.Should().BeEmpty("an alert or an error would mean the markup ran");
    }

    [ChromiumFact]
    public async Task Report_ArabicQuotes_RenderRightToLeftAndRightAligned()
    {
        await using var page = await _browser.OpenAsync(Report.Path);

        var cells = await QuoteCellsAsync(page.Page, Report.ArabicQuotes);

        cells.Should().HaveCountGreaterThanOrEqualTo(Report.ArabicQuotes.Count, "every Arabic quote appears in at least one cell");
        foreach (var cell in cells)
        {
            cell.Direction.Should().Be("rtl", cell.Text);
            cell.DirRtl.Should().BeTrue(cell.Text);
            cell.TextRight.Should().BeApproximately(cell.ContentRight, Tolerance, "Arabic starts at the right edge of its cell: " + cell.Text);
            cell.TextLeft.Should().BeGreaterThanOrEqualTo(cell.ContentLeft - Tolerance, cell.Text);
        }
    }

    [ChromiumFact]
    public async Task Report_EnglishQuotes_RenderLeftToRightAndLeftAligned()
    {
        await using var page = await _browser.OpenAsync(Report.Path);

        var cells = await QuoteCellsAsync(page.Page, Report.EnglishQuotes);

        cells.Should().HaveCountGreaterThanOrEqualTo(Report.EnglishQuotes.Count, "every English quote appears in at least one cell");
        foreach (var cell in cells)
        {
            cell.Direction.Should().Be("ltr", cell.Text);
            cell.DirRtl.Should().BeFalse(cell.Text);
            cell.TextLeft.Should().BeApproximately(cell.ContentLeft, Tolerance, "English starts at the left edge of its cell: " + cell.Text);
        }
    }

    [ChromiumFact]
    public async Task Report_MixedArabicAndLatinListItems_ShowInListOrder()
    {
        await using var page = await _browser.OpenAsync(Report.Path);

        var pairs = await ListOrderAsync(page.Page);

        pairs.Should().Contain(p => p.Mixed, "the report has a list that mixes an Arabic item with a Latin one");
        pairs.Should().OnlyContain(p => p.InOrder, "each item of a list shows whole and in reading order: " + string.Join(" | ", pairs.Where(p => !p.InOrder).Select(p => p.First + " / " + p.Second)));
    }

    [ChromiumFact]
    public async Task Report_WideContent_FitsTheViewportWidth()
    {
        await using var page = await _browser.OpenAsync(Report.Path);

        (await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(1280);
    }

    [ChromiumFact]
    public async Task Report_RelationGraphAndTimeline_ArePresentAndVisible()
    {
        await using var page = await _browser.OpenAsync(Report.Path);

        var graphs = page.Page.Locator("svg");
        var shared = Report.Graph.Clusters.Count(c => c.Claims.Select(x => x.Evidence.ArticleId).Distinct().Count() > 1);
        (await graphs.CountAsync()).Should().BeGreaterThanOrEqualTo(shared).And.BeGreaterThan(0);
        for (var i = 0; i < await graphs.CountAsync(); i++)
        {
            var svg = graphs.Nth(i);
            (await svg.IsVisibleAsync()).Should().BeTrue();
            var box = await svg.BoundingBoxAsync();
            box.Should().NotBeNull();
            box!.Width.Should().BeGreaterThan(0);
            box.Height.Should().BeGreaterThan(0);
            (await svg.Locator("circle").CountAsync()).Should().BeGreaterThan(1);
        }

        var lines = page.Page.Locator("svg line");
        (await lines.CountAsync()).Should().BeGreaterThan(0, "relations are drawn as edges");
        (await lines.First.BoundingBoxAsync()).Should().NotBeNull();

        var timeline = page.Page.Locator("xpath=//h2[normalize-space()='Timeline']/following-sibling::table[1]");
        (await timeline.IsVisibleAsync()).Should().BeTrue();
        var timelineBox = await timeline.BoundingBoxAsync();
        timelineBox!.Width.Should().BeGreaterThan(0);
        timelineBox.Height.Should().BeGreaterThan(0);
        var sharedClaims = Report.Graph.Clusters.Where(c => c.Claims.Select(x => x.Evidence.ArticleId).Distinct().Count() > 1).Sum(c => c.Claims.Length);
        (await timeline.Locator("tbody tr").CountAsync()).Should().Be(sharedClaims, "the timeline shows the claims of the clusters found in several articles");
    }

    [ChromiumFact]
    public async Task Report_TimelineToggle_ShowsEveryClaimOnlyWhenOpened()
    {
        await using var page = await _browser.OpenAsync(Report.Path);
        var toggle = page.Page.Locator("details.all-claims");
        var all = toggle.Locator("table");

        (await toggle.IsVisibleAsync()).Should().BeTrue();
        (await all.IsVisibleAsync()).Should().BeFalse("the full list is closed by default");
        await toggle.Locator("summary").ClickAsync();

        (await all.IsVisibleAsync()).Should().BeTrue("a click on the summary opens it, without script");
        (await all.Locator("tbody tr").CountAsync()).Should().Be(Report.Claims.Count);
        (await page.Page.EvaluateAsync<int>("() => document.scripts.length")).Should().Be(0);
    }

    [ChromiumFact]
    public async Task Report_FullPageScreenshot_IsNonEmptyPng()
    {
        // Opt-in (scripts/screenshot-report.sh): CLAIMTRACKER_REPORT names another report to open, e.g. the seed
        // corpus's, and CLAIMTRACKER_SCREENSHOT where to copy the picture (docs/images/report.png).
        var html = Environment.GetEnvironmentVariable("CLAIMTRACKER_REPORT") is { Length: > 0 } other ? other : Report.Path;
        await using var page = await _browser.OpenAsync(html);
        var path = Path.Combine(_fixture.Folder, "report.png");

        var bytes = await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Type = ScreenshotType.Png });

        page.Problems.Should().BeEmpty();
        var file = File.ReadAllBytes(path);
        file.Should().Equal(bytes);
        file.Length.Should().BeGreaterThan(1000);
        file.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "a PNG starts with its signature");
        var (width, height) = PngSize(file);
        width.Should().Be(1280);
        height.Should().BeGreaterThanOrEqualTo(await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollHeight"), "the whole page is captured");
        if (Environment.GetEnvironmentVariable("CLAIMTRACKER_SCREENSHOT") is { Length: > 0 } copy)
        {
            // The README picture: the top of the page (articles and clusters), at most DocsHeight pixels high.
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(copy))!);
            var top = Math.Min(height, DocsHeight);
            var picture = await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = copy, Type = ScreenshotType.Png, FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = width, Height = top } });
            PngSize(picture).Should().Be((width, top));
        }
    }

    private static (int Width, int Height) PngSize(byte[] png)
    {
        // IHDR is the first chunk: 8-byte signature, 4-byte length, "IHDR", then big-endian width and height.
        png.Skip(12).Take(4).Should().Equal("IHDR"u8.ToArray());
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>
    /// For each pair of neighbouring items in the list cells of the clusters table ("; " or ", " separated), whether
    /// the first lies wholly before the second in the cell's direction on every line they share.
    /// </summary>
    internal static async Task<IReadOnlyList<ItemPair>> ListOrderAsync(IPage page)
    {
        const string Script = """
            () => {
              const table = [...document.querySelectorAll('h2')].find(h => h.textContent.trim() === 'Clusters').nextElementSibling;
              const rangeOf = (cell, start, end) => {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                const range = document.createRange();
                let offset = 0, node, begun = false;
                while ((node = walker.nextNode())) {
                  const len = node.data.length;
                  if (!begun && start <= offset + len) { range.setStart(node, start - offset); begun = true; }
                  if (begun && end <= offset + len) { range.setEnd(node, end - offset); return range; }
                  offset += len;
                }
                return range;
              };
              const arabic = /[؀-ۿ]/, latin = /[A-Za-z0-9]/;
              const out = [];
              for (const cell of table.querySelectorAll('tbody td')) {
                const text = cell.textContent;
                const sep = text.includes('; ') ? '; ' : ', ';
                const parts = text.split(sep);
                if (parts.length < 2) continue;
                const rtl = getComputedStyle(cell).direction === 'rtl';
                let at = 0;
                const items = parts.map(p => { const r = [...rangeOf(cell, at, at + p.length).getClientRects()]; at += p.length + sep.length; return { p, r }; });
                for (let i = 0; i + 1 < items.length; i++) {
                  const a = items[i], b = items[i + 1];
                  let inOrder = true;
                  for (const x of a.r) for (const y of b.r) {
                    const sameLine = Math.min(x.bottom, y.bottom) - Math.max(x.top, y.top) > Math.min(x.height, y.height) / 2;
                    if (sameLine && (rtl ? y.right > x.left + 1 : x.right > y.left + 1)) inOrder = false;
                  }
                  const mixed = (arabic.test(a.p) && latin.test(b.p)) || (latin.test(a.p) && arabic.test(b.p));
                  out.push({ first: a.p, second: b.p, inOrder, mixed });
                }
              }
              return JSON.stringify(out);
            }
            """;
        return JsonSerializer.Deserialize<List<ItemPair>>(await page.EvaluateAsync<string>(Script), Json)!;
    }

    internal sealed record ItemPair(string First, string Second, bool InOrder, bool Mixed);

    /// <summary>Every table cell whose whole text is one of <paramref name="quotes"/>, with its resolved direction and edges.</summary>
    internal static async Task<IReadOnlyList<QuoteCell>> QuoteCellsAsync(IPage page, IReadOnlyList<string> quotes)
    {
        // Quotes inside closed <details> (full lists) are measured too: open them first.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        const string Script = """
            quotes => {
              const wanted = new Set(quotes);
              const out = [];
              for (const td of document.querySelectorAll('td')) {
                const text = td.textContent;
                if (!wanted.has(text)) continue;
                const style = getComputedStyle(td);
                const box = td.getBoundingClientRect();
                const range = document.createRange();
                range.selectNodeContents(td);
                const rects = Array.from(range.getClientRects());
                out.push({
                  text,
                  direction: style.direction,
                  dirRtl: td.matches(':dir(rtl)'),
                  contentLeft: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
                  contentRight: box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
                  textLeft: Math.min(...rects.map(r => r.left)),
                  textRight: Math.max(...rects.map(r => r.right)),
                  visible: box.width > 0 && box.height > 0,
                });
              }
              return JSON.stringify(out);
            }
            """;
        var json = await page.EvaluateAsync<string>(Script, quotes.ToArray());
        var cells = JsonSerializer.Deserialize<List<QuoteCell>>(json, Json)!;
        cells.Should().OnlyContain(c => c.Visible);
        return cells;
    }

    internal sealed record QuoteCell(string Text, string Direction, bool DirRtl, double ContentLeft, double ContentRight, double TextLeft, double TextRight, bool Visible);
}
