using ClaimTracker.Testing;

namespace ClaimTracker.Browser.Tests;

/// <summary>The HTML report of the bundled seed corpus (samples/seed-ar), built once per class.</summary>
public sealed class SeedReportFixture
{
    /// <summary>Analyzes samples/seed-ar into the test output folder.</summary>
    public SeedReportFixture()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "browser-output", "seed-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        Report = TestReport.Analyze(Path.Combine(RepoPaths.Root, "samples", "seed-ar"), Path.Combine(folder, "report.html"));
    }

    /// <summary>The report.</summary>
    public TestReport Report { get; }
}

public class SeedReportBrowserTests : IClassFixture<ChromiumFixture>, IClassFixture<SeedReportFixture>
{
    /// <summary>The size above which the report summarizes a cluster (docs/report-format.md, HtmlReportWriter.LargeCluster).</summary>
    private const int LargeCluster = 8;

    private readonly ChromiumFixture _browser;
    private readonly TestReport _report;

    public SeedReportBrowserTests(ChromiumFixture browser, SeedReportFixture fixture)
    {
        _browser = browser;
        _report = fixture.Report;
    }

    [ChromiumFact]
    public async Task SeedReport_OpenedInChromium_IsCleanSelfContainedAndFitsTheWindow()
    {
        await using var page = await _browser.OpenAsync(_report.Path);
        await page.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        page.Problems.Should().BeEmpty();
        page.ForeignRequests.Should().BeEmpty();
        (await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(1280);
        (await page.Page.Locator("svg").CountAsync()).Should().BeGreaterThan(0);
    }

    [ChromiumFact]
    public async Task SeedReport_ListsOfArabicAndLatinItems_ShowInListOrder()
    {
        await using var page = await _browser.OpenAsync(_report.Path);

        var pairs = await HtmlReportBrowserTests.ListOrderAsync(page.Page);

        pairs.Should().Contain(p => p.Mixed);
        pairs.Where(p => !p.InOrder).Select(p => p.First + " / " + p.Second).Should().BeEmpty();
    }

    [ChromiumFact]
    public async Task SeedReport_ArabicQuotes_RenderRightToLeftAndRightAligned()
    {
        await using var page = await _browser.OpenAsync(_report.Path);

        var cells = await HtmlReportBrowserTests.QuoteCellsAsync(page.Page, _report.Claims.Select(c => c.Evidence.Text).Distinct().ToList());

        cells.Should().HaveCountGreaterThanOrEqualTo(_report.Claims.Count, "every claim's quote is in the timeline");
        cells.Where(c => c.Direction != "rtl" || !c.DirRtl).Select(c => c.Text).Should().BeEmpty();
        cells.Where(c => Math.Abs(c.TextRight - c.ContentRight) > HtmlReportBrowserTests.Tolerance).Select(c => c.Text).Should().BeEmpty();
    }

    [ChromiumFact]
    public async Task SeedReport_ClusterAnchor_ScrollsToTheClusterAndShowsIt()
    {
        await using var page = await _browser.OpenAsync(_report.Path);
        var target = await page.Page.EvaluateAsync<string>("() => document.querySelectorAll('section[id^=cluster-]')[3].id");

        await page.Page.Locator($"a[href='#{target}']").ClickAsync();
        await page.Page.WaitForFunctionAsync("id => location.hash === '#' + id", target);

        var state = await page.Page.EvaluateAsync<double[]>(
            """
            id => {
              const s = document.getElementById(id), r = s.getBoundingClientRect();
              const hit = document.elementFromPoint(innerWidth / 2, Math.max(r.top, 0) + 40);
              return [scrollY, r.top, r.height, hit && s.contains(hit) ? 1 : 0, s.matches(':target') ? 1 : 0];
            }
            """, target);
        state[0].Should().BeGreaterThan(0, "the page scrolled");
        state[1].Should().BeInRange(-1, 60, "the cluster's heading is at the top of the window");
        state[2].Should().BeGreaterThan(100);
        state[3].Should().Be(1, "what is drawn at the top of the window is the cluster, not a blank page");
        state[4].Should().Be(1);
        (await page.Page.Locator($"#{target} h3").IsVisibleAsync()).Should().BeTrue();
        page.Problems.Should().BeEmpty();
    }

    [ChromiumFact]
    public async Task SeedReport_LargeCluster_ShowsSummaryAndRepresentativesFirstAndTheFullListWhenOpened()
    {
        var large = _report.Graph.Clusters.Where(c => c.Claims.Select(x => x.Evidence.ArticleId).Distinct().Count() > 1)
            .FirstOrDefault(c => c.Claims.Length > LargeCluster);
        large.Should().NotBeNull("the seed corpus has a cluster of more than eight claims");
        await using var page = await _browser.OpenAsync(_report.Path);
        var section = page.Page.Locator("section:has(details)").First;

        (await section.Locator("h4").AllInnerTextsAsync()).Should().Equal("Summary", "Representative claims");
        (await section.Locator("table.counts").First.IsVisibleAsync()).Should().BeTrue();
        (await section.Locator("h4 + table tbody tr").Last.IsVisibleAsync()).Should().BeTrue();
        var full = section.Locator("details > table").First;
        (await full.IsVisibleAsync()).Should().BeFalse("the full list is closed by default");
        var graph = section.Locator("svg.by-article");
        (await graph.IsVisibleAsync()).Should().BeTrue();
        (await graph.Locator("circle").CountAsync()).Should().Be(large!.Claims.Select(c => c.Evidence.ArticleId).Distinct().Count(), "one node per article");

        await section.Locator("details > summary").ClickAsync();

        (await full.IsVisibleAsync()).Should().BeTrue();
        (await full.Locator("tbody tr").CountAsync()).Should().Be(large.Claims.Length);
        page.Problems.Should().BeEmpty();
    }
}
