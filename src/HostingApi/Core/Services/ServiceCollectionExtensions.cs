using HostingApi.Core.Coordination;
using HostingApi.Core.Persistence;
using HostingApi.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HostingApi.Core.Services;

public static class ServiceCollectionExtensions
{
    /// <summary>The services the methods call: one per resource, scoped to the request.</summary>
    public static IServiceCollection AddHostingServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReadCacheOptions>().Bind(configuration.GetSection(ReadCacheOptions.Section));
        services.AddSingleton<ReadCache>();
        services.AddSingleton<Reads>();
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<SnapshotProfiles>();
        services.AddSingleton<SessionService>();
        services.AddSingleton<ConfiguredAccounts>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<PasswordAuthentication>();
        services.TryAddSingleton<IIdentities, RandomIdentities>();
        services.AddSingleton<ObjectIdAssignment>();

        // Memory of the database's state, refreshed together through ProcessState.
        services.AddSingleton<ProcessState>();
        services.AddSingleton<Readiness>();
        services.AddSingleton<IProcessState>(sp => sp.GetRequiredService<ReadCache>());
        services.AddSingleton<IProcessState>(sp => sp.GetRequiredService<TenantDirectory>());
        services.AddSingleton<IProcessState>(sp => sp.GetRequiredService<SnapshotProfiles>());
        services.AddSingleton<IProcessState>(sp => sp.GetRequiredService<SessionService>());
        services.AddScoped<CatalogService>();
        services.AddScoped<AccountService>();
        services.AddScoped<OperationService>();
        services.AddScoped<Mutation>();
        services.AddScoped<DiskService>();
        services.AddScoped<DiskViews>();
        services.AddScoped<Annotations>();
        services.AddScoped<SshKeyService>();
        services.AddScoped<IfaceService>();
        services.AddScoped<IpService>();
        services.AddScoped<VlanService>();
        services.AddScoped<VmService>();
        services.AddScoped<ProductService>();
        return services;
    }
}
