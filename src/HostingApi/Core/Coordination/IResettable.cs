namespace HostingApi.Core.Coordination;

/// <summary>
/// Test-control state that a global reset (<c>POST /_emulator/reset</c>) puts back to its configured
/// start: fault rules, operation rules, the journal, the policies, the clock. Every registered one is
/// called, so a new kind of test state cannot be forgotten by a hand-written list.
/// </summary>
public interface IResettable
{
    Task ResetAsync(CancellationToken cancellationToken);
}
