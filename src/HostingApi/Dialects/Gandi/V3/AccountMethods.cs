using HostingApi.Core.Services;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Wire;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.V3;

/// <summary><c>hosting.account.info</c>, <c>hosting.rating.list</c>, <c>contact.balance</c> and <c>version.info</c>.</summary>
public sealed class AccountMethods : IRpcMethodFamily
{
    /// <summary>The API version Gandi's latest answers carried (gandi.cli's fixture).</summary>
    public const string ApiVersion = "3.3.42";

    public void Register(RpcMethodRegistryBuilder methods) => methods
        .Add("hosting.account.info", InfoAsync, "struct", "The account: handle, credits or shares, and its resources (granted, used, available).")
        .Add("hosting.rating.list", RatingList, "array", "Hourly credit rates per resource.")
        .Add("contact.balance", BalanceAsync, "struct", "The prepaid balance of the account's contact.")
        .Add("version.info", VersionInfo, "struct", "The API version.")
        .Alias("account.info", "hosting.account.info");

    private static async Task<XmlRpcValue> InfoAsync(Tenant tenant, AccountService accounts) =>
        AccountWire.Info(await accounts.InfoAsync(tenant));

    // The key is checked (an unknown one faults) though the answer is the same for every account.
    private static XmlRpcValue RatingList(Tenant tenant, TimeProvider time) => AccountWire.Rating(time.GetUtcNow().UtcDateTime);

    private static async Task<XmlRpcValue> BalanceAsync(Tenant tenant, AccountService accounts) =>
        AccountWire.Balance(await accounts.AccountAsync(tenant));

    private static XmlRpcValue VersionInfo(Tenant tenant) => new XmlRpcStruct(1) { { "api_version", ApiVersion } };
}
