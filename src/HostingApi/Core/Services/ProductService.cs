using HostingApi.Core.Errors;
using HostingApi.Core.Domain;
using HostingApi.Core.Operations.Effects;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace HostingApi.Core.Services;

/// <summary>
/// The legacy shares model's products (<c>hosting_account_product_*</c>): each call queues an
/// operation; the account's granted resources change when it is done (<see cref="ProductEffect"/>).
/// </summary>
public sealed class ProductService(HostingDbContext db, Mutation mutation)
{
    public async Task<Operation> AddAsync(Tenant tenant, string productName, int quantity, string duration, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var kind = productName switch
            {
                "shares" => ProductKind.Shares,
                "shares_fixed" => ProductKind.SharesFixed,
                "disk" => ProductKind.Disk,
                _ => throw new InvalidArgumentError(ObjectKind.Product, "product_name", "unknown product (shares, shares_fixed or disk)", productName),
            };
            if (quantity <= 0)
            {
                throw new InvalidArgumentError(ObjectKind.Product, "quantity", "quantity must be positive", quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var product = new Product(tenant.AccountId, kind, quantity, duration, now, EndOf(now, duration));
            db.Products.Add(product);
            await db.SaveChangesAsync(ct);
            return Queue(tenant, "hosting_account_product_add", product, now);
        }, ct);

    public async Task<Operation> RenewAsync(Tenant tenant, int productId, string duration, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var product = await ActiveAsync(tenant, productId, ct);
            product.Extend(EndOf(product.DateEnd, duration));
            return Queue(tenant, "hosting_account_product_renew", product, now);
        }, ct);

    public async Task<Operation> RemoveAsync(Tenant tenant, int productId, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var product = await ActiveAsync(tenant, productId, ct);
            if (product.IsFixed)
            {
                throw new InvalidArgumentError(ObjectKind.Product, "product_id", "fixed shares cannot be released", productId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return Queue(tenant, "hosting_account_product_remove", product, now);
        }, ct);

    public async Task<Operation> UpdateAsync(Tenant tenant, int productId, int quantity, CancellationToken ct = default) =>
        await mutation.RunAsync(async now =>
        {
            var product = await ActiveAsync(tenant, productId, ct);
            if (product.IsFixed || quantity <= 0)
            {
                throw new InvalidArgumentError(ObjectKind.Product, "product_id", product.IsFixed ? "fixed shares cannot be updated" : "quantity must be positive",
                    productId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var operation = Queue(tenant, "hosting_account_product_update", product, now);
            operation.SetParam(NamedValue.Of(ProductEffect.QuantityParam, quantity));
            return operation;
        }, ct);

    public Task<List<Product>> ListAsync(Tenant tenant, CancellationToken ct = default) =>
        db.Products.AsNoTracking().Where(p => p.AccountId == tenant.AccountId && p.State != ProductState.Removed).OrderBy(p => p.Id).ToListAsync(ct);

    private Operation Queue(Tenant tenant, string type, Product product, DateTime now)
    {
        var operation = mutation.Queue(tenant.AccountId, type, now);
        operation.SetParam(NamedValue.Of(ProductEffect.ProductParam, product.Id));
        return operation;
    }

    private async Task<Product> ActiveAsync(Tenant tenant, int id, CancellationToken ct) =>
        await db.Products.SingleOrDefaultAsync(p => p.Id == id && p.AccountId == tenant.AccountId && p.State == ProductState.Active, ct)
            ?? throw new NotFoundError(ObjectKind.Product, id);

    private static DateTime EndOf(DateTime from, string duration) =>
        Product.End(from, duration) ?? throw new InvalidArgumentError(ObjectKind.Product, "duration", "a duration is a number and d, m or y ('1m', '1y')", duration);
}
