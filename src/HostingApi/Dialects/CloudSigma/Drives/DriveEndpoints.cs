using System.Text.Json.Nodes;
using HostingApi.Core.Services;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Tags;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Drives;

/// <summary>
/// <c>/api/2.0/drives/</c> (seed 004): list, detail, get, create (one or several), edit, delete (one
/// or bulk), the schema and availability groups. Clone and resize are in <see cref="DriveActions"/>.
/// </summary>
public static class DriveEndpoints
{
    public static RouteGroupBuilder MapDrives(this RouteGroupBuilder api)
    {
        api.MapGet("/drives/", (HttpRequest request, DriveContext c) => ListAsync(request, c, detail: false));
        api.MapGet("/drives/detail/", (HttpRequest request, DriveContext c) => ListAsync(request, c, detail: true));
        api.MapGet("/drives/schema/", () => ListEnvelope.Json(DriveSchema.Document()));
        api.MapGet("/drives/availability_groups/", GroupsAsync);
        api.MapGet("/drives/availability_groups/{uuid}/", GroupAsync);
        api.MapGet("/drives/{uuid}/", GetAsync);
        api.MapPost("/drives/", CreateAsync);
        api.MapPut("/drives/{uuid}/", EditAsync);
        api.MapDelete("/drives/{uuid}/", DeleteAsync);
        api.MapDelete("/drives/", DeleteManyAsync);
        api.MapPost("/drives/{uuid}/action/", DriveActions.RunAsync);
        return api;
    }

    /// <summary>
    /// A page of drives; the <c>tag</c> filter (a drive carrying any of the tags) is applied to the whole list
    /// before paging, since tags live in the drives' attributes, not in the core's columns.
    /// </summary>
    private static async Task<IResult> ListAsync(HttpRequest request, DriveContext c, bool detail)
    {
        var paging = Paging.From(request);
        var tags = Paging.Values(request, "tag");
        var query = new DiskQuery(Paging.Values(request, "name"), request.Query["name__contains"].ToString(), Paging.Values(request, "uuid"),
            tags is null ? paging.Offset : 0, tags is null ? paging.Limit : 0);
        var page = await c.Views.ListAsync(c.Tenant, DriveAttributes.Dialect, query, c.Aborted);
        if (tags is not null)
        {
            var tagged = page.Items.Where(v => DriveAttributes.Parse(v.Annotation).Tags.Any(tags.Contains)).ToList();
            page = new DiskPage(tagged.Count, [.. tagged.Skip(paging.Offset).Take(paging.Limit == 0 ? int.MaxValue : paging.Limit)]);
        }

        var servers = detail ? await c.ServersAsync() : new Dictionary<int, string>();
        var objects = page.Items.Select(v => detail ? DriveWire.Full(v, servers) : DriveWire.Short(v));
        return ListEnvelope.Json(ListEnvelope.Of(objects, paging, page.TotalCount, Paging.Values(request, "fields")));
    }

    private static async Task<IResult> GetAsync(string uuid, DriveContext c)
    {
        var view = await c.DriveAsync(uuid, library: true);
        return ListEnvelope.Json(view.Disk.AccountId is null ? DriveWire.Library(view) : DriveWire.Full(view, await c.ServersAsync()));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, DriveContext c, TagBook tags)
    {
        var requests = JsonBody.Objects(await JsonBody.ReadAsync(request, c.Aborted)).Select(o => DriveRequest.Parse(o).RequireComplete()).ToList();
        if (requests.Count == 0)
        {
            throw CloudSigmaError.Validation("No drive to create", "objects");
        }

        foreach (var wanted in requests)
        {
            await tags.RequireAsync(wanted.Tags);
        }

        var made = await c.Disks.CreateManyAsync(c.Tenant, [.. requests.Select(r => new DiskSpec(c.DatacenterId, r.Name, r.SizeBytes, null))], c.Aborted);
        var views = await c.PeekAsync([.. made.Select(d => d.Id)]);
        var answers = new List<JsonObject>();
        foreach (var (view, wanted) in views.Zip(requests))
        {
            var attributes = wanted.Over(DriveAttributes.Default);
            await c.SetAttributesAsync(view, attributes);
            answers.Add(DriveWire.Full(view with { Annotation = attributes.ToJson() }, new Dictionary<int, string>(), DriveStatus.Creating));
        }

        return ListEnvelope.Json(ListEnvelope.Objects(answers), StatusCodes.Status201Created);
    }

