namespace HostingApi.Core.Coordination;

/// <summary>
/// This server process among the instances that may share one database: written on each operation step it
/// takes, so <c>GET /_emulator/operations</c> shows who ran what.
/// </summary>
public sealed record InstanceIdentity(string Id)
{
    public static InstanceIdentity OfThisProcess() => new($"{Environment.MachineName}:{Environment.ProcessId}");
}
