using HostingApi.Core.Domain;
using HostingApi.Core.Services;

namespace HostingApi.Dialects.Gigas.Wire;

/// <summary>
/// Gigas' Virtual Machine resource (its virtualmachine page), filled from the core: the fields the core has
/// no counterpart for answer fixed values (docs/gigas.md). Memory in MB; status derived.
/// </summary>
public static class VmResource
{
    public static object Of(Vm vm, IReadOnlyList<DiskWithSettings> disks, GigasLocks locks) => new
    {
        id = vm.Id,
        label = vm.Hostname,
        memory = vm.Memory,
        cpus = vm.Cores,
        cpu_shares = 100,
        hostname = vm.Hostname,
        template_id = disks.FirstOrDefault(d => d.Disk.VmId == vm.Id && d.Disk.Position == 0)?.Disk.SourceId,
        initial_password = (string?)null,
        note = vm.Description,
        hypervisor_id = vm.DatacenterId,
        type = "standard",
        vip = false,
        status = vm.State switch
        {
            VmState.BeingCreated => "unbuilt",
            VmState.Running => "online",
            _ => "offline",
        },
        locked = locks.Vm(vm.Id),
        suspended = false,
        strict_virtual_machine_id = (int?)null,
        operating_system = "linux",
        operating_system_distro = disks.FirstOrDefault(d => d.Disk.VmId == vm.Id && d.Disk.Position == 0)?.Disk.Label,
        created_at = GigasDates.Of(vm.DateCreated),
        updated_at = GigasDates.Of(vm.DateUpdated),
        cdrom = false,
        boot_type = "disk",
        location_id = vm.DatacenterId,
    };
}
