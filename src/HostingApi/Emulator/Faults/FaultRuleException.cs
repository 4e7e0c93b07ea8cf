namespace HostingApi.Emulator.Faults;

/// <summary>A posted rule that cannot be used; the message names the field (<c>match.nth</c>, <c>action.code</c>).</summary>
public sealed class FaultRuleException(string message) : Exception(message);
