using System.Text.Json.Nodes;
using HostingApi.Core.Operations;
using HostingApi.Core.Services;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Tags;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Servers;

/// <summary>
/// <c>/api/2.0/servers/</c> as far as drive attachment and libcloud's node calls need: list, detail, get,
/// create (one or several), edit (the drives list), delete (with or without its drives). Start and stop are
/// in <see cref="ServerActions"/>. Servers are the account's core VMs; attaching a drive is a core disk attach.
/// </summary>
public static class ServerEndpoints
{
    public static RouteGroupBuilder MapServers(this RouteGroupBuilder api)
    {
        api.MapGet("/servers/", (HttpRequest request, ServerContext c) => ListAsync(request, c, detail: false));
        api.MapGet("/servers/detail/", (HttpRequest request, ServerContext c) => ListAsync(request, c, detail: true));
        api.MapGet("/servers/{uuid}/", async (string uuid, ServerContext c) => ListEnvelope.Json(ServerWire.Full(await c.ServerAsync(uuid))));
        api.MapPost("/servers/", CreateAsync);
        api.MapPut("/servers/{uuid}/", EditAsync);
        api.MapDelete("/servers/{uuid}/", DeleteAsync);
        api.MapPost("/servers/{uuid}/action/", ServerActions.RunAsync);
        return api;
    }

    /// <summary>The short or full servers of a page; <c>name</c>, <c>uuid</c> and <c>tag</c> filter as the drives' do.</summary>
    public static async Task<IResult> ListAsync(HttpRequest request, ServerContext c, bool detail, Func<ServerView, bool>? only = null)
    {
        var paging = Paging.From(request);
        var names = Paging.Values(request, "name");
        var uuids = Paging.Values(request, "uuid");
        var tags = Paging.Values(request, "tag");
        var matching = (await c.ListAsync())
            .Where(v => (only?.Invoke(v) ?? true) && (names is null || names.Contains(v.Vm.Hostname)) && (uuids is null || uuids.Contains(v.Uuid))
                && (tags is null || v.Attributes.Tags.Any(tags.Contains)))
            .ToList();
        var page = matching.Skip(paging.Offset).Take(paging.Limit == 0 ? int.MaxValue : paging.Limit);
        var objects = page.Select(v => detail ? ServerWire.Full(v) : ServerWire.Short(v));
        return ListEnvelope.Json(ListEnvelope.Of(objects, paging, matching.Count, Paging.Values(request, "fields")));
    }

    /// <summary>
    /// One server or several (one object, a bare list or <c>{objects}</c>), all in one transaction with the quota
    /// checked for all; each is made stopped with its drives attached. <c>201 {objects}</c>.
    /// </summary>
    private static async Task<IResult> CreateAsync(HttpRequest request, ServerContext c, TagBook tags)
    {
        var requests = JsonBody.Objects(await JsonBody.ReadAsync(request, c.Drives.Aborted)).Select(o => ServerRequest.Parse(o).RequireComplete()).ToList();
        if (requests.Count == 0)
        {
            throw CloudSigmaError.Validation("No server to create", "objects");
        }

        var specs = new List<HaltedVmSpec>();
        foreach (var wanted in requests)
        {
            await tags.RequireAsync(wanted.Tags);
            var spec = new VmSpec(c.Drives.DatacenterId, wanted.Name, ServerUnits.MemoryMb(wanted.Mem!.Value), ServerUnits.Cores(wanted.Cpu!.Value, wanted.Smp),
                null, IpVersion(wanted.Nics), null, null, null, null, null);
            specs.Add(new HaltedVmSpec(spec, await c.DiskIdsAsync(wanted.Drives ?? [])));
        }

        var made = (await c.Vms.CreateHaltedAsync(c.Drives.Tenant, specs, c.Drives.Aborted)).Where(o => o.Type == OperationTypes.VmCreate).ToList();
        var answers = new List<JsonObject>();
        foreach (var (operation, wanted) in made.Zip(requests))
        {
            var view = await c.ServerAsync(operation.VmId!.Value);
            var attributes = wanted.Over(view.Attributes);
            await c.SetAttributesAsync(view, attributes);
            answers.Add(ServerWire.Full(view with { Attributes = attributes }));
        }

        return ListEnvelope.Json(ListEnvelope.Objects(answers), StatusCodes.Status201Created);
    }

    /// <summary>
    /// A stopped server takes the whole definition (its drives list attaches and detaches core disks); on any
    /// other only name, meta and tags change, the rest is ignored, as CloudSigma documents. Answers the server.
    /// </summary>
    private static async Task<IResult> EditAsync(string uuid, HttpRequest request, ServerContext c, TagBook tags)
    {
        var view = await c.ServerAsync(uuid);
        var wanted = ServerRequest.Parse(JsonBody.Object(await JsonBody.ReadAsync(request, c.Drives.Aborted)));
        if (!view.Stopped)
        {
            wanted = wanted.OnlyWhileRunning();
        }

        await tags.RequireAsync(wanted.Tags);
        var diskIds = wanted.Drives is { } drives ? await c.DiskIdsAsync(drives) : null;
        int? cores = wanted.Cpu is not null || wanted.Smp is not null ? ServerUnits.Cores(wanted.Cpu ?? view.Attributes.Cpu, wanted.Smp) : null;
        int? memory = wanted.Mem is { } mem ? ServerUnits.MemoryMb(mem) : null;
        await c.Vms.ReviseAsync(c.Drives.Tenant, view.Vm.Id, new VmRevision(wanted.Name, cores, memory, diskIds), c.Drives.Aborted);
        await c.SetAttributesAsync(view, wanted.Over(view.Attributes));
        return ListEnvelope.Json(ServerWire.Full(await c.ServerAsync(view.Vm.Id)));
    }

    /// <summary>
    /// Deletes a stopped server (a running one: 403); <c>recurse=all_drives|disks|cdroms</c> deletes its drives
    /// of that media with it, the others are detached. 204, as a drive's delete.
    /// </summary>
    private static async Task<IResult> DeleteAsync(string uuid, HttpRequest request, ServerContext c)
    {
        var view = await c.ServerAsync(uuid);
        var attached = await c.Drives.PeekAsync([.. view.Disks.Select(d => d.Id)]);
        var recurse = request.Query["recurse"].ToString();
        Func<string, bool> deletes = recurse switch
        {
            "" => _ => false,
            "all_drives" => _ => true,
            "disks" => media => media == "disk",
            "cdroms" => media => media == "cdrom",
            _ => throw CloudSigmaError.Validation($"Select a valid choice. {recurse} is not one of all_drives, disks, cdroms.", "recurse"),
        };
        var deleted = attached.Where(d => deletes(DriveAttributes.Parse(d.Annotation).Media)).Select(d => d.Disk.Id).ToList();
        await c.Vms.DeleteChoosingDisksAsync(c.Drives.Tenant, view.Vm.Id, deleted, c.Drives.Aborted);
        return new DeletionStarted();
    }

    // The core's first iface takes the first NIC's addressing: IPv4 (with IPv6) unless it asks for IPv6 only.
    private static int IpVersion(JsonArray? nics) =>
        nics is [JsonObject first, ..] && first["ip_v4_conf"] is null && first["ip_v6_conf"] is not null ? 6 : 4;
}
