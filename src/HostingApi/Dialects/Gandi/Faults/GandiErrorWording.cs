using HostingApi.Core.Errors;

namespace HostingApi.Dialects.Gandi.Faults;

/// <summary>Errors the core words itself (an operation's <c>last_error</c>, control-plane refusals) in Gandi's words: the fault the call would have answered.</summary>
public sealed class GandiErrorWording : IErrorWording
{
    public ErrorWording Describe(CoreError error)
    {
        var fault = GandiErrors.From(error);
        return new ErrorWording(fault.Code, fault.FaultString);
    }
}
