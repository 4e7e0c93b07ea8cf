using HostingApi.Core.Domain;
using HostingApi.Core.Tenancy;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Wire;

/// <summary>
/// An operation as Gandi answers it, from a mutating call or <c>operation.info</c> alike: the four
/// <c>*_id</c> members always present (an int or nil), <c>source</c> the account's handle.
/// </summary>
public static class OperationWire
{
    public static XmlRpcStruct ToStruct(Operation o, string handle) => new(18)
    {
        { "id", o.Id },
        { "type", o.Type },
        { "step", WireName.Of(o.Step) },
        { "date_created", o.DateCreated },
        { "date_updated", o.DateUpdated },
        { "date_start", o.DateStart is { } start ? start : XmlRpcValue.Nil },
        { "eta", o.Eta },
        { "last_error", o.LastError },
        { "source", handle },
        { "vm_id", Id(o.VmId) },
        { "disk_id", Id(o.DiskId) },
        { "iface_id", Id(o.IfaceId) },
        { "ip_id", Id(o.IpId) },
        { "params", Params(o.Params) },
        { "infos", Infos(o) },
        { "errortype", XmlRpcValue.Nil },
        { "last_support_error", XmlRpcValue.Nil },
        { "session_id", XmlRpcValue.Nil },
    };

    /// <summary>The operation a mutating call answers, for the calling account.</summary>
    public static XmlRpcValue Op(Operation operation, Tenant tenant) => ToStruct(operation, tenant.Handle);

    /// <summary>The operations a call answers (a VM's creation chain, <c>operation.list</c>), in order.</summary>
    public static XmlRpcValue Ops(IEnumerable<Operation> operations, Tenant tenant) =>
        new XmlRpcArray(operations.Select(o => (XmlRpcValue)ToStruct(o, tenant.Handle)));

    public static XmlRpcValue Id(int? id) => id is { } value ? value : XmlRpcValue.Nil;

    private static XmlRpcStruct Params(IEnumerable<NamedValue> values)
    {
        var result = new XmlRpcStruct();
        foreach (var value in values)
        {
            result.Add(value.Name, NamedValueWire.ToValue(value));
        }

        return result;
    }

    private static XmlRpcStruct Infos(Operation o) => new(7)
    {
        { "id", "" },
        { "label", "" },
        { "product_action", o.Type },
        { "product_type", "hosting" },
        { "product_name", "" },
        { "quantity", "" },
        { "extras", new XmlRpcStruct() },
    };
}

/// <summary>A <see cref="NamedValue"/> as its XML-RPC value: a string, an int or a boolean.</summary>
public static class NamedValueWire
{
    public static XmlRpcValue ToValue(NamedValue value) =>
        value.Number is { } n ? n : value.Flag is { } f ? f : value.Text;

    public static XmlRpcStruct ToStruct(IEnumerable<NamedValue> values)
    {
        var result = new XmlRpcStruct();
        foreach (var value in values)
        {
            result.Add(value.Name, ToValue(value));
        }

        return result;
    }
}
