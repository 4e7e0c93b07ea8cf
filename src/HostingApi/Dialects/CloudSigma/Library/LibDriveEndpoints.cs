using HostingApi.Core.Services;
using HostingApi.Dialects.CloudSigma.Drives;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Tags;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma.Library;

/// <summary>
/// <c>/api/2.0/libdrives/</c>: the shared catalog's image disks of the CloudSigma location, as library
/// drives (<c>owner: null</c>); the list and the detail list give the same full objects, as CloudSigma's do.
/// </summary>
public static class LibDriveEndpoints
{
    public static RouteGroupBuilder MapLibraryDrives(this RouteGroupBuilder api)
    {
        api.MapGet("/libdrives/", ListAsync);
        api.MapGet("/libdrives/detail/", ListAsync);
        api.MapGet("/libdrives/{uuid}/", GetAsync);
        api.MapPost("/libdrives/{uuid}/action/", (string uuid, HttpRequest request, DriveContext c, TagBook tags) => request.Query["do"].ToString() == "clone"
            ? DriveActions.CloneAsync(uuid, request, c, tags, library: true)
            : throw CloudSigmaError.Validation($"Unknown action '{request.Query["do"]}'", "do"));
        return api;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, DriveContext c)
    {
        var paging = Paging.From(request);
        var contains = request.Query["name__contains"].ToString() is { Length: > 0 } part ? part : request.Query["name__icontains"].ToString();
        var query = new DiskQuery(Paging.Values(request, "name"), contains, Paging.Values(request, "uuid"), paging.Offset, paging.Limit);
        var page = await c.Views.ListPublicAsync(c.DatacenterId, DriveAttributes.Dialect, query, c.Aborted);
        return ListEnvelope.Json(ListEnvelope.Of(page.Items.Select(DriveWire.Library), paging, page.TotalCount, Paging.Values(request, "fields")));
    }

    private static async Task<IResult> GetAsync(string uuid, DriveContext c)
    {
        var view = await c.DriveAsync(uuid, library: true);
        return view.Disk.AccountId is null ? ListEnvelope.Json(DriveWire.Library(view)) : throw CloudSigmaError.NotExist(uuid);
    }
}
