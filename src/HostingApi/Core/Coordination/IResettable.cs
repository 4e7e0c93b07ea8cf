namespace HostingApi.Core.Coordination;

/// <summary>
/// Something the control plane's reset clears (the request journal, the fault rules, ...): every
/// registered one is called on <c>POST /_emulator/reset</c>, so a new kind of test state cannot be
/// forgotten by a hand-written list.
/// </summary>
public interface IResettable
{
    Task ResetAsync(CancellationToken cancellationToken);
}
