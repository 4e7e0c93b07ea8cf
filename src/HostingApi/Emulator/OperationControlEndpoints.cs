using System.Globalization;
using System.Text.Json;
using HostingApi.Core.Domain;
using HostingApi.Core.Errors;
using HostingApi.Core.Operations;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Emulator;

/// <summary>
/// Operations of every account: list them, move one (release, hold, fail, advance), and rules that make
/// the next operations of a type end in ERROR (under every policy, Instant included).
/// </summary>
public static class OperationControlEndpoints
{
    public static RouteGroupBuilder MapOperationControl(this RouteGroupBuilder control)
    {
        control.MapGet("/operations", ListAsync);
        control.MapPost("/operations/{id:int}/release", (int id, OperationService operations, IErrorWording wording, CancellationToken ct) =>
            Control(wording, () => operations.ControlAsync(id, (o, now) => o.Release(now), ct)));
        control.MapPost("/operations/{id:int}/hold", (int id, OperationService operations, IErrorWording wording, CancellationToken ct) =>
            Control(wording, () => operations.ControlAsync(id, (o, _) => o.Hold(), ct)));
        control.MapPost("/operations/{id:int}/fail", FailAsync);
        control.MapPost("/operations/{id:int}/advance", (int id, OperationService operations, IErrorWording wording, CancellationToken ct) =>
            Control(wording, () => operations.AdvanceAsync(id, ct)));
        control.MapPost("/operations/rules", AddRuleAsync);
        control.MapGet("/operations/rules", (OperationRules rules, HostingDbContext db) => Results.Json(rules.All.Select(Describe)));
        control.MapDelete("/operations/rules", (OperationRules rules) =>
        {
            rules.Clear();
            return Results.NoContent();
        });
        return control;
    }

    private static async Task<IResult> ListAsync(string? account, string? step, string? type, int? limit, HostingDbContext db, AccountAdministration accounts, CancellationToken ct)
    {
        var query = db.Operations.AsNoTracking();
        if (account is not null)
        {
            var owner = await accounts.FindAsync(account, ct);
            if (owner is null)
            {
                return ControlPlaneResults.NotFound("no account has that API key");
            }

            query = query.Where(o => o.AccountId == owner.Id);
        }

        if (step is not null)
        {
            if (!WireName.TryParse<OperationStep>(step, out var parsed))
            {
                return ControlPlaneResults.BadRequest($"step must be one of {string.Join(", ", WireName.All<OperationStep>())}");
            }

            query = query.Where(o => o.Step == parsed);
        }

        if (type is not null)
        {
            query = query.Where(o => o.Type == type);
        }

        var handles = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Handle, ct);
        var page = await query.OrderBy(o => o.Id).Take(Math.Clamp(limit ?? 1000, 1, 10_000)).ToListAsync(ct);
        return Results.Json(page.Select(o => Describe(o, handles.GetValueOrDefault(o.AccountId))));
    }

    private static async Task<IResult> FailAsync(int id, string? error, HttpRequest request, OperationService operations, IErrorWording wording, CancellationToken ct)
    {
        // The text comes as ?error=TEXT or as {"last_error": TEXT}.
        if (error is null && request.ContentLength is > 0)
        {
            string? problem = null;
            var body = await ControlPlaneResults.ReadObjectAsync(request, p => problem = p);
            if (body is null || (body["last_error"] is { } text && text.GetValueKind() != JsonValueKind.String))
            {
                return ControlPlaneResults.BadRequest(problem ?? "last_error must be a string");
            }

            error = (string?)body["last_error"];
        }

        return await Control(wording, () => operations.ControlAsync(id, (o, now) => o.InjectFailure(error ?? "failure injected through the control plane", now), ct));
    }

    private static async Task<IResult> AddRuleAsync(HttpRequest request, OperationRules rules, AccountAdministration accounts, CancellationToken ct)
    {
        string? problem = null;
        var body = await ControlPlaneResults.ReadObjectAsync(request, p => problem = p);
        if (body is null)
        {
            return ControlPlaneResults.BadRequest(problem!);
        }

        if (body.Select(p => p.Key).FirstOrDefault(k => k is not ("type" or "account" or "count" or "last_error")) is { } unknown)
        {
            return ControlPlaneResults.BadRequest($"unknown field '{unknown}'; accepted: type, account, count, last_error");
        }

        if (body["type"] is not { } typeNode || typeNode.GetValueKind() != JsonValueKind.String || !OperationTypes.All.Contains((string)typeNode!))
        {
            return ControlPlaneResults.BadRequest($"type must be an operation type: {string.Join(", ", OperationTypes.All.Order(StringComparer.Ordinal))}");
        }

        var count = 1;
        if (body["count"] is { } countNode && (countNode.GetValueKind() != JsonValueKind.Number || !int.TryParse(countNode.ToJsonString(), CultureInfo.InvariantCulture, out count) || count is < 1 or > 1_000_000))
        {
            return ControlPlaneResults.BadRequest("count must be an integer from 1 to 1000000");
        }

        if (body["last_error"] is { } errorNode && errorNode.GetValueKind() != JsonValueKind.String)
        {
            return ControlPlaneResults.BadRequest("last_error must be a string");
        }

        int? accountId = null;
        if (body["account"] is { } accountNode)
        {
            var owner = accountNode.GetValueKind() == JsonValueKind.String ? await accounts.FindAsync((string)accountNode!, ct) : null;
            if (owner is null)
            {
                return ControlPlaneResults.BadRequest("account must be the API key of an existing account");
            }

            accountId = owner.Id;
        }

        var rule = rules.Add((string)typeNode!, accountId, count, (string?)body["last_error"] ?? "failure injected by an operation rule");
        return Results.Json(Describe(rule), statusCode: StatusCodes.Status201Created);
    }

    private static object Describe(OperationRule rule) => new { type = rule.Type, account_id = rule.AccountId, left = rule.Left, last_error = rule.LastError };

    private static object Describe(Operation o, string? handle) => new
    {
        id = o.Id,
        account = handle,
        type = o.Type,
        step = WireName.Of(o.Step),
        date_created = o.DateCreated,
        date_updated = o.DateUpdated,
        date_start = o.DateStart,
        due_at = o.DueAt,
        held = o.IsPending && o.DueAt is null,
        polls_left = o.PollsLeft,
        last_error = o.LastError,
        instance_id = o.InstanceId,
        vm_id = o.VmId,
        disk_id = o.DiskId,
        iface_id = o.IfaceId,
        ip_id = o.IpId,
    };

    private static async Task<IResult> Control(IErrorWording wording, Func<Task<Operation>> change)
    {
        try
        {
            var o = await change();
            return Results.Json(new { id = o.Id, type = o.Type, step = WireName.Of(o.Step), last_error = o.LastError });
        }
        catch (CoreError e)
        {
            // The refusal as the API's clients would read it (Gandi: faultCode and faultString).
            var words = wording.Describe(e);
            return Results.Json(new { faultCode = words.Code, faultString = words.Text }, statusCode: StatusCodes.Status409Conflict);
        }
    }
}
