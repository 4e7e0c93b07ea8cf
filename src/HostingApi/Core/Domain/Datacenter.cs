namespace HostingApi.Core.Domain;

/// <summary>A Gandi datacenter (catalog: shared by every account, seeded at startup).</summary>
public sealed class Datacenter
{
    private Datacenter()
    {
    }

    public Datacenter(int id, string iso, string name, string country, string dcCode, ClosedFor iaasClosedFor,
        ClosedFor paasClosedFor, DateTime? deactivateAt, IReadOnlyList<int> canMigrateTo)
    {
        Id = id;
        Iso = iso;
        Name = name;
        Country = country;
        DcCode = dcCode;
        IaasClosedFor = iaasClosedFor;
        PaasClosedFor = paasClosedFor;
        DeactivateAt = deactivateAt;
        CanMigrateTo = [.. canMigrateTo];
    }

    public int Id { get; private set; }

    public string Iso { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Country { get; private set; } = "";

    /// <summary><c>{CountryCode}-{TownCode}{Index}</c>, e.g. <c>FR-SD5</c>.</summary>
    public string DcCode { get; private set; } = "";

    public ClosedFor IaasClosedFor { get; private set; }

    public ClosedFor PaasClosedFor { get; private set; }

    public DateTime? DeactivateAt { get; private set; }

    public List<int> CanMigrateTo { get; private set; } = [];

    /// <summary>
    /// The opened-datacenter constraint (3.3.35): <c>ALL</c> refuses everyone, <c>NEW</c> refuses
    /// accounts that have nothing there yet.
    /// </summary>
    public bool AcceptsNewResourcesFrom(bool accountHasResourcesHere) => IaasClosedFor switch
    {
        ClosedFor.None => true,
        ClosedFor.New => accountHasResourcesHere,
        _ => false,
    };
}

/// <summary>Who a datacenter is closed to: nobody, new customers there, or everyone.</summary>
[UpperCaseWireNames]
public enum ClosedFor
{
    None,
    New,
    All,
}
