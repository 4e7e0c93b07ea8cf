using HostingApi.Core.Errors;
using HostingApi.Core.Operations.Effects;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HostingApi.Core.Operations;

public static class OperationServiceCollectionExtensions
{
    /// <summary>The queue: policies from configuration, the runner, its background processor, every effect.</summary>
    public static IServiceCollection AddOperationQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OperationQueueOptions>().Bind(configuration.GetSection(OperationQueueOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OperationQueueOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<WriteGate>();
        services.AddSingleton<OperationSchedule>();
        services.AddSingleton<OperationQueue>();
        services.TryAddSingleton<IErrorWording, PlainErrorWording>();
        services.AddSingleton<OperationRunner>();
        services.AddSingleton<OperationEffects>();
        services.AddSingleton<IOperationEffect, DiskCreateEffect>();
        services.AddSingleton<IOperationEffect>(new RecordOnlyEffect("disk_update"));
        services.AddSingleton<IOperationEffect>(new RecordOnlyEffect("iface_update"));
        services.AddSingleton<IOperationEffect>(new RecordOnlyEffect("ip_update"));
        services.AddSingleton<IOperationEffect>(new RecordOnlyEffect("vlan_update"));
        services.AddSingleton<IOperationEffect, IfaceCreateEffect>();
        services.AddSingleton<IOperationEffect, IfaceDeleteEffect>();
        services.AddSingleton<IOperationEffect, VlanCreateEffect>();
        services.AddSingleton<IOperationEffect, VlanDeleteEffect>();
        services.AddSingleton<IOperationEffect, DiskDeleteEffect>();
        services.AddSingleton<IOperationEffect, DiskRollbackEffect>();
        services.AddSingleton<IOperationEffect, DiskMigrationEffect>();
        services.AddSingleton<IOperationEffect, VmRebootEffect>();
        services.AddSingleton<IOperationEffect, VmCreateEffect>();
        services.AddSingleton<IOperationEffect, VmDeleteEffect>();
        services.AddSingleton<IOperationEffect, VmMigrationEffect>();
        services.AddSingleton<IOperationEffect, IfaceMigrationEffect>();
        foreach (var type in new[] { "hosting_account_product_add", "hosting_account_product_renew", "hosting_account_product_remove", "hosting_account_product_update" })
        {
            services.AddSingleton<IOperationEffect>(new ProductEffect(type));
        }
        services.AddSingleton<IOperationEffect>(new VmPowerEffect("vm_start", start: true));
        services.AddSingleton<IOperationEffect>(new VmPowerEffect("vm_stop", start: false));
        services.AddSingleton<IOperationEffect>(new RecordOnlyEffect("vm_update"));
        services.AddSingleton<IOperationEffect>(new RecordOnlyEffect("disk_attach"));
        services.AddSingleton<IOperationEffect>(new RecordOnlyEffect("disk_detach"));
        services.AddSingleton<IOperationEffect>(new RecordOnlyEffect("iface_attach"));
        services.AddSingleton<IOperationEffect>(new RecordOnlyEffect("iface_detach"));
        services.AddHostedService<OperationQueueProcessor>();
        return services;
    }
}
