using System.Globalization;
using System.Text.Json;
using HostingApi.Core.Coordination;
using HostingApi.Core.Errors;
using HostingApi.Core.Operations;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Emulator.Faults;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// The dashboard's buttons: a form POST, done through the control plane's own classes (the same the
/// JSON routes use), then a 303 back to the page with a notice of what happened (Post/Redirect/Get, so a
/// reload never repeats an action).
/// </summary>
public static class DashboardActions
{
    public static async Task<IResult> RunAsync(string action, HttpContext http, CancellationToken ct)
    {
        if (!IsSameOrigin(http.Request))
        {
            return Results.Text("the dashboard's actions are taken from its own pages only", statusCode: StatusCodes.Status403Forbidden);
        }

        var form = await http.Request.ReadFormAsync(ct);
        var services = http.RequestServices;
        string notice;
        try
        {
            notice = await DoAsync(action, form, services, ct) ?? $"unknown action '{action}'";
        }
        catch (CoreError e)
        {
            // An operation that cannot move: the API's own words for the refusal.
            var words = services.GetRequiredService<IErrorWording>().Describe(e);
            notice = $"refused: {words.Text} ({words.Code})";
        }
        catch (Exception e) when (e is FaultRuleException or FormatException or OverflowException or InvalidDataException)
        {
            notice = $"refused: {e.Message}";
        }

        // 303 See Other: the browser follows with a GET, whatever the method was.
        http.Response.Headers.Location = Back(form["return"].ToString(), notice);
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    private static async Task<string?> DoAsync(string action, IFormCollection form, IServiceProvider services, CancellationToken ct)
    {
        string Field(string name) => form[name].ToString().Trim();
        int Id() => int.Parse(Field("id"), NumberStyles.None, CultureInfo.InvariantCulture);
        switch (action)
        {
            case "release":
                var released = await services.GetRequiredService<OperationService>().ControlAsync(Id(), (o, now) => o.Release(now), ct);
                return $"operation {released.Id} released";
            case "fail":
                var failed = await services.GetRequiredService<OperationService>().ControlAsync(Id(), (o, now) => o.InjectFailure("failure injected from the dashboard", now), ct);
                return $"operation {failed.Id} made to fail";
            case "reset-account":
                var accounts = services.GetRequiredService<AccountAdministration>();
                await accounts.EmptyAsync(Id(), ct);
                return "account reset: its objects and operations are gone";
            case "reset-all":
                await services.GetRequiredService<ControlPlaneReset>().ResetAsync(ct);
                return "everything reset to the configured start";
            case "snapshot-save":
                var name = Field("name");
                if (!StateEndpoints.IsName(name))
                {
                    return "refused: a snapshot name is 1 to 100 letters, digits, '-', '_' or '.'";
                }

                services.GetRequiredService<Snapshots>().Save(name, await services.GetRequiredService<IStateStore>().ExportAsync(ct), services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                return $"snapshot '{name}' saved";
            case "snapshot-restore":
                if (services.GetRequiredService<Snapshots>().Find(Field("name")) is not { } state)
                {
                    return $"refused: no snapshot named '{Field("name")}'";
                }

                await services.GetRequiredService<ControlPlaneReset>().ReplaceAsync(state, ct);
                return $"snapshot '{Field("name")}' restored";
            case "clock-freeze":
                var frozen = services.GetRequiredService<VirtualClock>();
                await services.GetRequiredService<SharedSettings>().ChangeAsync(frozen, frozen.Freeze, ct);
                return "clock frozen";
            case "clock-real":
                var real = services.GetRequiredService<VirtualClock>();
                await services.GetRequiredService<SharedSettings>().ChangeAsync(real, real.Real, ct);
                services.GetRequiredService<OperationSchedule>().Wake();
                return "clock running";
            case "clock-advance":
                var seconds = double.Parse(Field("seconds"), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (!double.IsFinite(seconds) || Math.Abs(seconds) > 100 * 365.25 * 86400)
                {
                    return "refused: seconds must be a number (at most 100 years either way)";
                }

                var advanced = services.GetRequiredService<VirtualClock>();
                await services.GetRequiredService<SharedSettings>().ChangeAsync(advanced, () => advanced.Advance(TimeSpan.FromSeconds(seconds)), ct);
                services.GetRequiredService<OperationSchedule>().Wake(); // what became due on the new time runs now
                return $"clock advanced by {seconds.ToString(CultureInfo.InvariantCulture)} s";
            case "fault-add":
                var faults = services.GetRequiredService<FaultInjector>();
                using (var rule = JsonDocument.Parse(FaultRuleForm.ToJson(form)))
                {
                    FaultRuleParser.Parse(rule.RootElement, "checked"); // refused before the write lock is taken
                    FaultRule? added = null;
                    await services.GetRequiredService<SharedSettings>().ChangeAsync(faults, () => faults.Add(added = FaultRuleParser.Parse(rule.RootElement, faults.NextId())), ct);
                    return $"fault rule {added!.Id} added";
                }

            case "fault-remove":
                var removed = await services.GetRequiredService<FaultInjector>().RemoveAsync(services.GetRequiredService<SharedSettings>(), Field("id"), ct);
                return removed ? $"fault rule {Field("id")} removed" : $"refused: no fault rule {Field("id")}";
            case "policy-set":
                var policies = services.GetRequiredService<OperationPolicies>();
                await services.GetRequiredService<SharedSettings>().ChangeAsync(policies, () => policies.Replace(PolicyForm.Apply(policies.Current, form)), ct);
                return "policy set";
            default:
                return null;
        }
    }

    // A page of another site must not be able to post here (a reset from a link in a mail): the browser
    // names the page a form came from, and it must be this server.
    private static bool IsSameOrigin(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site")
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    // Back to a dashboard page only (never an address from the form elsewhere), with the notice.
    private static string Back(string wanted, string notice)
    {
        var page = wanted.StartsWith(DashboardEndpoints.Base + "/", StringComparison.Ordinal) && !wanted.Contains("//", StringComparison.Ordinal) && !wanted.Contains('\\')
            ? wanted
            : DashboardEndpoints.Base + "/";
        return page + (page.Contains('?') ? "&" : "?") + "notice=" + Uri.EscapeDataString(notice);
    }
}
