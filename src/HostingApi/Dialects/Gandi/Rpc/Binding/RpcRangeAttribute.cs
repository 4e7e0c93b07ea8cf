using HostingApi.Dialects.Gandi.Faults;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>
/// The values a numeric parameter or struct member accepts, both ends included; outside them (or NaN)
/// the call is refused with <see cref="Object"/>'s CAUSE_VALUE fault (5OO030, e.g. 530230 for a VM's
/// figures) before the handler runs. An int named <c>…Id</c> without one accepts positive ids only.
/// The bounds chosen are listed in docs/api-notes.md.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RpcRangeAttribute(double min, double max) : Attribute
{
    /// <summary>What a 32-bit id may be: Gandi's ids are positive.</summary>
    public static RpcRangeAttribute PositiveId { get; } = new(1, int.MaxValue);

    public double Min => min;

    public double Max => max;

    /// <summary>The object the fault names (its code's middle digits).</summary>
    public FaultObject Object { get; init; } = FaultObject.Integer;
}
