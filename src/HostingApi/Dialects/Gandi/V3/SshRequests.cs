using HostingApi.Dialects.Gandi.Rpc.Binding;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary>What <c>hosting.ssh.create</c> accepts.</summary>
[RpcStruct]
public sealed class SshKeyCreate
{
    public required string Value { get; set; }

    [RpcText(TextKind.Name)]
    public string? Name { get; set; }
}
