using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Faults;

/// <summary>
/// The legacy v1 API's fault wording (Gandi's "Error Codes Format"): the same codes, with the text
/// <c>DataError: details [element: value]</c> for data faults (codes from 500000) and
/// <c>ServerError: details</c> for server ones. The element is what the error names, else the
/// method's first argument after the session; session ids and passwords are never echoed.
/// </summary>
internal static class LegacyFaults
{
    private static readonly HashSet<string> Secret = ["session", "password"];

    public static XmlRpcFault Reword(XmlRpcFault fault, GandiError? error, RpcMethod method, IReadOnlyList<XmlRpcValue> arguments)
    {
        if (fault.Code < 100_000)
        {
            return fault;
        }

        var details = error?.Details ?? fault.Message;
        if (fault.Code < 500_000)
        {
            return new XmlRpcFault(fault.Code, $"ServerError: {details}");
        }

        var (element, value) = error?.Subject ?? FirstArgument(method, arguments);
        return new XmlRpcFault(fault.Code, $"DataError: {details} [{element}: {(Secret.Contains(element) ? "****" : value)}]");
    }

    private static (string Element, string Value) FirstArgument(RpcMethod method, IReadOnlyList<XmlRpcValue> arguments)
    {
        var index = method.Parameters.Count > 1 && method.Parameters[0].Name == "session" ? 1 : 0;
        if (index >= method.Parameters.Count)
        {
            return ("session", "****");
        }

        var value = index < arguments.Count ? arguments[index] : XmlRpcValue.Nil;
        var text = value.Kind switch
        {
            XmlRpcValueKind.String => value.AsString(),
            XmlRpcValueKind.Struct or XmlRpcValueKind.Array or XmlRpcValueKind.Nil => XmlRpcTypeNames.Of(value.Kind),
            _ => value.RawText ?? value.ToString(),
        };
        return (method.Parameters[index].Name, Errors.Echo(text));
    }
}
