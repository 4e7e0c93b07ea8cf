using System.Text;
using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.CloudSigma.Errors;

namespace HostingApi.Dialects.CloudSigma.Auth;

/// <summary>
/// HTTP Basic with the account's e-mail and password, on every call (CloudSigma's clients send it
/// each time); missing or wrong credentials answer 401 with CloudSigma's error body and a
/// <c>WWW-Authenticate</c> challenge. The account found is the call's <see cref="Tenant"/>.
/// </summary>
public sealed class BasicAuthFilter : IEndpointFilter
{
    private const string TenantItem = "CloudSigma.Tenant";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (Credentials(http.Request.Headers.Authorization.ToString()) is not var (email, password))
        {
            return Refuse(http);
        }

        try
        {
            var auth = http.RequestServices.GetRequiredService<PasswordAuthentication>();
            http.Items[TenantItem] = await auth.ResolveAsync(email, password, Providers.CloudSigma, http.RequestAborted);
        }
        catch (AuthenticationError)
        {
            return Refuse(http);
        }

        return await next(context);
    }

    /// <summary>The caller's account (the filter ran before any handler).</summary>
    public static Tenant TenantOf(HttpContext http) =>
        http.Items[TenantItem] as Tenant ?? throw new InvalidOperationException("BasicAuthFilter did not run");

    private static IResult Refuse(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Basic realm=\"users\"";
        return ErrorBody.Of(new CloudSigmaError(401, "permission", "Authentication credentials were not provided or are invalid"));
    }

    private static (string Email, string Password)? Credentials(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon <= 0 ? null : (text[..colon], text[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
