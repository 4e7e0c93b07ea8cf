using System.Collections.Frozen;

namespace HostingApi.Core.Operations.Effects;

/// <summary>Every operation type's effect, by type name; a type without one only moves through its steps.</summary>
public sealed class OperationEffects(IEnumerable<IOperationEffect> effects)
{
    private readonly FrozenDictionary<string, IOperationEffect> _byType = effects.ToFrozenDictionary(e => e.Type);

    public IOperationEffect? For(string type) => _byType.GetValueOrDefault(type);
}
