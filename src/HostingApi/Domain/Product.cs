namespace HostingApi.Domain;

/// <summary>
/// A product of the legacy shares model (<c>hosting_account_product_add</c>): shares, fixed shares,
/// extra disk or IPs, bought for a duration. It changes the account's granted resources once its
/// operation is done.
/// </summary>
public sealed class Product
{
    private Product()
    {
    }

    public Product(int accountId, ProductKind kind, int quantity, string duration, DateTime now, DateTime dateEnd)
    {
        AccountId = accountId;
        Kind = kind;
        Quantity = quantity;
        Duration = duration;
        DateCreated = now;
        DateEnd = dateEnd;
        State = ProductState.Pending;
    }

    public int Id { get; private set; }

    public int AccountId { get; private set; }

    public ProductKind Kind { get; private set; }

    public int Quantity { get; private set; }

    /// <summary>As the client sent it: <c>1m</c>, <c>1y</c>.</summary>
    public string Duration { get; private set; } = "";

    public ProductState State { get; private set; }

    public DateTime DateCreated { get; private set; }

    public DateTime DateEnd { get; private set; }
}

public enum ProductKind
{
    Shares,
    SharesFixed,
    Disk,
    Ips,
}

public enum ProductState
{
    Pending,
    Active,
    Removed,
}
