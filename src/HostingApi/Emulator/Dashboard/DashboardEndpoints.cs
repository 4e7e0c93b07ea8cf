using HostingApi.Core.Coordination;
using HostingApi.Core.Inspection;
using HostingApi.Core.Operations;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;
using HostingApi.Emulator.Faults;
using HostingApi.Emulator.Journal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// <c>/_emulator/ui/</c>: the emulator seen and steered in a browser. Pages are GETs rendered on the
/// server; every button is a form POSTed to <c>/_emulator/ui/actions/{name}</c> (DashboardActions),
/// answered with a redirect back, so it all works with the keyboard and without the script, which
/// only refreshes the open page. With <c>Emulator:Token</c> set, DashboardAccess asks for the token.
/// </summary>
public static class DashboardEndpoints
{
    public const string Base = EmulatorApi.Prefix + "/ui";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app, DashboardOptions options)
    {
        if (!options.Enabled)
        {
            return app;
        }

        var ui = app.MapGroup(Base).AddEndpointFilter(DashboardAccess.RequireAsync);
        ui.MapGet("/", async (HttpContext http, HostingDbContext db, ConfiguredAccounts configured, VirtualClock clock, Snapshots snapshots, CancellationToken ct) =>
            await DashboardPage.RenderAsync<OverviewPage>(http, Parameters(http, options,
                new OverviewModel(await DashboardReads.AccountsAsync(db, configured, ct), DashboardReads.Clock(clock), DashboardReads.SnapshotList(snapshots)))));
        ui.MapGet("/accounts/{id:int}", async (
                int id, HttpContext http, HostingDbContext db, ConfiguredAccounts configured, [FromServices] IEnumerable<IAccountObjectKind> kinds, CancellationToken ct) =>
            await DashboardReads.AccountAsync(id, db, configured, kinds, options.MaxRows, ct) is { } model
                ? await DashboardPage.RenderAsync<AccountPage>(http, Parameters(http, options, model))
                : DashboardPage.NotFound("the account"));
        ui.MapGet("/accounts/{id:int}/{kind}/{objectId:int}", async (
                int id, string kind, int objectId, HttpContext http, HostingDbContext db, ConfiguredAccounts configured, [FromServices] IEnumerable<IAccountObjectKind> kinds,
                CancellationToken ct) =>
            await DashboardReads.ObjectAsync(id, kind, objectId, db, configured, kinds, options.MaxRows, ct) is { } model
                ? await DashboardPage.RenderAsync<ObjectPage>(http, Parameters(http, options, model))
                : DashboardPage.NotFound("the object"));
        ui.MapGet("/operations", async (HttpContext http, HostingDbContext db, CancellationToken ct) =>
            await DashboardPage.RenderAsync<OperationsPage>(http, Parameters(http, options, await DashboardReads.OperationsAsync(db, options.MaxRows, ct))));
        ui.MapGet("/journal", async (HttpContext http, HostingDbContext db, ConfiguredAccounts configured, RequestJournal journal, CancellationToken ct) =>
        {
            var (query, filter) = JournalQueryOf(http.Request.Query);
            var accounts = await DashboardReads.AccountsAsync(db, configured, ct);
            return await DashboardPage.RenderAsync<JournalPage>(http, Parameters(http, options, DashboardReads.Journal(query, filter, journal, accounts, options.MaxRows)));
        });
        ui.MapGet("/journal/{seq:long}", async (long seq, HttpContext http, HostingDbContext db, ConfiguredAccounts configured, RequestJournal journal, CancellationToken ct) =>
            DashboardReads.Call(seq, journal, await DashboardReads.AccountsAsync(db, configured, ct)) is { } model
                ? await DashboardPage.RenderAsync<CallPage>(http, Parameters(http, options, model))
                : DashboardPage.NotFound("the call (the journal keeps the latest calls only)"));
        ui.MapGet("/faults", async (HttpContext http, HostingDbContext db, ConfiguredAccounts configured, FaultInjector faults, OperationPolicies policies, CancellationToken ct) =>
            await DashboardPage.RenderAsync<FaultsPage>(http, Parameters(http, options, DashboardReads.Faults(await faults.ListAsync(ct), policies, await DashboardReads.AccountsAsync(db, configured, ct)))));
        ui.MapGet("/assets/{name}", (string name, HttpContext http) => DashboardAssets.Serve(name, http));
        ui.MapPost("/actions/{action}", DashboardActions.RunAsync);
        return app;
    }

    private static Dictionary<string, object?> Parameters(HttpContext http, DashboardOptions options, object model)
    {
        // Where an action on this page comes back to: the page itself, its last notice left out.
        var query = http.Request.Query.Where(q => q.Key != "notice").ToDictionary(q => q.Key, q => q.Value);
        var back = http.Request.PathBase + http.Request.Path + QueryString.Create(query);
        var notice = http.Request.Query["notice"].ToString();
        return new()
        {
            ["Page"] = new PageContext(back, notice.Length == 0 ? null : notice, options.RefreshSeconds),
            ["Model"] = model,
        };
    }

    // The journal page's form fields are the journal's own filter names; empty ones mean "any".
    private static (JournalQuery Query, IQueryCollection Filter) JournalQueryOf(IQueryCollection query)
    {
        string? Value(string name) => query[name].ToString() is { Length: > 0 } value ? value : null;
        var filter = new Dictionary<string, StringValues>();
        foreach (var name in new[] { "method", "account", "fault", "test_id" })
        {
            if (Value(name) is { } value)
            {
                filter[name] = value;
            }
        }

        return (new JournalQuery(Value("method"), Value("account"), Value("fault"), Value("test_id")), new QueryCollection(filter));
    }
}
