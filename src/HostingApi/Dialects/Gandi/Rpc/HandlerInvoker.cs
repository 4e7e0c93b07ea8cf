using System.Linq.Expressions;
using System.Reflection;
using HostingApi.Core.Domain;
using HostingApi.Core.Tenancy;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc;

/// <summary>
/// Calls a handler delegate with bound arguments. Each handler parameter is one of: a positional
/// XML-RPC argument (a type with a <see cref="ValueConverter"/>), the <see cref="RpcCallContext"/>,
/// a <see cref="CancellationToken"/>, or a service resolved from the request scope. The call itself
/// is a compiled expression, not reflection.
/// </summary>
internal sealed class HandlerInvoker
{
    private readonly Slot[] _slots;
    private readonly Func<object?[], ValueTask<XmlRpcValue>> _call;

    private HandlerInvoker(Slot[] slots, Func<object?[], ValueTask<XmlRpcValue>> call, IReadOnlyList<RpcParameter> parameters)
    {
        _slots = slots;
        _call = call;
        Parameters = parameters;
    }

    public IReadOnlyList<RpcParameter> Parameters { get; }

    public bool TakesApiKey => Parameters.Count > 0 && Parameters[0].Converter == ScalarConverters.ApiKey;

    public bool ResolvesTenant => _slots.Any(s => s.Kind == SlotKind.Tenant);

    public IEnumerable<Type> ServiceTypes => _slots.Where(s => s.Kind == SlotKind.Service).Select(s => s.Type);

    public static HandlerInvoker Create(string methodName, Delegate handler, Func<string> signature, TextLimits? limits = null)
    {
        var parameters = handler.Method.GetParameters();
        var slots = new Slot[parameters.Length];
        var positional = new List<RpcParameter>();
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            var type = p.ParameterType;
            if (type == typeof(RpcCallContext))
            {
                slots[i] = new Slot(SlotKind.Context, type, null);
            }
            else if (type == typeof(CancellationToken))
            {
                slots[i] = new Slot(SlotKind.Cancellation, type, null);
            }
            else if (type == typeof(SessionTenant))
            {
                // The legacy session argument, resolved to its account.
                if (positional.Count != 0)
                {
                    throw new InvalidOperationException($"{methodName}: the session must be the first argument.");
                }

                var parameter = new RpcParameter("session", ScalarConverters.String, false, null, ArgumentPlace.Argument(1, "session", signature, limits));
                slots[i] = new Slot(SlotKind.Session, type, parameter);
                positional.Add(parameter);
            }
            else if (type == typeof(Tenant))
            {
                // The API key argument, resolved to its account: the method acts for that account only.
                if (positional.Count != 0)
                {
                    throw new InvalidOperationException($"{methodName}: the API key must be the first argument.");
                }

                var parameter = new RpcParameter("apikey", ScalarConverters.ApiKey, false, null, ArgumentPlace.Argument(1, "apikey", signature, limits));
                slots[i] = new Slot(SlotKind.Tenant, type, parameter);
                positional.Add(parameter);
            }
            else if (ValueConverter.For(p) is { } converter)
            {
                var name = type == typeof(ApiKey) ? "apikey" : Naming.ToSnakeCase(p.Name ?? $"arg{i}");
                if (type == typeof(ApiKey) && positional.Count != 0)
                {
                    throw new InvalidOperationException($"{methodName}: the API key must be the first argument.");
                }

                var parameter = new RpcParameter(
                    name,
                    converter,
                    p.HasDefaultValue,
                    p.HasDefaultValue ? DefaultOf(p) : null,
                    ArgumentPlace.Argument(positional.Count + 1, name, signature, limits));
                slots[i] = new Slot(SlotKind.Positional, type, parameter);
                positional.Add(parameter);
            }
            else
            {
                slots[i] = new Slot(SlotKind.Service, type, null);
            }
        }

        return new HandlerInvoker(slots, Compile(methodName, handler, parameters), positional);
    }

    public ValueTask<XmlRpcValue> InvokeAsync(IReadOnlyList<XmlRpcValue> arguments, RpcCallContext context)
    {
        var values = new object?[_slots.Length];
        var next = 0;
        for (var i = 0; i < _slots.Length; i++)
        {
            var slot = _slots[i];
            values[i] = slot.Kind switch
            {
                SlotKind.Positional => next < arguments.Count
                    ? slot.Parameter!.Converter.Convert(arguments[next++], slot.Parameter.Place)
                    : slot.Parameter!.DefaultValue,
                SlotKind.Tenant => context.Services.GetRequiredService<TenantDirectory>()
                    .Resolve(((ApiKey)slot.Parameter!.Converter.Convert(arguments[next++], slot.Parameter.Place)!).Value, Providers.Gandi),
                SlotKind.Session => new SessionTenant(context.Services.GetRequiredService<SessionService>()
                    .Resolve((string)slot.Parameter!.Converter.Convert(arguments[next++], slot.Parameter.Place)!, Providers.Gandi)),
                SlotKind.Context => context,
                SlotKind.Cancellation => context.Aborted,
                _ => context.Services.GetRequiredService(slot.Type),
            };
        }

        return _call(values);
    }

    private static Func<object?[], ValueTask<XmlRpcValue>> Compile(string methodName, Delegate handler, ParameterInfo[] parameters)
    {
        var array = Expression.Parameter(typeof(object?[]), "arguments");
        var arguments = parameters.Select((p, i) =>
            (Expression)Expression.Convert(Expression.ArrayIndex(array, Expression.Constant(i)), p.ParameterType));
        var target = handler.Target is null ? null : Expression.Constant(handler.Target);
        var call = Expression.Call(target, handler.Method, arguments);

        var returnType = handler.Method.ReturnType;
        Expression body;
        if (returnType == typeof(ValueTask<XmlRpcValue>))
        {
            body = call;
        }
        else if (returnType == typeof(XmlRpcValue) || returnType == typeof(Task<XmlRpcValue>))
        {
            body = Expression.New(typeof(ValueTask<XmlRpcValue>).GetConstructor([returnType])!, call);
        }
        else
        {
            throw new InvalidOperationException(
                $"{methodName}: a handler returns XmlRpcValue, Task<XmlRpcValue> or ValueTask<XmlRpcValue>, not {returnType}.");
        }

        return Expression.Lambda<Func<object?[], ValueTask<XmlRpcValue>>>(body, array).Compile();
    }

    private static object? DefaultOf(ParameterInfo parameter) =>
        parameter.DefaultValue is null or DBNull && parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null
            ? Activator.CreateInstance(parameter.ParameterType)
            : parameter.DefaultValue is DBNull ? null : parameter.DefaultValue;

    private enum SlotKind
    {
        Positional,
        Tenant,
        Session,
        Context,
        Cancellation,
        Service,
    }

    private sealed record Slot(SlotKind Kind, Type Type, RpcParameter? Parameter);
}
