namespace HostingApi.Core.Domain;

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

    /// <summary>What the product adds to the account's granted resources while active.</summary>
    public ResourceQuota Grants => Kind switch
    {
        ProductKind.Disk => ResourceQuota.None with { DiskBytes = Quantity * Disk.Mebibyte },
        ProductKind.Ips => ResourceQuota.None with { Ips = Quantity },
        _ => ResourceQuota.Share.Times(Quantity),
    };

    /// <summary>Fixed shares can be renewed, never updated nor released.</summary>
    public bool IsFixed => Kind == ProductKind.SharesFixed;

    public void Activate() => State = ProductState.Active;

    public void Extend(DateTime dateEnd) => DateEnd = dateEnd;

    public void ChangeQuantity(int quantity) => Quantity = quantity;

    public void Remove() => State = ProductState.Removed;

    /// <summary>A duration as the legacy API writes it: <c>1m</c>, <c>3m</c>, <c>1y</c>, <c>15d</c>; null when it is not one.</summary>
    public static DateTime? End(DateTime from, string duration)
    {
        if (duration.Length < 2 || !int.TryParse(duration[..^1], out var n) || n <= 0)
        {
            return null;
        }

        return duration[^1] switch
        {
            'd' => from.AddDays(n),
            'm' => from.AddMonths(n),
            'y' => from.AddYears(n),
            _ => null,
        };
    }
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
