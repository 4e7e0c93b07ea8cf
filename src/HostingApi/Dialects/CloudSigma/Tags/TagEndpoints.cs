using System.Text.Json.Nodes;
using HostingApi.Core.Services;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Servers;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Tags;

/// <summary>
/// <c>/api/2.0/tags/</c>: list and detail (the same full objects, as CloudSigma's recorded answers show), get,
/// create (one or several), edit (name, meta, the whole <c>resources</c> list), delete, and the servers or
/// drives a tag names (<c>/tags/{uuid}/servers/</c>, libcloud's <c>list_nodes(ex_tag=)</c>).
/// </summary>
public static class TagEndpoints
{
    public static RouteGroupBuilder MapTags(this RouteGroupBuilder api)
    {
        api.MapGet("/tags/", ListAsync);
        api.MapGet("/tags/detail/", ListAsync);
        api.MapGet("/tags/{uuid}/", async (string uuid, TagBook tags, ServerContext c) =>
            ListEnvelope.Json(TagWire.Of(await tags.TagAsync(uuid), c.Drives.Tenant.AccountId, await tags.ObjectsAsync())));
        api.MapGet("/tags/{uuid}/servers/", (string uuid, HttpRequest request, TagBook tags, ServerContext c) => TaggedServersAsync(uuid, request, tags, c, detail: false));
        api.MapGet("/tags/{uuid}/servers/detail/", (string uuid, HttpRequest request, TagBook tags, ServerContext c) => TaggedServersAsync(uuid, request, tags, c, detail: true));
        api.MapGet("/tags/{uuid}/drives/", (string uuid, HttpRequest request, TagBook tags, ServerContext c) => TaggedDrivesAsync(uuid, request, tags, c, detail: false));
        api.MapGet("/tags/{uuid}/drives/detail/", (string uuid, HttpRequest request, TagBook tags, ServerContext c) => TaggedDrivesAsync(uuid, request, tags, c, detail: true));
        api.MapPost("/tags/", CreateAsync);
        api.MapPut("/tags/{uuid}/", EditAsync);
        api.MapDelete("/tags/{uuid}/", DeleteAsync);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, TagBook tags, ServerContext c)
    {
        var paging = Paging.From(request);
        var all = await tags.ListAsync();
        var objects = await tags.ObjectsAsync();
        var page = all.Skip(paging.Offset).Take(paging.Limit == 0 ? int.MaxValue : paging.Limit);
        return ListEnvelope.Json(ListEnvelope.Of(page.Select(t => TagWire.Of(t, c.Drives.Tenant.AccountId, objects)), paging, all.Count, Paging.Values(request, "fields")));
    }

    /// <summary>
    /// One tag or several; each may name its <c>resources</c>, and a <c>resources</c> list beside the
    /// <c>objects</c> (where libcloud's <c>ex_create_tag</c> puts it) applies to those that name none. 201.
    /// </summary>
    private static async Task<IResult> CreateAsync(HttpRequest request, TagBook tags, ServerContext c)
    {
        var body = await JsonBody.ReadAsync(request, c.Drives.Aborted);
        var beside = body is JsonObject o && o["objects"] is JsonArray ? TagRequest.ParseResources(o["resources"]) : null;
        var wanted = JsonBody.Objects(body).Select(TagRequest.Parse).ToList();
        if (wanted.Count == 0)
        {
            throw CloudSigmaError.Validation("No tag to create", "objects");
        }

        var saved = await tags.SaveAsync([.. wanted.Select(w => (
            new TagRecord(0, Guid.NewGuid().ToString(), w.Name ?? throw CloudSigmaError.Required("name"), w.Meta ?? []),
            w.Resources ?? beside))]);
        var objects = await tags.ObjectsAsync();
        return ListEnvelope.Json(ListEnvelope.Objects(saved.Select(t => TagWire.Of(t, c.Drives.Tenant.AccountId, objects))), StatusCodes.Status201Created);
    }

    /// <summary>Name and meta replace; a <c>resources</c> list replaces what the tag names (absent: unchanged).</summary>
    private static async Task<IResult> EditAsync(string uuid, HttpRequest request, TagBook tags, ServerContext c)
    {
        var tag = await tags.TagAsync(uuid);
        var wanted = TagRequest.Parse(JsonBody.Object(await JsonBody.ReadAsync(request, c.Drives.Aborted)));
        var saved = await tags.SaveAsync([(tag with { Name = wanted.Name ?? tag.Name, Meta = wanted.Meta ?? tag.Meta }, wanted.Resources)]);
        return ListEnvelope.Json(TagWire.Of(saved[0], c.Drives.Tenant.AccountId, await tags.ObjectsAsync()));
    }

    private static async Task<IResult> DeleteAsync(string uuid, TagBook tags)
    {
        await tags.DeleteAsync(await tags.TagAsync(uuid));
        return new DeletionStarted();
    }

    private static async Task<IResult> TaggedServersAsync(string uuid, HttpRequest request, TagBook tags, ServerContext c, bool detail)
    {
        await tags.TagAsync(uuid);
        return await ServerEndpoints.ListAsync(request, c, detail, v => v.Attributes.Tags.Contains(uuid));
    }

    private static async Task<IResult> TaggedDrivesAsync(string uuid, HttpRequest request, TagBook tags, ServerContext c, bool detail)
    {
        await tags.TagAsync(uuid);
        var paging = Paging.From(request);
        var drives = await c.Drives.Views.ListAsync(c.Drives.Tenant, DriveAttributes.Dialect, new DiskQuery(), c.Drives.Aborted);
        var tagged = drives.Items.Where(v => DriveAttributes.Parse(v.Annotation).Tags.Contains(uuid)).ToList();
        var servers = detail ? await c.Drives.ServersAsync() : new Dictionary<int, string>();
        var page = tagged.Skip(paging.Offset).Take(paging.Limit == 0 ? int.MaxValue : paging.Limit);
        return ListEnvelope.Json(ListEnvelope.Of(page.Select(v => detail ? DriveWire.Full(v, servers) : DriveWire.Short(v)), paging, tagged.Count, Paging.Values(request, "fields")));
    }
}
