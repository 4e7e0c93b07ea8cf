namespace HostingApi.Core.Domain;

/// <summary>
/// How often a disk is snapshotted and how many snapshots are kept (catalog). Its quota factor
/// multiplies the disk's size in the account's disk quota (<c>total_size</c>).
/// </summary>
public sealed class SnapshotProfile
{
    private SnapshotProfile()
    {
    }

    public SnapshotProfile(int id, string name, int keptTotal, double quotaFactor, IReadOnlyList<SnapshotSchedule> schedules)
    {
        Id = id;
        Name = name;
        KeptTotal = keptTotal;
        QuotaFactor = quotaFactor;
        Schedules = [.. schedules];
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public int KeptTotal { get; private set; }

    public double QuotaFactor { get; private set; }

    public List<SnapshotSchedule> Schedules { get; private set; } = [];
}

/// <summary>One schedule of a profile: <c>daily</c> keeping 7 versions, say.</summary>
public sealed record SnapshotSchedule(string Name, int KeptVersion);
