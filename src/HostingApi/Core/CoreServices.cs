using HostingApi.Core.Operations;
using HostingApi.Core.Services;

namespace HostingApi.Core;

/// <summary>The neutral core every dialect serves: the operation queue, one service per resource, tenancy, the read path.</summary>
public static class CoreServices
{
    public static IServiceCollection AddCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOperationQueue(configuration);   // operation types and effects, policies, runner, background processor
        services.AddHostingServices(configuration);  // services, tenancy, read cache, refreshable process state
        return services;
    }
}
