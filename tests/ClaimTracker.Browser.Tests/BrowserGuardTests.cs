namespace ClaimTracker.Browser.Tests;

/// <summary>
/// The guards the report tests rely on do catch what they claim to: pages that misbehave on purpose are reported.
/// </summary>
public class BrowserGuardTests : IClassFixture<ChromiumFixture>
{
    private readonly ChromiumFixture _browser;

    public BrowserGuardTests(ChromiumFixture browser) => _browser = browser;

    private static string Page(string body)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "browser-output", "guards");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(path, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>" + body + "</body></html>");
        return path;
    }

    [ChromiumFact]
    public async Task OpenAsync_PageWithAlert_ReportsTheDialog()
    {
        await using var page = await _browser.OpenAsync(Page("<script>alert(1)</script>"));

        page.Problems.Should().ContainSingle(p => p.StartsWith("dialog alert: 1", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task OpenAsync_PageWithConsoleErrorAndException_ReportsBoth()
    {
        await using var page = await _browser.OpenAsync(Page("<script>console.error('boom');</script><script>throw new Error('bang');</script>"));

        page.Problems.Should().Contain(p => p.Contains("boom", StringComparison.Ordinal));
        page.Problems.Should().Contain(p => p.StartsWith("page error", StringComparison.Ordinal) && p.Contains("bang", StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task OpenAsync_PageWithRemoteAndLocalResources_ReportsAndBlocksThem()
    {
        var sibling = Page("x");
        await using var page = await _browser.OpenAsync(Page(
            "<img src=\"http://example.invalid/pixel.png\"><link rel=\"stylesheet\" href=\"https://example.invalid/s.css\">" +
            $"<iframe src=\"{new Uri(sibling).AbsoluteUri}\"></iframe><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"));
        await page.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        page.ForeignRequests.Should().Contain("http://example.invalid/pixel.png")
            .And.Contain("https://example.invalid/s.css")
            .And.Contain(new Uri(sibling).AbsoluteUri, "only the report's own file may load, not other local files")
            .And.NotContain(u => u.StartsWith("data:", StringComparison.Ordinal));
        (await page.Page.EvaluateAsync<bool>("() => document.images[0].complete && document.images[0].naturalWidth === 0"))
            .Should().BeTrue("the remote image was blocked");
    }

    [ChromiumFact]
    public async Task OpenAsync_CleanPage_ReportsNothing()
    {
        await using var page = await _browser.OpenAsync(Page("<p dir=\"auto\">نص عربي</p>"));

        page.Problems.Should().BeEmpty();
        page.ForeignRequests.Should().BeEmpty();
    }
}
