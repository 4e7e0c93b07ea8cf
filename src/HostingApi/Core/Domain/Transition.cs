using HostingApi.Core.Errors;

namespace HostingApi.Core.Domain;

/// <summary>Helpers every entity uses to refuse an illegal transition the same way.</summary>
internal static class Transition
{
    /// <summary>Throws the state error unless <paramref name="current"/> is one of <paramref name="allowed"/>.</summary>
    public static void Require<TState>(ObjectKind objectKind, long id, TState current, string action, params TState[] allowed)
        where TState : struct, Enum
    {
        if (!allowed.Contains(current))
        {
            throw new WrongStateError(objectKind, id, WireName.Of(current), action);
        }
    }
}
