using HostingApi.Dialects.Gandi.Endpoint;
using HostingApi.Dialects.Gandi.Legacy;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.V3;

namespace HostingApi.Dialects.Gandi;

/// <summary>Gandi's front door: the XML-RPC endpoint and every method family, v3 and legacy v1.</summary>
public static class GandiDialect
{
    public static IServiceCollection AddGandi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddXmlRpc(configuration);                  // codec limits, method registry, dispatcher, Gandi's error wording
        services.AddRpcMethods<SystemMethods>();            // system.listMethods, methodHelp, methodSignature, multicall
        services.AddRpcMethods<AccountMethods>();           // hosting.account.info, rating.list, contact.balance, version.info
        services.AddRpcMethods<CatalogMethods>();           // datacenters, images, kernels, snapshot profiles
        services.AddRpcMethods<OperationMethods>();         // operation.info, list, count, cancel
        services.AddRpcMethods<HostingDiskMethods>();       // hosting.disk.*
        services.AddRpcMethods<SshMethods>();               // hosting.ssh.*
        services.AddRpcMethods<NetworkMethods>();           // hosting.iface.*, hosting.ip.*, hosting.vlan.*
        services.AddRpcMethods<VmMethods>();                // hosting.vm.*
        services.AddRpcMethods<LegacyAccountMethods>();     // legacy v1: login, account_*, hosting_account_*
        services.AddRpcMethods<LegacyHostingMethods>();     // legacy v1: vm_*, disk_*, os_list, operation_*
        return services;
    }

    /// <summary>POST /xmlrpc/ (and / and /RPC2); a GET shows a help page.</summary>
    public static IEndpointRouteBuilder MapGandi(this IEndpointRouteBuilder app) => app.MapXmlRpc();
}
