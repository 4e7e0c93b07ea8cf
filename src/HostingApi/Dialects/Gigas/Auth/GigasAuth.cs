using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gigas.Errors;

namespace HostingApi.Dialects.Gigas.Auth;

/// <summary>
/// Who calls: the <c>Authorization</c> header holds a token from <c>POST /token</c> or an account's API key,
/// raw (the seed's <c>Authorization: $TOKEN</c>), after <c>Bearer </c> (Gigas' documentation for API keys)
/// or as <c>Gigas token=...</c> (an old Gigas script). Only Gigas accounts answer; anything else is 401.
/// </summary>
public static class GigasAuth
{
    public static Tenant Caller(HttpContext context)
    {
        var credential = Credential(context) ?? throw GigasError.Unauthorized("an Authorization header with a token or an API key is required");
        var services = context.RequestServices;
        try
        {
            return Account.IsWellFormedApiKey(credential)
                ? services.GetRequiredService<TenantDirectory>().Resolve(credential, Providers.Gigas)
                : services.GetRequiredService<SessionService>().Resolve(credential, Providers.Gigas);
        }
        catch (AuthenticationError e)
        {
            throw GigasError.Unauthorized(e.Failure == AuthenticationFailure.ExpiredSession ? "token expired" : "invalid token");
        }
    }

    /// <summary>The caller, who must be the account the path names (another account's id answers as missing).</summary>
    public static Tenant Owner(HttpContext context, int accountId)
    {
        var tenant = Caller(context);
        return tenant.AccountId == accountId ? tenant : throw GigasError.NotFound($"account {accountId} not found");
    }

    /// <summary>The credential the request carries, for the journal and fault rules too.</summary>
    public static string? Credential(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString().Trim();
        foreach (var prefix in (string[])["Bearer ", "Gigas token=", "Token token=", "Token "])
        {
            if (header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                header = header[prefix.Length..].Trim().Trim('"');
                break;
            }
        }

        return header.Length == 0 ? null : header;
    }
}