    /// <summary>
    /// On a drive mounted on a running server only name, meta, tags and allow_multimount change; a new
    /// size or media is ignored there, as CloudSigma documents (the resize action refuses instead).
    /// </summary>
    private static async Task<IResult> EditAsync(string uuid, HttpRequest request, DriveContext c, TagBook tags)
    {
        var view = await c.DriveAsync(uuid);
        var wanted = DriveRequest.Parse(JsonBody.Object(await JsonBody.ReadAsync(request, c.Aborted)));
        await tags.RequireAsync(wanted.Tags);
        if (view.OnRunningVm)
        {
            wanted = wanted with { SizeBytes = null, Media = null };
        }

        return ListEnvelope.Json(await ApplyAsync(c, view, wanted));
    }

    /// <summary>Renames and resizes through the core, then stores the drive's own attributes; answers the drive.</summary>
    internal static async Task<JsonObject> ApplyAsync(DriveContext c, DiskView view, DriveRequest wanted)
    {
        var resize = await c.Disks.ReviseAsync(c.Tenant, view.Disk.Id, wanted.Name, wanted.SizeBytes, c.Aborted);
        var attributes = wanted.Over(DriveAttributes.Parse(view.Annotation));
        await c.SetAttributesAsync(view, attributes);
        var now = (await c.PeekAsync([view.Disk.Id]))[0];
        return DriveWire.Full(now, await c.ServersAsync(), resize is null ? null : DriveStatus.Resizing);
    }

    private static async Task<IResult> DeleteAsync(string uuid, DriveContext c)
    {
        var view = await c.DriveAsync(uuid);
        await c.Disks.DeleteDetachingAsync(c.Tenant, [view.Disk.Id], c.Aborted);
        return Deleted();
    }

    private static async Task<IResult> DeleteManyAsync(HttpRequest request, DriveContext c)
    {
        var ids = new List<int>();
        foreach (var o in JsonBody.Objects(await JsonBody.ReadAsync(request, c.Aborted)))
        {
            var uuid = o["uuid"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw CloudSigmaError.Required("uuid");
            ids.Add((await c.DriveAsync(uuid)).Disk.Id);
        }

        await c.Disks.DeleteDetachingAsync(c.Tenant, ids, c.Aborted);
        return Deleted();
    }

    private static IResult Deleted() => new DeletionStarted();

    /// <summary>Every drive is on one emulated storage host: one group holding them all.</summary>
    private static async Task<IResult> GroupsAsync(DriveContext c)
    {
        var all = await c.Views.ListAsync(c.Tenant, DriveAttributes.Dialect, new DiskQuery(), c.Aborted);
        var groups = new JsonArray();
        if (all.Items.Count > 0)
        {
            groups.Add(new JsonArray([.. all.Items.Select(v => (JsonNode?)v.Disk.EntityId)]));
        }

        return ListEnvelope.Json(groups);
    }

    private static async Task<IResult> GroupAsync(string uuid, DriveContext c)
    {
        await c.DriveAsync(uuid);
        var all = await c.Views.ListAsync(c.Tenant, DriveAttributes.Dialect, new DiskQuery(), c.Aborted);
        return ListEnvelope.Json(new JsonArray([.. all.Items.Where(v => v.Disk.EntityId != uuid).Select(v => (JsonNode?)v.Disk.EntityId)]));
    }
}
