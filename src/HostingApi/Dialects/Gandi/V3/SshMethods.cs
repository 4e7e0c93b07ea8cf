using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary><c>hosting.ssh.*</c> (3.3.19+): SSH keys, referenced by id from VM specs (<c>keys</c>).</summary>
public sealed class SshMethods : IRpcMethodFamily
{
    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("hosting.ssh.count", CountAsync, "int", ListingHelp.Count("the account's SSH keys", SshKeyService.Keys))
        .Add("hosting.ssh.create", CreateAsync, "struct", "Adds an SSH key ({'value': mandatory, 'name': optional}); answers it with its fingerprint.")
        .Add("hosting.ssh.delete", DeleteAsync, "boolean", "Deletes an SSH key; answers true.")
        .Add("hosting.ssh.info", InfoAsync, "struct", "Describes an SSH key, with its value.")
        .Add("hosting.ssh.list", ListAsync, "array", ListingHelp.List("the account's SSH keys (without their value)", SshKeyService.Keys));

    private static async Task<XmlRpcValue> CountAsync(Tenant tenant, SshKeyService keys, ListRequest? opts = null) =>
        await keys.CountAsync(tenant, opts ?? ListRequest.Empty);

    private static async Task<XmlRpcValue> CreateAsync(Tenant tenant, SshKeyService keys, SshKeyCreate sshKeySpec) =>
        Info(await keys.CreateAsync(tenant, sshKeySpec.Name, sshKeySpec.Value));

    private static async Task<XmlRpcValue> DeleteAsync(Tenant tenant, SshKeyService keys, int keyId)
    {
        await keys.DeleteAsync(tenant, keyId);
        return true;
    }

    private static async Task<XmlRpcValue> InfoAsync(Tenant tenant, SshKeyService keys, int keyId) => Info(await keys.InfoAsync(tenant, keyId));

    private static async Task<XmlRpcValue> ListAsync(Tenant tenant, SshKeyService keys, ListRequest? opts = null) =>
        new XmlRpcArray((await keys.ListAsync(tenant, opts ?? ListRequest.Empty)).Select(k =>
            (XmlRpcValue)new XmlRpcStruct(3) { { "id", k.Id }, { "name", k.Name }, { "fingerprint", k.Fingerprint } }));

    private static XmlRpcStruct Info(SshKey k) => new(4) { { "id", k.Id }, { "name", k.Name }, { "fingerprint", k.Fingerprint }, { "value", k.Value } };
}
