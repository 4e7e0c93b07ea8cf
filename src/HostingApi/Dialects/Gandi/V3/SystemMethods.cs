using HostingApi.Dialects.Gandi.Endpoint;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.XmlRpc;
using Microsoft.Extensions.Options;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary>
/// <c>system.*</c>: introspection and multicall. These take no API key (as on Gandi, where
/// clients call <c>system.listMethods()</c> bare).
/// </summary>
public sealed class SystemMethods : IRpcMethodFamily
{
    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("system.listMethods", ListMethods, "array", "The names of every method this server answers.")
        .Add("system.methodHelp", MethodHelp, "string", "What a method does.")
        .Add("system.methodSignature", MethodSignature, "array",
            "The method's signatures: one list per accepted arity, the return type first, then the parameter types.")
        .Add("system.multicall", MulticallAsync, "array",
            "Runs several calls in one request: takes a list of {methodName, params} structs; answers, for each, " +
            "a one-element list holding its result or a {faultCode, faultString} struct.");

    private static XmlRpcValue ListMethods(RpcMethodRegistry registry) =>
        new XmlRpcArray(registry.Names.Select(n => XmlRpcValue.FromString(n)));

    private static XmlRpcValue MethodHelp(RpcMethodRegistry registry, string methodName) =>
        Find(registry, methodName).Help;

    private static XmlRpcValue MethodSignature(RpcMethodRegistry registry, string methodName)
    {
        var method = Find(registry, methodName);
        var signatures = new XmlRpcArray();
        for (var arity = method.MinArity; arity <= method.MaxArity; arity++)
        {
            var signature = new XmlRpcArray(arity + 1) { method.ReturnType };
            foreach (var parameter in method.Parameters.Take(arity))
            {
                signature.Add(parameter.XmlRpcType);
            }

            signatures.Add(signature);
        }

        return signatures;
    }

    private static async Task<XmlRpcValue> MulticallAsync(XmlRpcArray calls, RpcDispatcher dispatcher, IOptions<XmlRpcOptions> options, RpcCallContext context)
    {
        // Each entry is a whole call's work and answer: 5000 listMethods (869 KB asked) answered 32 MB.
        var max = options.Value.MaxMulticallCalls;
        if (calls.Count > max)
        {
            throw Errors.TooManyCalls(calls.Count, max);
        }

        var results = new XmlRpcArray(calls.Count);
        foreach (var entry in calls)
        {
            if (ReadEntry(entry) is not { } call)
            {
                results.Add(Errors.BadMulticallEntry("each system.multicall entry is a struct {methodName: string, params: array}").ToFault().ToStruct());
            }
            else if (call.MethodName == "system.multicall")
            {
                results.Add(Errors.BadMulticallEntry("system.multicall cannot be nested").ToFault().ToStruct());
            }
            else
            {
                var outcome = await dispatcher.DispatchAsync(call, context.Services, context.Aborted);
                results.Add(outcome.Fault is { } fault ? fault.ToStruct() : new XmlRpcArray(1) { outcome.Value });
            }
        }

        return results;
    }

    private static XmlRpcMethodCall? ReadEntry(XmlRpcValue entry)
    {
        if (entry.Kind != XmlRpcValueKind.Struct
            || !entry.AsStruct().TryGetValue("methodName", out var name) || name.Kind != XmlRpcValueKind.String)
        {
            return null;
        }

        if (!entry.AsStruct().TryGetValue("params", out var parameters))
        {
            return new XmlRpcMethodCall(name.AsString(), []);
        }

        return parameters.Kind == XmlRpcValueKind.Array ? new XmlRpcMethodCall(name.AsString(), parameters.AsArray()) : null;
    }

    private static RpcMethod Find(RpcMethodRegistry registry, string methodName) =>
        registry.TryGet(methodName, out var method) ? method : throw Errors.UnknownMethod(methodName);
}
