using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.Dialects.Gandi.V3;

namespace HostingApi.Dialects.Gandi.Legacy;

/// <summary>vm_create's specs.</summary>
[RpcStruct]
public sealed class LegacyVmSpecs
{
    public string? Login { get; set; }
}

/// <summary>vm_update's specs.</summary>
[RpcStruct]
public sealed class LegacyVmUpdate
{
    [RpcRange(0, Bounds.MaxShares, Object = FaultObject.Vm)]
    public int? Shares { get; set; }

    [RpcRange(1, Bounds.MaxCores, Object = FaultObject.Vm)]
    public int? Cpu { get; set; }

    [RpcRange(1, Bounds.MaxMemory, Object = FaultObject.Vm)]
    public int? VmMaxMemory { get; set; }
}

/// <summary>disk_create's specs (the Perl sample sends an empty struct: every member is optional).</summary>
[RpcStruct]
public sealed class LegacyDiskSpecs
{
    [RpcRange(1, Bounds.MaxDiskSize, Object = FaultObject.Disk)]
    public int? Size { get; set; }

    [RpcText(TextKind.Name)]
    public string? Name { get; set; }

    public string? Fstype { get; set; }
}

[RpcStruct]
public sealed class LegacyOperationFilter
{
    public string? State { get; set; }

    public string? Type { get; set; }
}
