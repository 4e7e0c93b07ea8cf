using System.Collections.Frozen;

namespace HostingApi.Core.Operations.Effects;

/// <summary>
/// Every operation type's effect, by type. Built at start-up, it refuses to exist unless each type of
/// <see cref="OperationTypes"/> has exactly one effect and every effect is for a known type: a typo
/// can no longer create operations that silently do nothing.
/// </summary>
public sealed class OperationEffects
{
    private readonly FrozenDictionary<string, IOperationEffect> _byType;

    public OperationEffects(IEnumerable<IOperationEffect> effects)
    {
        var byType = effects.GroupBy(e => e.Type, StringComparer.Ordinal).ToList();
        var problems = byType.Where(g => g.Count() > 1).Select(g => $"'{g.Key}' has {g.Count()} effects")
            .Concat(byType.Where(g => !OperationTypes.All.Contains(g.Key)).Select(g => $"'{g.Key}' is not in OperationTypes"))
            .Concat(OperationTypes.All.Except(byType.Select(g => g.Key)).Order(StringComparer.Ordinal).Select(t => $"'{t}' has no effect"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Operation effects are inconsistent: " + string.Join("; ", problems));
        }

        _byType = byType.ToFrozenDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
    }

    public IOperationEffect For(string type) =>
        _byType.TryGetValue(type, out var effect) ? effect : throw new InvalidOperationException($"Unknown operation type '{type}'.");
}
