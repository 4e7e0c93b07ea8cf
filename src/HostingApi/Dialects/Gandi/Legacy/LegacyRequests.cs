using HostingApi.Dialects.Gandi.Rpc.Binding;

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
    public int? Shares { get; set; }

    public int? Cpu { get; set; }

    public int? VmMaxMemory { get; set; }
}

/// <summary>disk_create's specs (the Perl sample sends an empty struct: every member is optional).</summary>
[RpcStruct]
public sealed class LegacyDiskSpecs
{
    public int? Size { get; set; }

    public string? Name { get; set; }

    public string? Fstype { get; set; }
}

[RpcStruct]
public sealed class LegacyOperationFilter
{
    public string? State { get; set; }

    public string? Type { get; set; }
}
