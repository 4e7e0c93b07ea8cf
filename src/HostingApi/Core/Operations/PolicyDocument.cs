using System.Text.Json.Nodes;

namespace HostingApi.Core.Operations;

/// <summary>
/// The policies as the document instances share (<see cref="OperationPolicies"/>):
/// <c>{"default": {"mode": "Held", "wait_seconds": 1, "run_seconds": 10, "polls": 1}, "types": {"vm_create": {...}}}</c>,
/// the same words as <c>GET /_emulator/policies</c>.
/// </summary>
public static class PolicyDocument
{
    public static string Write(OperationQueueOptions options)
    {
        var types = new JsonObject();
        foreach (var (type, policy) in options.Types.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            types[type] = Write(policy);
        }

        return new JsonObject { ["default"] = Write(options.Default), ["types"] = types }.ToJsonString();
    }

    public static OperationQueueOptions Read(string document)
    {
        var json = JsonNode.Parse(document)!;
        var options = new OperationQueueOptions { Default = Read(json["default"]!) };
        foreach (var (type, policy) in json["types"]?.AsObject() ?? [])
        {
            options.Types[type] = Read(policy!);
        }

        return options;
    }

    private static JsonObject Write(OperationPolicy policy) => new()
    {
        ["mode"] = policy.Mode.ToString(),
        ["wait_seconds"] = policy.WaitSeconds,
        ["run_seconds"] = policy.RunSeconds,
        ["polls"] = policy.Polls,
    };

    private static OperationPolicy Read(JsonNode json) => new()
    {
        Mode = Enum.Parse<OperationMode>((string)json["mode"]!),
        WaitSeconds = (double)json["wait_seconds"]!,
        RunSeconds = (double)json["run_seconds"]!,
        Polls = (int)json["polls"]!,
    };
}
