using HostingApi.Core.Domain;
using HostingApi.Core.Services;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Wire;

/// <summary>
/// <c>hosting.account.info</c> in either model: credit ("rating") accounts show their credits and nil
/// resources (as Gandi's 2012+ answers); shares accounts show granted, used and available resources
/// and the share definition (as the 2011 answers), which libcloud reads to size nodes.
/// </summary>
public static class AccountWire
{
    /// <summary>What one share bought in Gandi's legacy model (the 2011 capture).</summary>
    public static XmlRpcStruct ShareDefinition() => new(6)
    {
        { "servers", ResourceQuota.Share.Servers },
        { "bandwidth", ResourceQuota.Share.Bandwidth },
        { "memory", ResourceQuota.Share.Memory },
        { "cores", ResourceQuota.Share.Cores },
        { "slots", 2.0 / 3.0 },
        { "disk", GandiDiskSize.Megabytes(ResourceQuota.Share.DiskBytes) },
    };

    public static XmlRpcStruct Info(AccountView view)
    {
        var a = view.Account;
        var result = new XmlRpcStruct(12)
        {
            { "id", a.Id },
            { "handle", a.Handle },
            { "fullname", a.FullName },
            { "rating_enabled", a.RatingEnabled },
            { "credits", a.Credits },
            { "average_credit_cost", a.RatingEnabled ? 0.0 : XmlRpcValue.Nil },
            { "date_credits_expiration", XmlRpcValue.Nil },
            { "cycle_day", a.CycleDay },
        };
        if (a.RatingEnabled)
        {
            result.Add("share_definition", XmlRpcValue.Nil);
            result.Add("products", XmlRpcValue.Nil);
            result.Add("resources", new XmlRpcStruct(4) { { "available", XmlRpcValue.Nil }, { "granted", XmlRpcValue.Nil }, { "used", XmlRpcValue.Nil }, { "expired", XmlRpcValue.Nil } });
        }
        else
        {
            result.Add("share_definition", ShareDefinition());
            result.Add("products", new XmlRpcArray());
            result.Add("resources", Resources(a.Granted, view.Used, view.Available));
        }

        return result;
    }

    public static XmlRpcArray Rating(DateTime now)
    {
        var rates = new XmlRpcStruct();
        foreach (var (resource, values) in Core.Services.Rating.Current)
        {
            if (values is null)
            {
                rates.Add(resource, XmlRpcValue.Nil);
                continue;
            }

            var rate = new XmlRpcStruct(values.Count);
            foreach (var (kind, credits) in values)
            {
                rate.Add(kind, credits);
            }

            rates.Add(resource, rate);
        }

        rates.Add("timestamp", now);
        return [rates];
    }

    public static XmlRpcStruct Balance(Account a) => new(2)
    {
        { "handle", a.Handle },
        { "prepaid", new XmlRpcStruct(2) { { "amount", a.PrepaidAmount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) }, { "currency", a.Currency } } },
    };

    /// <summary>The shares model's <c>resources</c>: granted, used, available, and an empty expired.</summary>
    public static XmlRpcStruct Resources(ResourceQuota granted, ResourceQuota used, ResourceQuota available) => new(4)
    {
        { "available", Resources(available) },
        { "granted", Resources(granted) },
        { "used", Resources(used) },
        { "expired", new XmlRpcStruct() },
    };

    private static XmlRpcStruct Resources(ResourceQuota q) => new(6)
    {
        { "servers", q.Servers },
        { "ips", q.Ips },
        { "cores", q.Cores },
        { "memory", q.Memory },
        { "disk", GandiDiskSize.Megabytes(q.DiskBytes) },
        { "bandwidth", q.Bandwidth },
    };
}
