namespace HostingApi.XmlRpc;

/// <summary>An XML-RPC fault: the <c>faultCode</c> and <c>faultString</c> of a failed call.</summary>
/// <param name="Code">The fault code, written as <c>&lt;int&gt;</c>.</param>
/// <param name="Message">The fault string.</param>
public sealed record XmlRpcFault(int Code, string Message)
{
    /// <summary>The fault as the struct that travels inside <c>&lt;fault&gt;</c>.</summary>
    public XmlRpcStruct ToStruct() => new(2) { { "faultCode", Code }, { "faultString", Message } };
}
