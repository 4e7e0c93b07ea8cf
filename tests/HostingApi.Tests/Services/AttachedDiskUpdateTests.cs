using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using HostingApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HostingApi.Tests.Services;

/// <summary>
/// Renaming or resizing an attached disk reboots its VM. Until hosting.vm.* lands, the VM and the
/// attachment are set up in the database directly; the update itself goes over HTTP.
/// </summary>
public class AttachedDiskUpdateTests
{
    private const string Key = HostingApiFactory.DefaultKey;

    [Theory]
    [InlineData("name", true)]
    [InlineData("size", true)]
    [InlineData("snapshot_profile", false)]
    public async Task UpdatingAnAttachedDisk_RebootsItsVm_OnlyForNameAndSize(string member, bool reboots)
    {
        await using var server = new HostingApiFactory();
        var created = (await server.CallAsync("hosting.disk.create", Key, new Dictionary<string, object?> { ["datacenter_id"] = 3, ["size"] = 1024 })).Struct;
        var diskId = (int)(long)created["disk_id"]!;
        (await server.CallAsync("operation.info", Key, created["id"])).Struct["step"].Should().Be("DONE");
        var vmId = await AttachToNewVmAsync(server, diskId);

        object value = member switch { "name" => "renamed", "size" => 2048, _ => 1 };
        var update = (await server.CallAsync("hosting.disk.update", Key, diskId, new Dictionary<string, object?> { [member] = value })).Struct;

        update["vm_id"].Should().Be((long)vmId);
        var rebootOperations = (await server.CallAsync("operation.list", Key, new Dictionary<string, object?> { ["type"] = "vm_reboot", ["vm_id"] = vmId })).Array;
        rebootOperations.Should().HaveCount(reboots ? 1 : 0);
        (await server.CallAsync("hosting.disk.delete", Key, diskId)).ShouldFault(530439);
    }

    private static async Task<int> AttachToNewVmAsync(HostingApiFactory server, int diskId)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostingDbContext>();
        var now = DateTime.UtcNow;
        var vm = new Vm(1, 3, "web1", 1, 512, 2048, now);
        vm.CompleteCreation(now);
        db.Vms.Add(vm);
        await db.SaveChangesAsync();
        var disk = await db.Disks.SingleAsync(d => d.Id == diskId);
        disk.AttachTo(vm.Id, 1, now);
        await db.SaveChangesAsync();
        return vm.Id;
    }
}
