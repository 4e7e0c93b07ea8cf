using HostingApi.Dialects.Gandi.Faults;

namespace HostingApi.Core.Domain;

/// <summary>Helpers every entity uses to refuse an illegal transition the same way.</summary>
internal static class Transition
{
    /// <summary>Throws the Gandi state fault unless <paramref name="current"/> is one of <paramref name="allowed"/>.</summary>
    public static void Require<TState>(FaultObject objectCode, string label, long id, TState current, string action, params TState[] allowed)
        where TState : struct, Enum
    {
        if (!allowed.Contains(current))
        {
            throw Errors.WrongState(objectCode, label, id, WireName.Of(current), action);
        }
    }
}
