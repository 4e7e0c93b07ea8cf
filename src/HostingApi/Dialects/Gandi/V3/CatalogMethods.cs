using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary><c>hosting.datacenter.*</c>, <c>hosting.image.*</c>, <c>hosting.snapshotprofile.*</c>, kernels and kernel options.</summary>
public sealed class CatalogMethods : IRpcMethodFamily
{
    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("hosting.datacenter.list", ListDatacentersAsync, "array", ListingHelp.List("the datacenters", CatalogService.Datacenters))
        .Add("hosting.image.list", ListImagesAsync, "array", ListingHelp.List("the operating system images", CatalogService.Images))
        .Add("hosting.image.info", ImageInfoAsync, "struct", "Describes an image.")
        .Add("hosting.disk.list_kernels", ListKernelsAsync, "struct", "The kernels a datacenter offers, by flavor.")
        .Add("hosting.disk.list_options", ListOptionsAsync, "struct", "The kernel command-line options a kernel version accepts.")
        .Add("hosting.snapshotprofile.list", ListProfilesAsync, "array", ListingHelp.List("the snapshot profiles", CatalogService.Profiles))
        .Add("hosting.snapshotprofile.count", CountProfilesAsync, "int", ListingHelp.Count("the snapshot profiles", CatalogService.Profiles))
        .Alias("datacenter.list", "hosting.datacenter.list")
        .Alias("image.list", "hosting.image.list")
        .Alias("image.info", "hosting.image.info")
        .Alias("disk.list_kernels", "hosting.disk.list_kernels")
        .Alias("disk.list_options", "hosting.disk.list_options")
        .Alias("snapshotprofile.list", "hosting.snapshotprofile.list")
        .Alias("snapshotprofile.count", "hosting.snapshotprofile.count");

    private static async Task<XmlRpcValue> ListDatacentersAsync(Tenant tenant, CatalogService catalog, ListRequest? opts = null) =>
        new XmlRpcArray((await catalog.ListDatacentersAsync(opts ?? ListRequest.Empty)).Select(d => (XmlRpcValue)CatalogWire.Datacenter(d)));

    private static async Task<XmlRpcValue> ListImagesAsync(Tenant tenant, CatalogService catalog, ListRequest? opts = null) =>
        new XmlRpcArray((await catalog.ListImagesAsync(opts ?? ListRequest.Empty)).Select(i => (XmlRpcValue)CatalogWire.Image(i)));

    private static async Task<XmlRpcValue> ImageInfoAsync(Tenant tenant, CatalogService catalog, int imageId) =>
        CatalogWire.Image(await catalog.ImageAsync(imageId));

    private static async Task<XmlRpcValue> ListKernelsAsync(Tenant tenant, CatalogService catalog, int datacenterId) =>
        CatalogWire.Kernels(await catalog.KernelsAsync(datacenterId));

    private static async Task<XmlRpcValue> ListOptionsAsync(Tenant tenant, CatalogService catalog, string kernelVersion) =>
        CatalogWire.KernelOptions(await catalog.KernelOptionsAsync(kernelVersion));

    private static async Task<XmlRpcValue> ListProfilesAsync(Tenant tenant, CatalogService catalog, ListRequest? opts = null) =>
        new XmlRpcArray((await catalog.ListSnapshotProfilesAsync(opts ?? ListRequest.Empty)).Select(p => (XmlRpcValue)CatalogWire.SnapshotProfile(p)));

    private static async Task<XmlRpcValue> CountProfilesAsync(Tenant tenant, CatalogService catalog, ListRequest? opts = null) =>
        await catalog.CountSnapshotProfilesAsync(opts ?? ListRequest.Empty);
}
