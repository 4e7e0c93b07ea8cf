using HostingApi.Core.Services;
using HostingApi.Dialects.Gigas.Errors;
using HostingApi.Dialects.Gigas.Wire;

namespace HostingApi.Dialects.Gigas.Routes;

/// <summary>The seed's six filters of the disk list; <c>mount_point</c> matches a substring, <c>primary</c> the system disk.</summary>
public static class DiskFilters
{
    public static readonly string[] Names = ["data_store_id", "virtual_machine_id", "is_swap", "mount_point", "data_store_group_id", "primary"];

    public static Func<DiskWithSettings, bool> From(IQueryCollection query)
    {
        var tests = new List<Func<DiskWithSettings, bool>>();
        if (Int(query, "data_store_id") is { } store)
        {
            tests.Add(d => DiskResource.DataStoreId(d.Disk) == store);
        }

        if (Int(query, "data_store_group_id") is { } group)
        {
            tests.Add(d => DiskResource.DataStoreGroupId(d.Disk) == group);
        }

        if (Int(query, "virtual_machine_id") is { } vm)
        {
            tests.Add(d => d.Disk.VmId == vm);
        }

        if (Flag(query, "is_swap") is { } swap)
        {
            tests.Add(d => (d.Settings?.IsSwap ?? false) == swap);
        }

        if (Flag(query, "primary") is { } primary)
        {
            tests.Add(d => (d.Disk.Position == 0) == primary);
        }

        if (query.TryGetValue("mount_point", out var mount))
        {
            var part = mount.ToString();
            tests.Add(d => d.Settings?.MountPoint?.Contains(part, StringComparison.Ordinal) == true);
        }

        return d => tests.TrueForAll(t => t(d));
    }

    private static long? Int(IQueryCollection query, string name) =>
        !query.TryGetValue(name, out var value) ? null
        : long.TryParse(value.ToString(), out var n) ? n
        : throw GigasError.BadRequest($"{name} must be an integer, not '{value}'");

    private static bool? Flag(IQueryCollection query, string name) =>
        !query.TryGetValue(name, out var value) ? null
        : value.ToString().ToLowerInvariant() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw GigasError.BadRequest($"{name} must be true or false (or 1 or 0), not '{value}'"),
        };
}
