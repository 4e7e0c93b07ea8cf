using HostingApi.Core.Errors;
using HostingApi.Dialects.Gandi.Endpoint;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.Dialects.Gandi.Legacy;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HostingApi.Dialects.Gandi.Rpc;

public static class RpcServiceCollectionExtensions
{
    /// <summary>The codec limits, the method registry built from every method family, and the dispatcher.</summary>
    public static IServiceCollection AddXmlRpc(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked when the host starts, so a bad limit stops it with one line naming the setting.
        services.AddOptions<XmlRpcOptions>().Bind(configuration.GetSection(XmlRpcOptions.Section))
            .Validate(o => o.MaxRequestBytes > 0, "XmlRpc:MaxRequestBytes must be a positive number of bytes")
            .Validate(o => o.MaxDepth > 0, "XmlRpc:MaxDepth must be at least 1")
            .Validate(o => o.MaxElements > 0, "XmlRpc:MaxElements must be at least 1")
            .ValidateOnStart();
        services.AddOptions<LegacyOptions>().Bind(configuration.GetSection(LegacyOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<XmlRpcOptions>>().Value.ToReaderOptions());
        services.Replace(ServiceDescriptor.Singleton<IErrorWording, GandiErrorWording>()); // last_error and control-plane refusals in Gandi's words

        // Kestrel enforces the same body limit for chunked bodies that announce no length.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<XmlRpcOptions>>((kestrel, rpc) =>
        {
            kestrel.Limits.MaxRequestBodySize = rpc.Value.MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });

        services.AddSingleton(sp =>
        {
            var builder = new RpcMethodRegistryBuilder(sp.GetRequiredService<IOptions<XmlRpcOptions>>().Value.ToTextLimits());
            foreach (var family in sp.GetServices<IRpcMethodFamily>())
            {
                family.Register(builder);
            }

            return builder.Build(sp.GetRequiredService<IServiceProviderIsService>());
        });
        services.AddSingleton<RpcFaultMapper>();
        services.AddSingleton<RpcDispatcher>();
        return services;
    }

    /// <summary>Adds a family of methods (e.g. <c>system.*</c>) to the registry.</summary>
    public static IServiceCollection AddRpcMethods<TFamily>(this IServiceCollection services)
        where TFamily : class, IRpcMethodFamily
    {
        services.AddSingleton<IRpcMethodFamily, TFamily>();
        return services;
    }
}
