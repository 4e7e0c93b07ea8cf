using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary>
/// Gandi's DiskDescription (<c>hosting.disk.create</c>, where <c>datacenter_id</c> is mandatory) and
/// DiskCopyDescription (<c>create_from</c>: the copy stays in its source's datacenter; <c>type</c> may be
/// <c>snapshot</c>). The two differ only there, which the service checks.
/// </summary>
[RpcStruct]
public sealed class DiskDescription
{
    public int? DatacenterId { get; set; }

    [RpcText(TextKind.Name)]
    public string? Name { get; set; }

    [RpcRange(1, Bounds.MaxDiskSize, Object = FaultObject.Disk)]
    public int? Size { get; set; }

    [RpcRange(1, int.MaxValue, Object = FaultObject.SnapshotProfile)]
    public int? SnapshotProfile { get; set; }

    /// <summary><c>data</c> (the default), or <c>snapshot</c> for create_from: <c>backup</c> disks are Gandi's own.</summary>
    public string? Type { get; set; }

    /// <summary>Accepted and ignored: the emulator has one storage pool.</summary>
    public IReadOnlyList<int>? RepulseFrom { get; set; }

    public DiskSpec ToSpec() => new(DatacenterId, Name, GandiDiskSize.ToBytesOrNull(Size), SnapshotProfile, Type);
}

/// <summary>Gandi's DiskUpdate. <c>snapshot_profile</c> is an int, or <c>''</c> to remove it.</summary>
[RpcStruct]
public sealed class DiskUpdate
{
    [RpcText(TextKind.Name)]
    public string? Name { get; set; }

    [RpcRange(1, Bounds.MaxDiskSize, Object = FaultObject.Disk)]
    public int? Size { get; set; }

    public string? Kernel { get; set; }

    /// <summary>The command line as text: <c>root=/dev/sda ro console=ttyS0 nosep</c>.</summary>
    public string? Cmdline { get; set; }

    /// <summary>The command line as a struct: <c>{'root': '/dev/sda', 'ro': True}</c>.</summary>
    public XmlRpcStruct? CmdlineOptions { get; set; }

    public XmlRpcValue SnapshotProfile { get; set; }

    public DiskChanges ToChanges() => new(
        Name,
        GandiDiskSize.ToBytesOrNull(Size),
        Kernel,
        CmdlineOptions is { } options ? FromStruct(options) : Cmdline is { } text ? FromText(text) : null,
        SnapshotProfile.Kind switch
        {
            XmlRpcValueKind.Integer => (int)SnapshotProfile.AsInt64(),
            XmlRpcValueKind.String when int.TryParse(SnapshotProfile.AsString(), out var id) => id,
            XmlRpcValueKind.Nil => null,
            XmlRpcValueKind.String when SnapshotProfile.AsString().Length == 0 => null,
            _ => throw Errors.BadValue(FaultObject.SnapshotProfile, "member 'snapshot_profile' of disk_spec", "an int, or '' to remove the profile"),
        },
        RemoveSnapshotProfile: SnapshotProfile.Kind == XmlRpcValueKind.String && SnapshotProfile.AsString().Length == 0);

    private static List<NamedValue> FromText(string cmdline) =>
        [.. cmdline.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(token => token.Split('=', 2) switch
        {
            [var name, var value] => NamedValue.Of(name, value),
            _ => NamedValue.Of(token, true),
        })];

    private static List<NamedValue> FromStruct(XmlRpcStruct options) =>
        [.. options.Select(member => member.Value.Kind switch
        {
            XmlRpcValueKind.Boolean => NamedValue.Of(member.Key, member.Value.AsBoolean()),
            XmlRpcValueKind.Integer => NamedValue.Of(member.Key, member.Value.AsInt64()),
            XmlRpcValueKind.String => NamedValue.Of(member.Key, member.Value.AsString()),
            _ => throw Errors.BadValue(FaultObject.Disk, $"member 'cmdline_options.{member.Key}' of disk_spec", "a string, an int or a boolean"),
        })];
}
