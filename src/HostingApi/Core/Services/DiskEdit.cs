using HostingApi.Core.Domain;

namespace HostingApi.Core.Services;

/// <summary>
/// One edit of a disk in a provider's terms (Gigas' PUT on a disk): a new size (bytes), a VM to move it
/// to (<see cref="Detach"/>: to none), its settings, and whether to reboot the VM it ends on. Null: unchanged.
/// </summary>
public sealed record DiskEdit(
    long? SizeBytes = null,
    int? VmId = null,
    bool Detach = false,
    string? MountPoint = null,
    bool? AddToFstab = null,
    bool? AutoBackup = null,
    bool ForceReboot = false);

/// <summary>A disk with its settings (none: all defaults).</summary>
public sealed record DiskWithSettings(Disk Disk, DiskSettings? Settings);

/// <summary>A disk asked for with a new VM (Gigas' swap disk): its size in bytes and whether it is swap.</summary>
public sealed record NewVmDisk(long SizeBytes, bool IsSwap);
