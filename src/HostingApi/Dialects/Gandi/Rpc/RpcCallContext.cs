namespace HostingApi.Dialects.Gandi.Rpc;

/// <summary>What a handler may need besides its arguments: the request's services and its cancellation.</summary>
public sealed class RpcCallContext(IServiceProvider services, string methodName, CancellationToken aborted)
{
    public IServiceProvider Services { get; } = services;

    public string MethodName { get; } = methodName;

    public CancellationToken Aborted { get; } = aborted;
}
