using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Rpc.Binding;

namespace HostingApi.Dialects.Gandi.Rpc;

/// <summary>
/// The immutable table from wire name to method, built once at startup from every
/// <see cref="IRpcMethodFamily"/>. "What runs for method X" is answered here.
/// </summary>
public sealed class RpcMethodRegistry
{
    private readonly FrozenDictionary<string, RpcMethod> _methods;

    internal RpcMethodRegistry(IEnumerable<RpcMethod> methods)
    {
        _methods = methods.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);
        Names = [.. _methods.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every method name, sorted.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool TryGet(string name, [MaybeNullWhen(false)] out RpcMethod method) => _methods.TryGetValue(name, out method);
}

/// <summary>Which API a method belongs to: Gandi's v3 hosting API, or the legacy v1 hosting API.</summary>
public enum RpcSurface
{
    V3,
    Legacy,
}

/// <summary>A group of methods that registers itself, e.g. <c>hosting.disk.*</c> or <c>system.*</c>.</summary>
public interface IRpcMethodFamily
{
    void Register(RpcMethodRegistryBuilder methods);
}

/// <summary>Collects method registrations; refuses a duplicate name at once, so a clash fails startup.</summary>
public sealed class RpcMethodRegistryBuilder(TextLimits? limits = null)
{
    private readonly Dictionary<string, (RpcMethod Method, HandlerInvoker Invoker)> _methods = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="handler"/> under <paramref name="name"/>.</summary>
    /// <param name="name">The wire name.</param>
    /// <param name="handler">The handler; see <see cref="HandlerInvoker"/> for what its parameters may be.</param>
    /// <param name="returns">The XML-RPC type it returns, for system.methodSignature.</param>
    /// <param name="help">One or two sentences for system.methodHelp.</param>
    /// <param name="surface">The legacy v1 surface never answers nil (PHP cannot read it) and words its faults its own way.</param>
    public RpcMethodRegistryBuilder Add(string name, Delegate handler, string returns, string help, RpcSurface surface = RpcSurface.V3)
    {
        if (_methods.ContainsKey(name))
        {
            throw new InvalidOperationException($"The XML-RPC method '{name}' is registered twice.");
        }

        RpcMethod? method = null;
        var invoker = HandlerInvoker.Create(name, handler, () => method!.Signature, limits);
        method = new RpcMethod(name, returns, help, surface, invoker);
        _methods.Add(name, (method, invoker));
        return this;
    }

    /// <summary>
    /// Registers <paramref name="alias"/> as another name of <paramref name="target"/> (Gandi's legacy
    /// unprefixed names: <c>disk.info</c> for <c>hosting.disk.info</c>).
    /// </summary>
    public RpcMethodRegistryBuilder Alias(string alias, string target)
    {
        if (_methods.ContainsKey(alias))
        {
            throw new InvalidOperationException($"The XML-RPC method '{alias}' is registered twice.");
        }

        var (method, invoker) = _methods.TryGetValue(target, out var found)
            ? found
            : throw new InvalidOperationException($"'{alias}' aliases '{target}', which is not registered (yet).");
        _methods.Add(alias, (method.WithName(alias), invoker));
        return this;
    }

    /// <summary>Builds the registry, checking that every service a handler asks for is registered.</summary>
    public RpcMethodRegistry Build(IServiceProviderIsService services)
    {
        foreach (var (name, (_, invoker)) in _methods)
        {
            var missing = invoker.ServiceTypes.FirstOrDefault(t => !services.IsService(t))
                ?? (invoker.ResolvesTenant && !services.IsService(typeof(TenantDirectory)) ? typeof(TenantDirectory) : null);
            if (missing is not null)
            {
                throw new InvalidOperationException(
                    $"The XML-RPC method '{name}' asks for {missing.Name}, which is neither an XML-RPC type nor a registered service.");
            }
        }

        return new RpcMethodRegistry(_methods.Values.Select(m => m.Method));
    }
}
