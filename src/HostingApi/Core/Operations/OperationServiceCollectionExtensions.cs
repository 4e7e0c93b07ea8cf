using HostingApi.Core.Coordination;
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
        // Bound when the host starts (ValidateOnStart), so an unknown mode stops it before it listens.
        services.AddOptions<OperationQueueOptions>().Bind(configuration.GetSection(OperationQueueOptions.Section))
            .Validate(o => o.All().All(p => p.WaitSeconds >= 0 && p.RunSeconds >= 0), "Operations: WaitSeconds and RunSeconds may not be negative")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OperationQueueOptions>>().Value);
        services.AddSingleton<OperationPolicies>();
        services.AddSingleton<ISharedSetting>(sp => sp.GetRequiredService<OperationPolicies>());
        services.AddSingleton<OperationRules>();
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<OperationRules>());
        services.AddSingleton<PolledOperations>();
        services.AddSingleton<IProcessState>(sp => sp.GetRequiredService<PolledOperations>());
        services.AddSingleton(new VirtualClock(TimeProvider.System));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<VirtualClock>());
        services.AddSingleton<ISharedSetting>(sp => sp.GetRequiredService<VirtualClock>());

        // The clock, the policies and the fault rules (the control plane adds its own), held in the database for every instance.
        services.AddSingleton<SharedSettings>();
        services.AddSingleton<IProcessState>(sp => sp.GetRequiredService<SharedSettings>());
        services.AddSingleton<IResettable>(sp => sp.GetRequiredService<SharedSettings>());
        services.AddSingleton<OperationSchedule>();
        services.TryAddSingleton<IErrorWording, PlainErrorWording>();
        services.TryAddSingleton(InstanceIdentity.OfThisProcess());
        services.AddSingleton<OperationRunner>();
        services.AddSingleton<IProcessState>(sp => sp.GetRequiredService<OperationRunner>());
        services.AddSingleton<OperationEffects>();
        AddEffects(services);
        services.AddHostedService<OperationQueueProcessor>();
        return services;
    }

    // Every type of OperationTypes once: OperationEffects refuses to start otherwise.
    private static void AddEffects(IServiceCollection services)
    {
        services.AddSingleton<IOperationEffect, DiskCreateEffect>();
        services.AddSingleton<IOperationEffect, DiskDeleteEffect>();
        services.AddSingleton<IOperationEffect, DiskRollbackEffect>();
        services.AddSingleton<IOperationEffect, DiskMigrationEffect>();
        services.AddSingleton<IOperationEffect, VmCreateEffect>();
        services.AddSingleton<IOperationEffect, VmDeleteEffect>();
        services.AddSingleton<IOperationEffect, VmRebootEffect>();
        services.AddSingleton<IOperationEffect, VmMigrationEffect>();
        services.AddSingleton<IOperationEffect>(new VmPowerEffect(OperationTypes.VmStart, start: true));
        services.AddSingleton<IOperationEffect>(new VmPowerEffect(OperationTypes.VmStop, start: false));
        services.AddSingleton<IOperationEffect, IfaceCreateEffect>();
        services.AddSingleton<IOperationEffect, IfaceDeleteEffect>();
        services.AddSingleton<IOperationEffect, IfaceMigrationEffect>();
        services.AddSingleton<IOperationEffect, VlanCreateEffect>();
        services.AddSingleton<IOperationEffect, VlanDeleteEffect>();
        foreach (var type in new[] { OperationTypes.ProductAdd, OperationTypes.ProductRenew, OperationTypes.ProductRemove, OperationTypes.ProductUpdate })
        {
            services.AddSingleton<IOperationEffect>(new ProductEffect(type));
        }

        // Changes applied when the call was accepted (so the quota check and the change are one step):
        // their operations only record that the backend is done.
        foreach (var type in new[]
        {
            OperationTypes.DiskUpdate, OperationTypes.DiskAttach, OperationTypes.DiskDetach, OperationTypes.VmUpdate,
            OperationTypes.IfaceUpdate, OperationTypes.IfaceAttach, OperationTypes.IfaceDetach, OperationTypes.IpUpdate, OperationTypes.VlanUpdate,
        })
        {
            services.AddSingleton<IOperationEffect>(new RecordOnlyEffect(type));
        }
    }
}
