using HostingApi.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HostingApi.Tests.Dashboard;

/// <summary>
/// The docs' screenshots (docs/screenshots/*.png), taken by the browser tests only when
/// UPDATE_SCREENSHOTS=1, so an ordinary run, CI's included, leaves the tree clean.
/// </summary>
internal static class Screenshots
{
    public static bool Enabled => Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1";

    public static async Task TakeAsync(IPage page, string name)
    {
        if (Enabled)
        {
            await page.ScreenshotAsync(new() { Path = RepositoryRoot.Combine($"docs/screenshots/{name}.png"), FullPage = true });
        }
    }
}
