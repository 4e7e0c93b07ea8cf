using HostingApi.Core.Calls;
using HostingApi.Core.Diagnostics;
using HostingApi.Core.Domain;
using HostingApi.Dialects.Gandi.Rpc;
using HostingApi.Dialects.Gandi.Rpc.Binding;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Calls;

/// <summary>
/// One XML-RPC call's arguments and answer, kept as the wire values they are and converted to plain
/// values only when a fault rule or a journal query asks. Redaction follows the method's signature:
/// an argument bound to an API key or a session becomes its tag, one named like a password a mask;
/// for an unknown method a first argument shaped like an API key is tagged all the same.
/// </summary>
internal sealed class GandiCallValues(RpcMethodRegistry registry, RpcMethod? method, IReadOnlyList<XmlRpcValue> arguments) : ICallValues
{
    /// <summary>
    /// How many values (struct members, array items, scalars) of a call's arguments or of its answer
    /// the journal keeps: a ring of 10,000 calls must not keep 10,000 multi-megabyte requests alive.
    /// </summary>
    public const int MaxKeptValues = 2_000;

    /// <summary>How many values of an answer the journal keeps: an operation or a disk's info, not a list of them.</summary>
    public const int MaxKeptAnswerValues = 200;

    private IReadOnlyList<XmlRpcValue>? _trimmed;

    /// <summary>The answer, set once the call has run (nil until then, and for a fault).</summary>
    public XmlRpcValue Result { get; set; }

    public bool TryGetArgument(int index, IReadOnlyList<string> path, out object? value)
    {
        value = null;
        if (index < 0 || index >= arguments.Count)
        {
            return false;
        }

        var current = arguments[index];
        foreach (var name in path)
        {
            if (current.Kind != XmlRpcValueKind.Struct || !current.AsStruct().TryGetValue(name, out current))
            {
                return false;
            }
        }

        value = PlainValue.Of(current, maskPasswords: false);
        return true;
    }

    public IReadOnlyList<object?> RedactedParameters() => Redact(registry, method, _trimmed ?? arguments);

    /// <summary>Once the call has run: a large argument list or answer is replaced by a note of its size.</summary>
    public void KeepOnlyWhatIsSmall()
    {
        var budget = MaxKeptValues;
        if (!arguments.All(a => Fits(a, ref budget)))
        {
            _trimmed = [XmlRpcValue.FromString($"(arguments of more than {MaxKeptValues} values, not kept)")];
        }

        // The answer is walked only as far as its own budget: a list answer (a 50-disk disk.list is some
        // 1,300 values) is not kept. Kept, it would be promoted with its call's record and die in gen2:
        // under a mixed load that churn, not the ring itself, was most of the journal's memory
        // (docs/performance.md). The walk stops at the budget, so it costs a list call nothing like its size.
        var answerBudget = MaxKeptAnswerValues;
        if (!Fits(Result, ref answerBudget))
        {
            Result = XmlRpcValue.FromString($"(an answer of more than {MaxKeptAnswerValues} values, not kept)");
        }
    }

    // Counts values until the budget runs out: linear in what it reads, never more than the budget.
    private static bool Fits(XmlRpcValue value, ref int budget)
    {
        if (--budget < 0)
        {
            return false;
        }

        switch (value.Kind)
        {
            case XmlRpcValueKind.Struct:
                foreach (var member in value.AsStruct())
                {
                    if (!Fits(member.Value, ref budget))
                    {
                        return false;
                    }
                }

                return true;
            case XmlRpcValueKind.Array:
                foreach (var item in value.AsArray())
                {
                    if (!Fits(item, ref budget))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    public object? RedactedResult()
    {
        if (Result.IsNil)
        {
            return null;
        }

        // The legacy login answers a session id: as secret as the key it stands for.
        return method is { Surface: RpcSurface.Legacy, Name: "login" } && Result.Kind == XmlRpcValueKind.String
            ? SecretTag.Of(Result.AsString())
            : PlainValue.Of(Result);
    }

    public IReadOnlyList<long> OperationIds()
    {
        if (Result.Kind == XmlRpcValueKind.Struct)
        {
            return OperationId(Result) is { } id ? [id] : [];
        }

        return Result.Kind == XmlRpcValueKind.Array
            ? [.. Result.AsArray().Select(OperationId).OfType<long>()]
            : [];
    }

    /// <summary>The credential a call carries (an API key or a session id), for matching a rule; never stored.</summary>
    public static string? Credential(RpcMethod? method, IReadOnlyList<XmlRpcValue> arguments) =>
        arguments.Count > 0 && arguments[0].Kind == XmlRpcValueKind.String && (method is null || IsSecret(method, 0))
            ? arguments[0].AsString()
            : null;

    // An operation as Gandi answers one: a struct with an id and a step.
    private static long? OperationId(XmlRpcValue value) =>
        value.Kind == XmlRpcValueKind.Struct && value.AsStruct().TryGetValue("step", out _)
        && value.AsStruct().TryGetValue("id", out var id) && id.Kind == XmlRpcValueKind.Integer
            ? id.AsInt64()
            : null;

    private static List<object?> Redact(RpcMethodRegistry registry, RpcMethod? method, IReadOnlyList<XmlRpcValue> arguments)
    {
        var plain = new List<object?>(arguments.Count);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (method?.Name == "system.multicall" && argument.Kind == XmlRpcValueKind.Array)
            {
                plain.Add(argument.AsArray().Select(entry => RedactEntry(registry, entry)).ToList());
            }
            else if (argument.Kind == XmlRpcValueKind.String && (method is null ? i == 0 && Account.IsWellFormedApiKey(argument.AsString()) : IsSecret(method, i)))
            {
                plain.Add(SecretTag.Of(argument.AsString()));
            }
            else if (method is not null && i < method.Parameters.Count && PlainValue.IsPasswordName(method.Parameters[i].Name))
            {
                plain.Add(PlainValue.Mask);
            }
            else
            {
                plain.Add(PlainValue.Of(argument));
            }
        }

        return plain;
    }

    // A multicall entry {methodName, params}: its params redacted by the inner method's signature.
    private static object? RedactEntry(RpcMethodRegistry registry, XmlRpcValue entry)
    {
        if (entry.Kind != XmlRpcValueKind.Struct
            || !entry.AsStruct().TryGetValue("methodName", out var name) || name.Kind != XmlRpcValueKind.String
            || !entry.AsStruct().TryGetValue("params", out var parameters) || parameters.Kind != XmlRpcValueKind.Array)
        {
            return PlainValue.Of(entry);
        }

        registry.TryGet(name.AsString(), out var inner);
        return new Dictionary<string, object?>
        {
            ["methodName"] = name.AsString(),
            ["params"] = Redact(registry, inner, parameters.AsArray()),
        };
    }

    private static bool IsSecret(RpcMethod method, int index) =>
        index < method.Parameters.Count
        && (method.Parameters[index].Converter == ScalarConverters.ApiKey || method.Parameters[index].Name == "session");
}
