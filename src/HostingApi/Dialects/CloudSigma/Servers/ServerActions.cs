using System.Text.Json.Nodes;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Servers;

/// <summary>
/// <c>POST /servers/{uuid}/action/?do=start|stop</c>: the core's <c>vm_start</c> / <c>vm_stop</c>; 202
/// <c>{action, result, uuid}</c>. A server not in the state the action needs answers CloudSigma's recorded refusal.
/// </summary>
public static class ServerActions
{
    public static async Task<IResult> RunAsync(string uuid, HttpRequest request, ServerContext c)
    {
        var action = request.Query["do"].ToString();
        var view = await c.ServerAsync(uuid);
        switch (action)
        {
            case "start":
                Require(view, "start", ServerStatus.Stopped);
                await c.Vms.StartAsync(c.Drives.Tenant, view.Vm.Id, c.Drives.Aborted);
                break;
            case "stop":
                Require(view, "stop", ServerStatus.Running);
                await c.Vms.StopAsync(c.Drives.Tenant, view.Vm.Id, c.Drives.Aborted);
                break;
            default:
                throw CloudSigmaError.Validation($"Unknown action '{action}'", "do");
        }

        return ListEnvelope.Json(new JsonObject { ["action"] = action, ["result"] = "success", ["uuid"] = view.Uuid }, StatusCodes.Status202Accepted);
    }

    private static void Require(ServerView view, string action, string status)
    {
        if (view.Status != status)
        {
            throw CloudSigmaError.Permission(
                $"Cannot {action} guest in state \"{ServerStatus.GuestState(view.Status)}\". Guest should be in state \"{ServerStatus.GuestState(status)}\"");
        }
    }
}
