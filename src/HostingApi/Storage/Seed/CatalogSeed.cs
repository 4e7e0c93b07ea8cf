using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;

namespace HostingApi.Storage.Seed;

/// <summary>
/// The shared catalog, from what Gandi's own answers and gandi.cli's fixtures show: five
/// datacenters, images per datacenter (each backed by a public image disk), kernels, and the
/// three snapshot profiles. Ids are stable, so tests and docs can name them.
/// </summary>
public static class CatalogSeed
{
    public const int FirstImageId = 101;

    /// <summary>Image disks take ids from here (user disks follow them).</summary>
    public const int FirstImageDiskId = 100_001;

    private const int GandiAuthorId = 248842;

    private static readonly string[] LinuxKernels =
        ["2.6.18 (deprecated)", "2.6.32", "2.6.32-x86_64", "2.6.32-x86_64-grsec", "3.2-i386", "3.2-x86_64", "3.2-x86_64-grsec", "3.10-x86_64", "3.10-i386"];

    private static readonly string[] HvmKernels = ["3.12-x86_64 (hvm)", "grub", "raw"];

    private static readonly (string Label, string Arch, string Kernel, int Size, ImageVisibility Visibility)[] Images =
    [
        ("Debian 7 64 bits (HVM)", "x86-64", "3.12-x86_64 (hvm)", 3072, ImageVisibility.Deprecated),
        ("Debian 8 64 bits (HVM)", "x86-64", "3.12-x86_64 (hvm)", 3072, ImageVisibility.All),
        ("Debian 9 64 bits (HVM)", "x86-64", "3.12-x86_64 (hvm)", 3072, ImageVisibility.All),
        ("Debian 10 64 bits (HVM)", "x86-64", "grub", 3072, ImageVisibility.All),
        ("Ubuntu 14.04 64 bits LTS (HVM)", "x86-64", "3.12-x86_64 (hvm)", 3072, ImageVisibility.All),
        ("Ubuntu 16.04 64 bits LTS (HVM)", "x86-64", "3.12-x86_64 (hvm)", 3072, ImageVisibility.All),
        ("Ubuntu 18.04 64 bits LTS (HVM)", "x86-64", "grub", 3072, ImageVisibility.All),
        ("CentOS 7 64 bits (HVM)", "x86-64", "3.12-x86_64 (hvm)", 3072, ImageVisibility.All),
        ("CentOS 5 32 bits", "x86-32", "2.6.32", 3072, ImageVisibility.Deprecated),
        ("Fedora 17 64 bits", "x86-64", "3.2-x86_64", 3072, ImageVisibility.Deprecated),
    ];

    public static void AddTo(HostingDbContext db, DateTime now)
    {
        var datacenters = Datacenters();
        db.Datacenters.AddRange(datacenters);
        db.SnapshotProfiles.AddRange(SnapshotProfiles());

        // Image ids start at 101, open datacenters first, so the legacy specification's own samples
        // (vm_create with os_id 111) name a real image.
        var imageId = FirstImageId;
        var diskId = FirstImageDiskId;
        var published = new DateTime(2015, 3, 19, 11, 10, 34, DateTimeKind.Utc);
        foreach (var datacenter in datacenters.OrderBy(d => d.IaasClosedFor).ThenByDescending(d => d.Id == 3))
        {
            var position = 0;
            db.Kernels.AddRange(LinuxKernels.Select(k => new Kernel(datacenter.Id, "linux", k, position++)));
            db.Kernels.AddRange(HvmKernels.Select(k => new Kernel(datacenter.Id, "linux-hvm", k, position++)));

            foreach (var (label, arch, kernel, size, visibility) in Images)
            {
                db.Disks.Add(Disk.CreateImage(diskId, datacenter.Id, label, size * Disk.Mebibyte, kernel, CmdlineFor(kernel), published));
                db.Images.Add(new Image(imageId++, label, arch, kernel, diskId++, datacenter.Id, size * Disk.Mebibyte, visibility, GandiAuthorId, published, published));
            }
        }
    }

    private static List<Datacenter> Datacenters() =>
    [
        new(1, "FR", "Equinix Paris", "France", "FR-SD2", ClosedFor.New, ClosedFor.New, new DateTime(2017, 12, 25, 0, 0, 0, DateTimeKind.Utc), [4]),
        new(2, "US", "Level3 Baltimore", "United States of America", "US-BA1", ClosedFor.All, ClosedFor.All, new DateTime(2016, 12, 25, 0, 0, 0, DateTimeKind.Utc), []),
        new(3, "LU", "Bissen", "Luxembourg", "LU-BI1", ClosedFor.None, ClosedFor.None, null, [5]),
        new(4, "FR", "France, Paris", "France", "FR-SD3", ClosedFor.None, ClosedFor.All, null, [5]),
        new(5, "FR", "France, Paris", "France", "FR-SD5", ClosedFor.None, ClosedFor.All, null, [4]),
    ];

    private static List<SnapshotProfile> SnapshotProfiles() =>
    [
        new(1, "minimal", 2, 1.2, [new("daily", 2)]),
        new(2, "full_week", 7, 1.7, [new("daily", 7)]),
        new(3, "security", 10, 2.0, [new("hourly6", 3), new("daily", 6), new("weekly4", 1)]),
    ];

    // HVM images boot as /dev/sda with a serial console; PV ones as /dev/xvda1 on xvc0.
    private static List<NamedValue> CmdlineFor(string kernel) => kernel.Contains("hvm", StringComparison.Ordinal) || kernel == "grub"
        ? [NamedValue.Of("console", "ttyS0"), NamedValue.Of("nosep", true), NamedValue.Of("ro", true), NamedValue.Of("root", "/dev/sda")]
        : [NamedValue.Of("console", "xvc0"), NamedValue.Of("nosep", true), NamedValue.Of("ro", true), NamedValue.Of("root", "/dev/xvda1")];
}
