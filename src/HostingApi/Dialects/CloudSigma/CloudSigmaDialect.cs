using HostingApi.Core.Calls;
using HostingApi.Dialects.CloudSigma.Auth;
using HostingApi.Dialects.CloudSigma.Catalog;
using HostingApi.Dialects.CloudSigma.Drives;
using HostingApi.Dialects.CloudSigma.Errors;
using HostingApi.Dialects.CloudSigma.Inspection;
using HostingApi.Dialects.CloudSigma.Library;
using HostingApi.Dialects.CloudSigma.Servers;
using HostingApi.Dialects.CloudSigma.Tags;
using HostingApi.Dialects.CloudSigma.Wire;

namespace HostingApi.Dialects.CloudSigma;

/// <summary>CloudSigma's API 2.0 front door: REST/JSON under <c>/api/2.0/</c>, HTTP Basic, CloudSigma's error bodies.</summary>
public static class CloudSigmaDialect
{
    public static IServiceCollection AddCloudSigma(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CloudSigmaOptions>().Bind(configuration.GetSection(CloudSigmaOptions.Section));
        services.AddHttpContextAccessor();
        services.AddScoped<DriveContext>();
        services.AddScoped<ServerContext>();
        services.AddScoped<TagBook>();
        services.AddCloudSigmaInspection(); // the dashboard's view of a CloudSigma account, in CloudSigma's words
        return services;
    }

    /// <summary>Every route under <c>/api/2.0/</c>; an unknown path there answers CloudSigma's 404, not an empty one.</summary>
    public static IEndpointRouteBuilder MapCloudSigma(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Uris.Prefix);
        api.AddEndpointFilter<ErrorFilter>();   // outermost: whatever fails below is answered in CloudSigma's shape
        api.ObserveCalls("cloudsigma");         // fault rules and the journal
        api.AddEndpointFilter<BasicAuthFilter>();
        api.MapDrives();                        // /drives/: list, detail, get, create, edit, delete, clone, resize, schema, groups
        api.MapLibraryDrives();                 // /libdrives/: the catalog's images
        api.MapServers();                       // /servers/: list, detail, get, create, edit (drives), delete, start, stop
        api.MapTags();                          // /tags/: list, detail, get, create, edit (resources), delete, tagged servers and drives
        api.MapCapabilities();                  // /capabilities/
        api.Map("/{**rest}", () => Results.Text("", statusCode: 404))
            .AddEndpointFilter((context, _) => ValueTask.FromResult<object?>(
                ErrorBody.Of(new CloudSigmaError(404, "notexist", $"No such resource: {context.HttpContext.Request.Path}"))));
        return app;
    }
}
