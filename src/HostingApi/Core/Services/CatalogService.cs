using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Core.Services.Listing;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>The shared catalog: datacenters, images, kernels, kernel options, snapshot profiles.</summary>
public sealed class CatalogService(HostingDbContext db, Reads reads)
{
    internal static readonly ListingSpec<Datacenter> Datacenters = new ListingSpec<Datacenter>(d => d.Id)
        .Text("iso", d => d.Iso).Text("name", d => d.Name).Text("country", d => d.Country).Text("dc_code", d => d.DcCode)
        // iaas_opened: open to someone (NONE or NEW); iaas_closed: closed to all. Likewise for PaaS.
        .Custom("iaas_opened", v => IsTrue(v) ? d => d.IaasClosedFor != ClosedFor.All : d => d.IaasClosedFor == ClosedFor.All)
        .Custom("iaas_closed", v => IsTrue(v) ? d => d.IaasClosedFor == ClosedFor.All : d => d.IaasClosedFor != ClosedFor.All)
        .Custom("paas_opened", v => IsTrue(v) ? d => d.PaasClosedFor != ClosedFor.All : d => d.PaasClosedFor == ClosedFor.All)
        .Custom("paas_closed", v => IsTrue(v) ? d => d.PaasClosedFor == ClosedFor.All : d => d.PaasClosedFor != ClosedFor.All)
        .Sortable("dc_code", d => d.DcCode).Sortable("name", d => d.Name)
        .Sortable("iaas_closed", d => d.IaasClosedFor).Sortable("iaas_opened", d => d.IaasClosedFor)
        .Sortable("paas_closed", d => d.PaasClosedFor).Sortable("paas_opened", d => d.PaasClosedFor);

    internal static readonly ListingSpec<Image> Images = new ListingSpec<Image>(i => i.Id)
        .Text("label", i => i.Label).Pattern("~label", i => i.Label).Text("os_arch", i => i.OsArch)
        .Int("datacenter_id", i => i.DatacenterId).Int("disk_id", i => i.DiskId).Text("kernel_version", i => i.KernelVersion)
        .Wire("visibility", i => i.Visibility)
        .Sortable("label", i => i.Label).Sortable("datacenter_id", i => i.DatacenterId).Sortable("os_arch", i => i.OsArch).Sortable("size", i => i.SizeBytes);

    internal static readonly ListingSpec<SnapshotProfile> Profiles = new ListingSpec<SnapshotProfile>(p => p.Id)
        .Text("name", p => p.Name).Sortable("name", p => p.Name);

    public Task<List<Datacenter>> ListDatacentersAsync(ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Catalog(ReadQuery.DatacenterList, request),
            () => Datacenters.Page(Datacenters.Filter(db.Datacenters.AsNoTracking(), request), request).ToListAsync(ct), ct);

    public Task<List<Image>> ListImagesAsync(ListRequest request, CancellationToken ct = default) =>
        reads.GetAsync(ReadKey.Catalog(ReadQuery.ImageList, request),
            () => Images.Page(Images.Filter(db.Images.AsNoTracking(), request), request).ToListAsync(ct), ct);

    public async Task<Image> ImageAsync(int id, CancellationToken ct = default) =>
        await db.Images.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundError(ObjectKind.Image, id);

    public Task<List<SnapshotProfile>> ListSnapshotProfilesAsync(ListRequest request, CancellationToken ct = default) =>
        Profiles.Page(Profiles.Filter(db.SnapshotProfiles.AsNoTracking(), request), request).ToListAsync(ct);

    public Task<int> CountSnapshotProfilesAsync(ListRequest request, CancellationToken ct = default) =>
        Profiles.Filter(db.SnapshotProfiles.AsNoTracking(), request).CountAsync(ct);

    /// <summary>The kernels of a datacenter by flavor, in Gandi's order.</summary>
    public async Task<IReadOnlyList<(string Flavor, IReadOnlyList<string> Versions)>> KernelsAsync(int datacenterId, CancellationToken ct = default)
    {
        await DatacenterAsync(datacenterId, ct);
        var kernels = await db.Kernels.AsNoTracking().Where(k => k.DatacenterId == datacenterId).OrderBy(k => k.Position).ToListAsync(ct);
        return kernels.GroupBy(k => k.Flavor).Select(g => (g.Key, (IReadOnlyList<string>)g.Select(k => k.Version).ToList())).ToList();
    }

    /// <summary>The command-line options a kernel accepts (see docs/api-notes.md: Gandi's exact shape is unknown).</summary>
    public async Task<IReadOnlyList<KernelOption>> KernelOptionsAsync(string kernelVersion, CancellationToken ct = default)
    {
        if (!await db.Kernels.AnyAsync(k => k.Version == kernelVersion, ct))
        {
            throw new UnknownNameError(ObjectKind.Kernel, kernelVersion);
        }

        return KernelOption.For(kernelVersion);
    }

    public async Task<Datacenter> DatacenterAsync(int id, CancellationToken ct = default) =>
        await db.Datacenters.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundError(ObjectKind.Datacenter, id);

    private static bool IsTrue(object? value) => value is true or 1L or "1" or "true";
}

/// <summary>One kernel command-line option, with its type and the default Gandi's images use.</summary>
public sealed record KernelOption(string Name, string Type, object Default, string Description)
{
    public static IReadOnlyList<KernelOption> For(string kernelVersion)
    {
        var hvm = kernelVersion.Contains("hvm", StringComparison.Ordinal) || kernelVersion is "grub" or "raw";
        return
        [
            new("root", "string", hvm ? "/dev/sda" : "/dev/xvda1", "the root device"),
            new("ro", "boolean", true, "mount the root file system read-only at boot"),
            new("console", "string", hvm ? "ttyS0" : "xvc0", "the console device"),
            new("nosep", "boolean", true, "no separate console for the boot messages"),
        ];
    }
}
