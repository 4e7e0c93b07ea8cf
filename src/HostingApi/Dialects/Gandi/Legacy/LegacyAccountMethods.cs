using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.Dialects.Gandi.V3;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Legacy;

/// <summary>
/// The legacy v1 API (Gandi Hosting XML-RPC API specification 1.0): sessions, the prepaid account
/// and the shares model's products. Same accounts and domain as v3; never a nil in an answer;
/// faults worded <c>DataError: … [element: value]</c>. See docs/legacy-api.md.
/// </summary>
public sealed class LegacyAccountMethods : IRpcMethodFamily
{
    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("login", LoginAsync, "string",
            "Logs in (login, password[, safe]) and answers a session id valid 12 hours. Safe mode is accepted and changes nothing here.", RpcSurface.Legacy)
        .Add("account_currency", CurrencyAsync, "string", "The ISO 4217 currency of the prepaid account.", RpcSurface.Legacy)
        .Add("account_balance", BalanceAsync, "double", "The prepaid account's balance.", RpcSurface.Legacy)
        .Add("hosting_account_info", InfoAsync, "struct",
            "The hosting account: shares (granted, used, available), resources, share definition and products.", RpcSurface.Legacy)
        .Add("hosting_account_product_add", ProductAddAsync, "int",
            "Adds a product (shares, shares_fixed or disk) for a duration ('1m', '1y'); answers an operation id. Its resources count once the operation is done.", RpcSurface.Legacy)
        .Add("hosting_account_product_renew", ProductRenewAsync, "int", "Renews a product for a duration; answers an operation id.", RpcSurface.Legacy)
        .Add("hosting_account_product_remove", ProductRemoveAsync, "int", "Releases a product (not fixed shares); answers an operation id.", RpcSurface.Legacy)
        .Add("hosting_account_product_update", ProductUpdateAsync, "int", "Changes a product's quantity (not fixed shares); answers an operation id.", RpcSurface.Legacy);

    private static async Task<XmlRpcValue> LoginAsync(SessionService sessions, string login, string password, bool safe = true) =>
        await sessions.LoginAsync(login, password, Providers.Gandi);

    private static async Task<XmlRpcValue> CurrencyAsync(SessionTenant s, AccountService accounts) =>
        (await accounts.AccountAsync(s.Tenant)).Currency;

    private static async Task<XmlRpcValue> BalanceAsync(SessionTenant s, AccountService accounts) =>
        (double)(await accounts.AccountAsync(s.Tenant)).PrepaidAmount;

    private static async Task<XmlRpcValue> InfoAsync(SessionTenant s, AccountService accounts, ProductService products)
    {
        var view = await accounts.InfoAsync(s.Tenant);
        var granted = (int)Math.Floor(view.Account.Granted.Memory / (double)ResourceQuota.Share.Memory);
        var used = (int)Math.Ceiling(view.Used.Memory / (double)ResourceQuota.Share.Memory);
        var info = AccountWire.Info(view);
        info["shares"] = new XmlRpcStruct(3) { { "granted", granted }, { "used", used }, { "available", granted - used } };
        info["share_definition"] = AccountWire.ShareDefinition();
        info["resources"] = AccountWire.Resources(view.Account.Granted, view.Used, view.Available);
        info["products"] = new XmlRpcArray((await products.ListAsync(s.Tenant)).Select(p => (XmlRpcValue)new XmlRpcStruct(7)
        {
            { "id", p.Id },
            { "product_name", WireName.Of(p.Kind) },
            { "quantity", p.Quantity },
            { "duration", p.Duration },
            { "state", WireName.Of(p.State) },
            { "date_created", p.DateCreated },
            { "date_end", p.DateEnd },
        }));
        return info;
    }

    private static async Task<XmlRpcValue> ProductAddAsync(SessionTenant s, ProductService products, string productName, [RpcRange(1, Bounds.MaxQuantity, Object = FaultObject.HostingProduct)] int quantity, string duration) =>
        (await products.AddAsync(s.Tenant, productName, quantity, duration)).Id;

    private static async Task<XmlRpcValue> ProductRenewAsync(SessionTenant s, ProductService products, int productId, string duration) =>
        (await products.RenewAsync(s.Tenant, productId, duration)).Id;

    private static async Task<XmlRpcValue> ProductRemoveAsync(SessionTenant s, ProductService products, int productId) =>
        (await products.RemoveAsync(s.Tenant, productId)).Id;

    private static async Task<XmlRpcValue> ProductUpdateAsync(SessionTenant s, ProductService products, int productId, [RpcRange(1, Bounds.MaxQuantity, Object = FaultObject.HostingProduct)] int quantity) =>
        (await products.UpdateAsync(s.Tenant, productId, quantity)).Id;
}
