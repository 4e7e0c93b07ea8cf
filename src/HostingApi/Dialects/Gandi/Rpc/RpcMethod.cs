using HostingApi.Dialects.Gandi.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc;

/// <summary>
/// A method as the registry knows it: its name, its positional parameters, its help, and the
/// compiled handler. Binding (arity, types, coercions) happens here, before the handler runs.
/// </summary>
public sealed class RpcMethod
{
    private readonly HandlerInvoker _invoker;

    internal RpcMethod(string name, string returnType, string help, RpcSurface surface, HandlerInvoker invoker)
    {
        Name = name;
        ReturnType = returnType;
        Help = help;
        Surface = surface;
        _invoker = invoker;
        Parameters = invoker.Parameters;
        MinArity = Parameters.Count(p => !p.IsOptional);
        Signature = $"{name}({string.Join(", ", Parameters.Select(p => p.IsOptional ? $"[{p}]" : p.ToString()))})";
    }

    public string Name { get; }

    /// <summary>The same method under another name (an alias).</summary>
    public RpcMethod WithName(string name) => new(name, ReturnType, Help, Surface, _invoker);

    public string ReturnType { get; }

    public string Help { get; }

    public RpcSurface Surface { get; }

    /// <summary>False for the legacy surface: its PHP clients reject a response holding <c>&lt;nil/&gt;</c>.</summary>
    public bool AllowNil => Surface == RpcSurface.V3;

    public IReadOnlyList<RpcParameter> Parameters { get; }

    public int MinArity { get; }

    public int MaxArity => Parameters.Count;

    /// <summary>The signature as fault messages quote it: <c>hosting.disk.info(string apikey, int disk_id)</c>.</summary>
    public string Signature { get; }

    /// <summary>True when the first argument is an API key (logged redacted).</summary>
    public bool TakesApiKey => _invoker.TakesApiKey;

    public ValueTask<XmlRpcValue> InvokeAsync(IReadOnlyList<XmlRpcValue> arguments, RpcCallContext context)
    {
        if (arguments.Count < MinArity || arguments.Count > MaxArity)
        {
            throw Errors.WrongArity(Signature, arguments.Count, MinArity, MaxArity);
        }

        return _invoker.InvokeAsync(arguments, context);
    }
}
