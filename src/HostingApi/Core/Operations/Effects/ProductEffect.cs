using HostingApi.Core.Domain;
using HostingApi.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Operations.Effects;

/// <summary>
/// <c>hosting_account_product_add</c>, <c>_renew</c>, <c>_remove</c>, <c>_update</c>: once done, the product is
/// active (or removed, or of its new quantity) and the account's granted resources follow: each share
/// grants one share definition, a disk product its MB.
/// </summary>
public sealed class ProductEffect(string type) : IOperationEffect
{
    public const string ProductParam = "product_id";
    public const string QuantityParam = "quantity";

    public string Type => type;

    public async Task OnDoneAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        var productId = ProductId(operation);
        var product = await db.Products.SingleAsync(p => p.Id == productId);
        var account = await db.Accounts.SingleAsync(a => a.Id == product.AccountId);
        switch (type)
        {
            case "hosting_account_product_add":
                product.Activate();
                account.Grant(account.Granted.Plus(product.Grants));
                break;
            case "hosting_account_product_remove":
                product.Remove();
                account.Grant(account.Granted.Minus(product.Grants));
                break;
            case "hosting_account_product_update":
                var before = product.Grants;
                product.ChangeQuantity((int)operation.Params.First(x => x.Name == QuantityParam).Number!.Value);
                account.Grant(account.Granted.Minus(before).Plus(product.Grants));
                break;
        }
    }

    private static int ProductId(Operation operation) => (int)operation.Params.First(x => x.Name == ProductParam).Number!.Value;

    public async Task OnAbandonedAsync(Operation operation, HostingDbContext db, DateTime now)
    {
        if (type == "hosting_account_product_add"
            && await db.Products.FindAsync(ProductId(operation)) is { State: ProductState.Pending } product)
        {
            db.Products.Remove(product);
        }
    }
}
