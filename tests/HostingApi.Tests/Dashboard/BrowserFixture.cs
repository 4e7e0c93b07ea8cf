using HostingApi.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HostingApi.Tests.Dashboard;

/// <summary>One headless chromium for a test class (starting it costs about a second); each test opens its own page.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.Path))
        {
            return; // every test of the class is skipped
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Path, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
    }

    /// <summary>A page at 1280 px wide (or <paramref name="width"/>), failing fast rather than waiting 30 s.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        page.SetDefaultTimeout(10_000);
        return page;
    }
}
