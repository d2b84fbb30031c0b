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
}
