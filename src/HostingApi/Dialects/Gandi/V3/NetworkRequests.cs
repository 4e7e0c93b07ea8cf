using HostingApi.Core.Services;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc.Binding;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary>What <c>hosting.iface.create</c> accepts (ip_version as an int or a string: PHP scripts send '4').</summary>
[RpcStruct]
public sealed class IfaceDescription
{
    public required int DatacenterId { get; set; }

    public int? IpVersion { get; set; }

    [RpcRange(1, Bounds.MaxBandwidth, Object = FaultObject.Iface)]
    public double? Bandwidth { get; set; }

    [RpcRange(1, int.MaxValue)]
    public int? Vlan { get; set; }

    public string? Ip { get; set; }

    public IfaceSpec ToSpec() => new(DatacenterId, IpVersion, Bandwidth, Vlan, Ip);
}

[RpcStruct]
public sealed class IfaceUpdate
{
    [RpcRange(1, Bounds.MaxBandwidth, Object = FaultObject.Iface)]
    public double? Bandwidth { get; set; }
}

[RpcStruct]
public sealed class IpUpdate
{
    [RpcText(TextKind.Reverse)]
    public string? Reverse { get; set; }
}

/// <summary>What <c>hosting.vlan.create</c> accepts.</summary>
[RpcStruct]
public sealed class VlanDescription
{
    [RpcText(TextKind.Name)]
    public required string Name { get; set; }

    public required int DatacenterId { get; set; }

    public string? Subnet { get; set; }

    public string? Gateway { get; set; }
}

[RpcStruct]
public sealed class VlanUpdate
{
    [RpcText(TextKind.Name)]
    public string? Name { get; set; }

    public string? Gateway { get; set; }
}
