namespace HostingApi.Core.Domain;

/// <summary>
/// The running total of the sizes of an account's disks that count against its disk quota (data and
/// system disks not in <c>rollback</c>), one row per snapshot profile (<see cref="NoProfile"/> for none):
/// the quota check reads these few rows instead of summing every disk of the account. The store keeps
/// them with triggers on <c>Disks</c>, in the same statement as each change to a disk (whoever writes it:
/// EF, a bulk delete, an import), and rebuilds them from the sums after an import, a restore or a reset
/// (ADR-005). Never written by the application: the entity is read only.
/// </summary>
public sealed class DiskUsage
{
    /// <summary>The profile key of disks without a snapshot profile (profile ids start at 1).</summary>
    public const int NoProfile = 0;

    private DiskUsage()
    {
    }

    public int AccountId { get; private set; }

    /// <summary>The disks' <c>SnapshotProfileId</c>, or <see cref="NoProfile"/>.</summary>
    public int ProfileKey { get; private set; }

    /// <summary>The sum of the disks' sizes, in bytes (before the profile's quota factor).</summary>
    public long SizeBytes { get; private set; }
}
