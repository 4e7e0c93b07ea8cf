using System.Text.Json.Nodes;
using HostingApi.Core.Services;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Tags;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Drives;

/// <summary><c>POST /drives/{uuid}/action/?do=clone|resize</c> (and a library drive's clone): 202 with <c>{objects: [drive]}</c>.</summary>
public static class DriveActions
{
    public static async Task<IResult> RunAsync(string uuid, HttpRequest request, DriveContext c, TagBook tags) => request.Query["do"].ToString() switch
    {
        "clone" => await CloneAsync(uuid, request, c, tags, library: true),
        "resize" => await ResizeAsync(uuid, request, c, tags),
        var other => throw CloudSigmaError.Validation($"Unknown action '{other}'", "do"),
    };

    /// <summary>
    /// A copy of a drive or library drive (the body and each of its keys optional): the same name unless
    /// one is given, the same media and meta (a library drive's os and arch become meta), a size that may only grow.
    /// </summary>
    public static async Task<IResult> CloneAsync(string uuid, HttpRequest request, DriveContext c, TagBook tags, bool library)
    {
        var source = await c.DriveAsync(uuid, library);
        var body = await JsonBody.ReadAsync(request, c.Aborted);
        var wanted = body is null ? new DriveRequest(null, null, null, null, null, null, null) : DriveRequest.Parse(JsonBody.Object(body));
        await tags.RequireAsync(wanted.Tags);
        var operation = await c.Disks.CreateFromAsync(c.Tenant, new DiskSpec(null, wanted.Name ?? source.Disk.Name, wanted.SizeBytes, null), source.Disk.Id, c.Aborted);
        var view = (await c.PeekAsync([operation.DiskId!.Value]))[0];
        var inherited = source.Disk.AccountId is null
            ? DriveAttributes.Default with { Meta = (JsonObject)DriveWire.Library(source)["meta"]!.DeepClone() }
            : DriveAttributes.Parse(source.Annotation) with { Tags = [] };
        var attributes = wanted.Over(inherited);
        await c.SetAttributesAsync(view, attributes);
        var answer = DriveWire.Full(view with { Annotation = attributes.ToJson() }, new Dictionary<int, string>(), DriveStatus.CloningDst);
        return ListEnvelope.Json(ListEnvelope.Objects([answer]), StatusCodes.Status202Accepted);
    }

    /// <summary>"Update or fail": the whole definition applies, or, on a running server's drive, a size change is refused.</summary>
    private static async Task<IResult> ResizeAsync(string uuid, HttpRequest request, DriveContext c, TagBook tags)
    {
        var view = await c.DriveAsync(uuid);
        var wanted = DriveRequest.Parse(JsonBody.Object(await JsonBody.ReadAsync(request, c.Aborted)));
        await tags.RequireAsync(wanted.Tags);
        if (view.OnRunningVm && wanted.SizeBytes is { } size && size != view.Disk.SizeBytes)
        {
            throw CloudSigmaError.Permission("Cannot resize a drive mounted on a running server. The server should be stopped");
        }

        var answer = await DriveEndpoints.ApplyAsync(c, view, wanted);
        return ListEnvelope.Json(ListEnvelope.Objects([answer]), StatusCodes.Status202Accepted);
    }
}
