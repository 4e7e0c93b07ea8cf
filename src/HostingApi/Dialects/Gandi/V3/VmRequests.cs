using HostingApi.Core.Services;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary>Gandi's VMDescription / VMCreateFromDescription (the latter without sys_disk_id).</summary>
[RpcStruct]
public sealed class VmDescription
{
    public required int DatacenterId { get; set; }

    public int? SysDiskId { get; set; }

    [RpcText(TextKind.Hostname)]
    public string? Hostname { get; set; }

    [RpcRange(1, Bounds.MaxMemory, Object = FaultObject.Vm)]
    public int? Memory { get; set; }

    [RpcRange(1, Bounds.MaxCores, Object = FaultObject.Vm)]
    public int? Cores { get; set; }

    [RpcRange(1, Bounds.MaxBandwidth, Object = FaultObject.Iface)]
    public double? Bandwidth { get; set; }

    /// <summary>An int, or a string ('4'): the seed types it string, clients send both.</summary>
    public int? IpVersion { get; set; }

    [RpcRange(1, Bounds.MaxMemory, Object = FaultObject.Vm)]
    public int? VmMaxMemory { get; set; }

    public int? IfaceId { get; set; }

    public IReadOnlyList<int>? Keys { get; set; }

    /// <summary>A public key, or a list of them.</summary>
    public XmlRpcValue SshKey { get; set; }

    public string? Login { get; set; }

    public string? Password { get; set; }

    public string? Run { get; set; }

    public string? Script { get; set; }

    public string? ScriptArgs { get; set; }

    public string? Farm { get; set; }

    public string? Description { get; set; }

    /// <summary>No effect, kept for compatibility (as Gandi).</summary>
    [RpcRange(0, 1, Object = FaultObject.Vm)]
    public int? AiActive { get; set; }

    /// <summary>No effect, kept for compatibility (as Gandi).</summary>
    [RpcRange(0, Bounds.MaxShares, Object = FaultObject.Vm)]
    public int? Shares { get; set; }

    public bool? Console { get; set; }

    public VmSpec ToSpec() => new(DatacenterId, Hostname, Memory, Cores, Bandwidth, IpVersion, VmMaxMemory, IfaceId, SysDiskId, Keys,
        SshKey.Kind switch
        {
            XmlRpcValueKind.String => [SshKey.AsString()],
            XmlRpcValueKind.Array => [.. SshKey.AsArray().Where(v => v.Kind == XmlRpcValueKind.String).Select(v => v.AsString())],
            _ => null,
        });
}

/// <summary>Gandi's VMUpdate.</summary>
[RpcStruct]
public sealed class VmUpdate
{
    [RpcRange(1, Bounds.MaxCores, Object = FaultObject.Vm)]
    public int? Cores { get; set; }

    [RpcRange(1, Bounds.MaxMemory, Object = FaultObject.Vm)]
    public int? Memory { get; set; }

    [RpcRange(1, Bounds.MaxMemory, Object = FaultObject.Vm)]
    public int? VmMaxMemory { get; set; }

    public bool? Console { get; set; }

    public string? Password { get; set; }

    /// <summary>No effect, kept for compatibility (as Gandi).</summary>
    [RpcRange(0, Bounds.MaxShares, Object = FaultObject.Vm)]
    public int? Shares { get; set; }
}

/// <summary>Gandi's VMDiskAttachOptions.</summary>
[RpcStruct]
public sealed class DiskAttachOptions
{
    [RpcRange(0, Bounds.MaxPosition, Object = FaultObject.Disk)]
    public int? Position { get; set; }

    /// <summary><c>read</c> or <c>read/write</c> (accepted; the emulator keeps no data to protect).</summary>
    public string? Access { get; set; }
}
