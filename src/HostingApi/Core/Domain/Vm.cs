using HostingApi.Core.Errors;

namespace HostingApi.Core.Domain;

/// <summary>A virtual machine. <c>being_created</c> -> <c>running</c>; <c>running</c> &lt;-> <c>halted</c>.</summary>
public sealed class Vm
{
    private Vm()
    {
    }

    public Vm(int accountId, int datacenterId, string hostname, int cores, int memory, int vmMaxMemory, DateTime now)
    {
        AccountId = accountId;
        DatacenterId = datacenterId;
        Hostname = hostname;
        Cores = cores;
        Memory = memory;
        VmMaxMemory = vmMaxMemory;
        State = VmState.BeingCreated;
        DateCreated = now;
        DateUpdated = now;
        EntityId = Guid.NewGuid().ToString();
    }

    public int Id { get; private set; }

    /// <summary>Gandi's entity id: a UUID string, as disks and VLANs carry (2018 captures).</summary>
    public string EntityId { get; private set; } = "";

    public int AccountId { get; private set; }

    public int DatacenterId { get; private set; }

    public string Hostname { get; private set; } = "";

    public string Description { get; private set; } = "";

    public int Cores { get; private set; }

    /// <summary>MB, a multiple of 64.</summary>
    public int Memory { get; private set; }

    public int VmMaxMemory { get; private set; }

    public VmState State { get; private set; }

    /// <summary>Gandi answers these three as <c>&lt;int&gt;</c> 0/1, not booleans.</summary>
    public int Console { get; private set; }

    public int AiActive { get; private set; }

    public int FlexShares { get; private set; }

    public DateTime DateCreated { get; private set; }

    public DateTime DateUpdated { get; private set; }

    public const int MemoryUnit = 64;

    public void CompleteCreation(DateTime now) => Move(VmState.Running, "complete its creation", now, VmState.BeingCreated);

    /// <summary>A provider whose VMs are made stopped (CloudSigma's servers): <c>being_created -> halted</c>.</summary>
    public void CompleteCreationHalted(DateTime now) => Move(VmState.Halted, "complete its creation", now, VmState.BeingCreated);

    /// <summary>Names a VM created without a hostname.</summary>
    public void Rename(string hostname) => Hostname = hostname;

    /// <summary><c>halted -> deleted</c> while <c>vm_delete</c> runs: Gandi deletes stopped VMs only.</summary>
    public void BeginDeletion(DateTime now) => Move(VmState.Deleted, "delete", now, VmState.Halted);

    /// <summary>A provider that deletes running VMs too (it stops them first): <c>running|halted -> deleted</c>.</summary>
    public void BeginDeletionEvenRunning(DateTime now) => Move(VmState.Deleted, "delete", now, VmState.Running, VmState.Halted);

    public void CancelDeletion(DateTime now) => Move(VmState.Halted, "cancel its deletion", now, VmState.Deleted);

    /// <summary>Changes the sizing; memory in MB, a multiple of 64.</summary>
    public void Resize(int? cores, int? memory, int? vmMaxMemory, int? console, DateTime now)
    {
        Transition.Require(ObjectKind.Vm, Id, State, "update", VmState.Running, VmState.Halted);
        Cores = cores ?? Cores;
        Memory = memory ?? Memory;
        VmMaxMemory = vmMaxMemory ?? VmMaxMemory;
        Console = console ?? Console;
        DateUpdated = now;
    }

    public static void RequireValidMemory(int memory)
    {
        if (memory <= 0 || memory % MemoryUnit != 0)
        {
            throw new InvalidArgumentError(ObjectKind.Vm, "memory", $"memory {memory} MB is not a positive multiple of {MemoryUnit}");
        }
    }

    /// <summary><c>running|halted -> being_migrated</c> (<c>is_migrating</c>) until the migration is finalized.</summary>
    public void BeginMigration(DateTime now) => Move(VmState.BeingMigrated, "migrate", now, VmState.Running, VmState.Halted);

    /// <summary>The migration is done: the VM is in <paramref name="datacenterId"/>, back in the state it had.</summary>
    public void CompleteMigration(int datacenterId, VmState restoreTo, DateTime now)
    {
        Move(restoreTo, "complete its migration", now, VmState.BeingMigrated);
        DatacenterId = datacenterId;
    }

    public void AbandonMigration(VmState restoreTo, DateTime now) => Move(restoreTo, "abandon its migration", now, VmState.BeingMigrated);

    public void Stop(DateTime now) => Move(VmState.Halted, "stop", now, VmState.Running);

    public void Start(DateTime now) => Move(VmState.Running, "start", now, VmState.Halted);

    public void Reboot(DateTime now) => Move(VmState.Running, "reboot", now, VmState.Running);

    private void Move(VmState to, string action, DateTime now, params VmState[] from)
    {
        Transition.Require(ObjectKind.Vm, Id, State, action, from);
        State = to;
        DateUpdated = now;
    }
}

public enum VmState
{
    BeingCreated,
    Running,
    Halted,
    Paused,
    Locked,
    LegallyLocked,
    Invalid,
    BeingMigrated,
    Deleted,
}
