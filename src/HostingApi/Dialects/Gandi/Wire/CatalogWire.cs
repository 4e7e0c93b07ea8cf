using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Wire;

/// <summary>Catalog objects as Gandi answers them (field names, XML-RPC types, nil where Gandi sends nil).</summary>
public static class CatalogWire
{
    public static XmlRpcStruct Datacenter(Datacenter d) => new(9)
    {
        { "id", d.Id },
        { "iso", d.Iso },
        { "name", d.Name },
        { "country", d.Country },
        { "dc_code", d.DcCode },
        { "iaas_closed_for", WireName.Of(d.IaasClosedFor) },
        { "paas_closed_for", WireName.Of(d.PaasClosedFor) },
        { "deactivate_at", d.DeactivateAt is { } at ? at : XmlRpcValue.Nil },
        { "can_migrate_to", Ints(d.CanMigrateTo) },
    };

    public static XmlRpcStruct Image(Image i) => new(13)
    {
        { "id", i.Id },
        { "label", i.Label },
        { "system", ImageLabel.System(i.Label) },
        { "version", ImageLabel.Version(i.Label) },
        { "os_arch", i.OsArch },
        { "kernel_version", i.KernelVersion },
        { "disk_id", i.DiskId },
        { "datacenter_id", i.DatacenterId },
        { "size", GandiDiskSize.Megabytes(i.SizeBytes) },
        { "visibility", WireName.Of(i.Visibility) },
        { "author_id", i.AuthorId },
        { "date_created", i.DateCreated is { } created ? created : XmlRpcValue.Nil },
        { "date_updated", i.DateUpdated },
    };

    public static XmlRpcStruct SnapshotProfile(SnapshotProfile p) => new(5)
    {
        { "id", p.Id },
        { "name", p.Name },
        { "kept_total", p.KeptTotal },
        { "quota_factor", p.QuotaFactor },
        { "schedules", new XmlRpcArray(p.Schedules.Select(s => (XmlRpcValue)new XmlRpcStruct(2) { { "name", s.Name }, { "kept_version", s.KeptVersion } })) },
    };

    public static XmlRpcStruct Kernels(IReadOnlyList<(string Flavor, IReadOnlyList<string> Versions)> kernels)
    {
        var result = new XmlRpcStruct(kernels.Count);
        foreach (var (flavor, versions) in kernels)
        {
            result.Add(flavor, new XmlRpcArray(versions.Select(v => XmlRpcValue.FromString(v))));
        }

        return result;
    }

    public static XmlRpcStruct KernelOptions(IReadOnlyList<KernelOption> options)
    {
        var result = new XmlRpcStruct(options.Count);
        foreach (var option in options)
        {
            result.Add(option.Name, new XmlRpcStruct(3)
            {
                { "type", option.Type },
                { "default", option.Default switch { bool b => b, var other => other.ToString() } },
                { "description", option.Description },
            });
        }

        return result;
    }

    public static XmlRpcArray Ints(IEnumerable<int> ids) => new(ids.Select(id => XmlRpcValue.FromInt(id)));
}
