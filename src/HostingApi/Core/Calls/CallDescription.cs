namespace HostingApi.Core.Calls;

/// <summary>One decoded call, as any dialect describes it to the control plane (fault rules, journal).</summary>
/// <param name="Dialect">The front door, e.g. <c>gandi</c>.</param>
/// <param name="Method">The method name as it came.</param>
/// <param name="Credential">The API key or session id the call carries, for matching only: never stored.</param>
/// <param name="TestId">The <c>X-Emulator-Test-Id</c> request header, if any.</param>
/// <param name="Values">The arguments (and later the answer), converted only on demand.</param>
public sealed record CallDescription(string Dialect, string Method, string? Credential, string? TestId, ICallValues Values);
