namespace HostingApi.XmlRpc;

/// <summary>A parsed <c>&lt;methodCall&gt;</c>: the method name and its positional parameters.</summary>
/// <param name="MethodName">The method name, surrounding white space removed.</param>
/// <param name="Parameters">The positional parameters, in order.</param>
public sealed record XmlRpcMethodCall(string MethodName, IReadOnlyList<XmlRpcValue> Parameters);
