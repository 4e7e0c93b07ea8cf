using HostingApi.Core.Inspection;

namespace HostingApi.Dialects.CloudSigma.Inspection;

/// <summary>What the CloudSigma dialect shows an inspector (the dashboard): a CloudSigma account's drives and servers, in CloudSigma's words.</summary>
public static class CloudSigmaInspection
{
    public const string Family = "CloudSigma";

    public static IServiceCollection AddCloudSigmaInspection(this IServiceCollection services)
    {
        services.AddScoped<IAccountObjectKind, CloudSigmaDrives>();
        services.AddScoped<IAccountObjectKind, CloudSigmaServers>();
        return services;
    }
}
