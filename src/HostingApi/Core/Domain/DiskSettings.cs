namespace HostingApi.Core.Domain;

/// <summary>
/// What some providers keep about a disk and the core never interprets (Gigas: its mount point, the
/// fstab line, swap use, automatic backups). A table of its own, one row per disk that has any, so
/// these never reach another provider's answers (rest-dialects.md §6.1).
/// </summary>
public sealed class DiskSettings
{
    private DiskSettings()
    {
    }

    public DiskSettings(int diskId, int accountId)
    {
        DiskId = diskId;
        AccountId = accountId;
    }

    public int DiskId { get; private set; }

    public int AccountId { get; private set; }

    /// <summary>Where the guest mounts it (none: not mounted).</summary>
    public string? MountPoint { get; private set; }

    /// <summary>Whether the guest's /etc/fstab names it.</summary>
    public bool AddToFstab { get; private set; }

    /// <summary>Used as swap space (set when the disk is made, never changed).</summary>
    public bool IsSwap { get; private set; }

    /// <summary>Backups are made on a schedule.</summary>
    public bool AutoBackup { get; private set; }

    /// <summary>A swap disk made with its VM.</summary>
    public static DiskSettings Swap(int diskId, int accountId) => new(diskId, accountId) { IsSwap = true };

    /// <summary>Changes what is given (null: unchanged); answers whether anything changed.</summary>
    public bool Change(string? mountPoint, bool? addToFstab, bool? autoBackup)
    {
        var changed = (mountPoint is not null && mountPoint != MountPoint) || (addToFstab is { } f && f != AddToFstab) || (autoBackup is { } b && b != AutoBackup);
        MountPoint = mountPoint ?? MountPoint;
        AddToFstab = addToFstab ?? AddToFstab;
        AutoBackup = autoBackup ?? AutoBackup;
        return changed;
    }
}
