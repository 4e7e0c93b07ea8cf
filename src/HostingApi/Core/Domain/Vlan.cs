using HostingApi.Core.Errors;

namespace HostingApi.Core.Domain;

/// <summary>A private VLAN: <c>being_created</c> -> <c>created</c>. Its name is unique per account.</summary>
public sealed class Vlan
{
    private Vlan()
    {
    }

    public Vlan(int accountId, int datacenterId, string name, string subnet, string? gateway, DateTime now)
    {
        AccountId = accountId;
        DatacenterId = datacenterId;
        Name = name;
        Subnet = subnet;
        Gateway = gateway;
        State = VlanState.BeingCreated;
        EntityId = Guid.NewGuid().ToString();
        DateCreated = now;
        DateUpdated = now;
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    public int DatacenterId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>CIDR, e.g. <c>192.168.0.0/24</c>.</summary>
    public string Subnet { get; private set; } = "";

    public string? Gateway { get; private set; }

    public VlanState State { get; private set; }

    public string EntityId { get; private set; } = "";

    public DateTime DateCreated { get; private set; }

    public DateTime DateUpdated { get; private set; }

    public void Update(string? name, string? gateway, DateTime now)
    {
        Transition.Require(ObjectKind.Vlan, Id, State, "update", VlanState.Created);
        Name = name ?? Name;
        Gateway = gateway ?? Gateway;
        DateUpdated = now;
    }

    public void CompleteCreation(DateTime now)
    {
        Transition.Require(ObjectKind.Vlan, Id, State, "complete its creation", VlanState.BeingCreated);
        State = VlanState.Created;
        DateUpdated = now;
    }
}

public enum VlanState
{
    BeingCreated,
    Created,
}
