using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// The dashboard behind <c>Emulator:Token</c>. A browser cannot add an <c>Authorization</c> header to a
/// link, so besides the header the dashboard takes the token once in the address
/// (<c>/_emulator/ui/?token=...</c>), answers with a cookie and sends the browser to the same page without
/// it. The cookie holds a hash of the token, not the token; it is HttpOnly, SameSite=Strict (never sent
/// from another site's page) and scoped to <c>/_emulator/ui</c>: it opens the dashboard, not the JSON API.
/// </summary>
public static class DashboardAccess
{
    private const string Cookie = "hostingapi_dashboard";

    public static async ValueTask<object?> RequireAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var token = http.RequestServices.GetRequiredService<IOptions<EmulatorOptions>>().Value.Token;
        if (string.IsNullOrEmpty(token)
            || EmulatorApi.Matches(http.Request.Headers.Authorization.ToString(), token)
            || (http.Request.Cookies[Cookie] is { } cookie && Same(cookie, Hash(token))))
        {
            return await next(context);
        }

        if (http.Request.Query["token"].ToString() is { Length: > 0 } offered && Same(Hash(offered), Hash(token)))
        {
            http.Response.Cookies.Append(Cookie, Hash(token), new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Strict, Path = DashboardEndpoints.Base, Secure = http.Request.IsHttps,
            });
            var rest = http.Request.Query.Where(q => q.Key != "token").ToDictionary(q => q.Key, q => q.Value);
            http.Response.Headers.Location = (http.Request.PathBase + http.Request.Path + QueryString.Create(rest)).ToString();
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        }

        return Results.Text(
            "The dashboard needs Emulator:Token: open /_emulator/ui/?token=<the token> once (a cookie keeps it), or send Authorization: Bearer <the token>.",
            "text/plain; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("hostingapi-dashboard:" + token)));

    private static bool Same(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
