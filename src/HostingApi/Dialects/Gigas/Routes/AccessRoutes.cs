using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gigas.Auth;
using HostingApi.Dialects.Gigas.Errors;
using HostingApi.Dialects.Gigas.Wire;

namespace HostingApi.Dialects.Gigas.Routes;

/// <summary>
/// <c>POST /token</c> (login and password: a token for the <c>Authorization</c> header), <c>GET /accounts</c>
/// (the caller's accounts: the one its credential names) and the job tokens' <c>/transaction/&lt;token&gt;/status</c>.
/// </summary>
public static class AccessRoutes
{
    public static IEndpointRouteBuilder MapAccess(this IEndpointRouteBuilder gigas)
    {
        gigas.MapPost("/token", TokenAsync);
        gigas.MapGet("/accounts", AccountsAsync);
        gigas.MapGet("/transaction/{token}/status", (string token, HttpContext context, OperationService operations, CancellationToken ct) =>
            StatusAsync(GigasAuth.Caller(context), token, operations, ct));
        gigas.MapGet("/account/{accountId:int}/transaction/{token}/status", (int accountId, string token, HttpContext context, OperationService operations, CancellationToken ct) =>
            StatusAsync(GigasAuth.Owner(context, accountId), token, operations, ct));
        return gigas;
    }

    private static async Task<IResult> TokenAsync(HttpContext context, SessionService sessions, CancellationToken ct)
    {
        var body = await GigasBody.ReadAsync(context.Request);
        body.AllowOnly("login", "password", "readonly");
        var login = body.Text("login");
        var password = body.Text("password");
        if (string.IsNullOrEmpty(login) || string.IsNullOrEmpty(password))
        {
            throw GigasError.BadRequest("login and password are required");
        }

        try
        {
            var session = await sessions.OpenAsync(login, password, Providers.Gigas, ct);
            return Results.Json(new { token = session.Id, expires = new DateTimeOffset(session.ExpiresAt).ToUnixTimeSeconds() });
        }
        catch (AuthenticationError)
        {
            throw GigasError.Unauthorized("invalid login or password");
        }
    }

    private static async Task<IResult> AccountsAsync(HttpContext context, AccountAdministration accounts, CancellationToken ct)
    {
        var tenant = GigasAuth.Caller(context);
        var mine = (await accounts.ListAsync(ct)).Where(a => a.Id == tenant.AccountId).Select(a => new
        {
            id = a.Id,
            name = a.FullName,
            login = a.Login,
            created_at = GigasDates.Of(a.DateCreated),
        }).ToList();
        return GigasPaging.Page(context, mine);
    }

    private static async Task<IResult> StatusAsync(Tenant tenant, string token, OperationService operations, CancellationToken ct) =>
        int.TryParse(token, out var id)
            ? Results.Json(GigasJobs.Status(await operations.InfoAsync(tenant, id, ct)))
            : throw GigasError.NotFound("Transaction not found");
}
