using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// Renders a page (a Razor component) to HTML with ASP.NET Core's own static renderer, HtmlRenderer:
/// no Razor Pages, no MVC and no component endpoints to start, so the dashboard adds no services and
/// no start-up work; a renderer lives for one request, and nothing stays in memory after it.
/// </summary>
public static class DashboardPage
{
    // Scripts and styles only from this server (no inline code, nothing fetched from elsewhere), and
    // forms post nowhere else: a value that slipped past Razor's escaping still could not run.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static async Task<IResult> RenderAsync<TPage>(HttpContext context, Dictionary<string, object?> parameters) where TPage : IComponent
    {
        var services = context.RequestServices;
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    public static IResult NotFound(string what) =>
        Results.Text($"{what} was not found", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
}
