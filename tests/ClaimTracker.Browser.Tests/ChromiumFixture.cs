using Microsoft.Playwright;

namespace ClaimTracker.Browser.Tests;

/// <summary>
/// One headless Debian <c>chromium</c> per test class, driven by Playwright without its own browser download.
/// When the browser is missing and <c>CI</c> is set the fixture fails with a one-line install hint; when <c>CI</c> is unset
/// the tests that need it are skipped at discovery (<see cref="ChromiumFactAttribute"/>) and the fixture starts nothing.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser; <c>CLAIMTRACKER_CHROMIUM</c> overrides it.</summary>
    public static string ExecutablePath => ChromiumAvailability.ExecutablePath;

    /// <summary>Launch and navigation timeouts: generous, the CI machine is shared.</summary>
    public const float TimeoutMs = 60_000;

    private static readonly string[] Flags =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-extensions",
        "--disable-component-update",
        "--disable-sync",
        // Belt and braces: no host name resolves, so nothing could leave the machine even if a request slipped through.
        "--host-resolver-rules=MAP * ~NOTFOUND",
    ];

    private IPlaywright? _playwright;

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (ChromiumAvailability.SkipReason is not null)
        {
            // Every test that needs the browser is skipped; the class's other tests still run.
            return;
        }

        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Chromium at {ExecutablePath}: install it with `apt-get install -y chromium` (or run .ci/run as root), or set " + ChromiumAvailability.PathVariable + ".");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            Timeout = TimeoutMs,
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>
    /// Opens <paramref name="file"/> through <c>file://</c> in a fresh context that records console errors, page errors,
    /// dialogs (dismissed) and every request, and aborts any request other than the file itself or a <c>data:</c> URI.
    /// </summary>
    public async Task<OpenedPage> OpenAsync(string file)
    {
        var url = new Uri(Path.GetFullPath(file)).AbsoluteUri;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            JavaScriptEnabled = true,
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        var opened = new OpenedPage(context, await context.NewPageAsync(), url);
        await context.RouteAsync("**/*", async route =>
        {
            if (OpenedPage.IsOwn(route.Request.Url, url))
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.AbortAsync("blockedbyclient");
            }
        });
        await opened.Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }
}

/// <summary>A page opened by <see cref="ChromiumFixture.OpenAsync"/> with what it did while loading.</summary>
public sealed class OpenedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private readonly List<string> _requests = [];
    private readonly object _gate = new();

    internal OpenedPage(IBrowserContext context, IPage page, string url)
    {
        _context = context;
        Page = page;
        Url = url;
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "assert")
            {
                Add(_problems, $"console {m.Type}: {m.Text}");
            }
        };
        page.PageError += (_, e) => Add(_problems, "page error: " + e);
        page.Crash += (_, _) => Add(_problems, "page crashed");
        page.Dialog += async (_, d) =>
        {
            Add(_problems, $"dialog {d.Type}: {d.Message}");
            await d.DismissAsync();
        };
        context.Request += (_, r) => Add(_requests, r.Url);
        context.RequestFailed += (_, r) =>
        {
            if (!IsOwn(r.Url, url))
            {
                Add(_requests, r.Url);
            }
        };
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>The <c>file://</c> URL it was opened at.</summary>
    public string Url { get; }

    /// <summary>Console errors, uncaught exceptions, crashes and dialogs, in order.</summary>
    public IReadOnlyList<string> Problems => Snapshot(_problems);

    /// <summary>Every request URL other than the page's own file or a <c>data:</c> URI.</summary>
    public IReadOnlyList<string> ForeignRequests => Snapshot(_requests).Where(u => !IsOwn(u, Url)).Distinct().ToList();

    /// <summary>Whether <paramref name="requested"/> is the page's own file (fragment ignored) or a <c>data:</c> URI.</summary>
    internal static bool IsOwn(string requested, string own)
    {
        if (requested.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var hash = requested.IndexOf('#', StringComparison.Ordinal);
        return string.Equals(hash < 0 ? requested : requested[..hash], own, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void Add(List<string> list, string item)
    {
        lock (_gate)
        {
            list.Add(item);
        }
    }

    private List<string> Snapshot(List<string> list)
    {
        lock (_gate)
        {
            return [.. list];
        }
    }
}
