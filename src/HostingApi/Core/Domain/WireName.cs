using System.Collections.Frozen;
using System.Reflection;

namespace HostingApi.Core.Domain;

/// <summary>
/// How an enum value is spelled on the wire and in the database: snake_case of its name
/// (<c>BeingCreated</c> -> <c>being_created</c>), or UPPER_CASE for enums marked
/// <see cref="UpperCaseWireNamesAttribute"/> (operation steps: <c>WAIT</c>, <c>DONE</c>).
/// </summary>
public static class WireName
{
    public static string Of<T>(T value) where T : struct, Enum => Names<T>.ToWire[value];

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum => Names<T>.FromWire.TryGetValue(text, out value);

    public static IEnumerable<string> All<T>() where T : struct, Enum => Names<T>.ToWire.Values;

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToWire = Enum.GetValues<T>().ToFrozenDictionary(v => v, Spell);

        public static readonly FrozenDictionary<string, T> FromWire =
            ToWire.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        private static string Spell(T value)
        {
            var snake = Naming.ToSnakeCase(value.ToString());
            return typeof(T).GetCustomAttribute<UpperCaseWireNamesAttribute>() is null ? snake : snake.ToUpperInvariant();
        }
    }
}

/// <summary>The enum's wire names are UPPER_CASE.</summary>
[AttributeUsage(AttributeTargets.Enum)]
public sealed class UpperCaseWireNamesAttribute : Attribute;
