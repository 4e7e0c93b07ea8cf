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
        .Add("operation.list", ListAsync, "array",
            "Lists the account's operations; filters: id, type, step (one or a list), vm_id, disk_id, iface_id, ip_id, date_created, " +
            "date_updated, date_start (each also with > and <); sort_by: id, date_created, date_updated, date_start, step, type.")
        .Add("operation.count", CountAsync, "int", "Counts the account's operations; the filters of operation.list.")
        .Add("operation.cancel", CancelAsync, "boolean", "Cancels an operation that has not started (BILL or WAIT).");

    private static async Task<XmlRpcValue> InfoAsync(Tenant tenant, OperationService operations, int operationId) =>
        OperationWire.ToStruct(await operations.InfoAsync(tenant, operationId), tenant.Handle);

    private static async Task<XmlRpcValue> ListAsync(Tenant tenant, OperationService operations, ListRequest? opts = null) =>
        new XmlRpcArray((await operations.ListAsync(tenant, opts ?? ListRequest.Empty)).Select(o => (XmlRpcValue)OperationWire.ToStruct(o, tenant.Handle)));

    private static async Task<XmlRpcValue> CountAsync(Tenant tenant, OperationService operations, ListRequest? opts = null) =>
        await operations.CountAsync(tenant, opts ?? ListRequest.Empty);

    private static async Task<XmlRpcValue> CancelAsync(Tenant tenant, OperationService operations, int operationId)
    {
        await operations.CancelAsync(tenant, operationId);
        return true;
    }
}
