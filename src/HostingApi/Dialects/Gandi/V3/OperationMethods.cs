using HostingApi.Core.Services;
using HostingApi.Core.Services.Listing;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary><c>operation.*</c>: an account's operations, polled by every client until DONE.</summary>
public sealed class OperationMethods : IRpcMethodFamily
{
    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("operation.info", InfoAsync, "struct", "Describes an operation.")
        .Add("operation.list", ListAsync, "array", ListingHelp.List("the account's operations", OperationService.Operations))
        .Add("operation.count", CountAsync, "int", ListingHelp.Count("the account's operations", OperationService.Operations))
        .Add("operation.cancel", CancelAsync, "boolean", "Cancels an operation that has not started (BILL or WAIT).");

    private static async Task<XmlRpcValue> InfoAsync(Tenant tenant, OperationService operations, int operationId) =>
        OperationWire.Op(await operations.InfoAsync(tenant, operationId), tenant);

    private static async Task<XmlRpcValue> ListAsync(Tenant tenant, OperationService operations, ListRequest? opts = null) =>
        OperationWire.Ops(await operations.ListAsync(tenant, opts ?? ListRequest.Empty), tenant);

    private static async Task<XmlRpcValue> CountAsync(Tenant tenant, OperationService operations, ListRequest? opts = null) =>
        await operations.CountAsync(tenant, opts ?? ListRequest.Empty);

    private static async Task<XmlRpcValue> CancelAsync(Tenant tenant, OperationService operations, int operationId)
    {
        await operations.CancelAsync(tenant, operationId);
        return true;
    }
}
