using HostingApi.Core.Inspection;

namespace HostingApi.Dialects.Gigas.Inspection;

/// <summary>What the Gigas dialect shows an inspector (the dashboard): a Gigas account's disks and VMs, in Gigas' words.</summary>
public static class GigasInspection
{
    public const string Family = "Gigas";

    public static IServiceCollection AddGigasInspection(this IServiceCollection services)
    {
        services.AddScoped<IAccountObjectKind, GigasDisks>();
        services.AddScoped<IAccountObjectKind, GigasVms>();
        return services;
    }
}
