using HostingApi.Faults;

namespace HostingApi.Domain;

/// <summary>An IP address of an iface: <c>being_created</c> (no address yet) -> <c>created</c>.</summary>
public sealed class Ip
{
    private Ip()
    {
    }

    public Ip(int accountId, int datacenterId, int ifaceId, int version, int num, DateTime now)
    {
        AccountId = accountId;
        DatacenterId = datacenterId;
        IfaceId = ifaceId;
        Version = version;
        Num = num;
        State = IpState.BeingCreated;
        DateCreated = now;
        DateUpdated = now;
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    public int DatacenterId { get; private set; }

    public int? IfaceId { get; private set; }

    /// <summary>Null while being created.</summary>
    public string? Address { get; private set; }

    /// <summary>4 or 6.</summary>
    public int Version { get; private set; }

    public int? Num { get; private set; }

    public string Reverse { get; private set; } = "";

    public IpState State { get; private set; }

    public DateTime DateCreated { get; private set; }

    public DateTime DateUpdated { get; private set; }

    public void CompleteCreation(string address, string reverse, DateTime now)
    {
        Transition.Require(FaultObject.Ip, "ip", Id, State, "complete its creation", IpState.BeingCreated);
        Address = address;
        Reverse = reverse;
        State = IpState.Created;
        DateUpdated = now;
    }
}

public enum IpState
{
    BeingCreated,
    Created,
}
