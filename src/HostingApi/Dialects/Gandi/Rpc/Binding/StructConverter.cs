using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;
using HostingApi.Core.Domain;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>
/// An XML-RPC struct into an <see cref="RpcStructAttribute"/> class: each member into its property,
/// an unknown member or a missing <c>required</c> one is a fault naming the key.
/// </summary>
internal sealed class StructConverter : ValueConverter
{
    private readonly Type _type;
    private readonly Lazy<Members> _members;

    public StructConverter(Type type)
    {
        _type = type;

        // Lazy: a struct may contain itself (through a list), and converters are built recursively.
        _members = new Lazy<Members>(() => Members.Of(type));
    }

    public override string XmlRpcType => "struct";

    /// <summary>The wire names this struct accepts, in declaration order (for help texts and faults).</summary>
    public IReadOnlyList<string> AcceptedNames => _members.Value.Names;

    public override object? Convert(XmlRpcValue value, ArgumentPlace place)
    {
        if (value.Kind != XmlRpcValueKind.Struct)
        {
            throw WrongType(FaultObject.Struct, place, "struct", value);
        }

        var members = _members.Value;
        var instance = Activator.CreateInstance(_type)!;
        var seenRequired = 0;
        foreach (var (name, memberValue) in value.AsStruct())
        {
            if (!members.ByName.TryGetValue(name, out var member))
            {
                throw Errors.UnknownStructKey(name, place.Description, members.Names);
            }

            member.Property.SetValue(instance, member.Converter.Convert(memberValue, place.Member(name)));
            if (member.Required)
            {
                seenRequired++;
            }
        }

        if (seenRequired < members.RequiredCount)
        {
            var missing = members.ByName.Values.First(m => m.Required && !value.AsStruct().ContainsKey(m.Name));
            throw Errors.MissingStructKey(missing.Name, place.Description);
        }

        return instance;
    }

    private sealed record Member(string Name, PropertyInfo Property, ValueConverter Converter, bool Required);

    private sealed record Members(FrozenDictionary<string, Member> ByName, IReadOnlyList<string> Names, int RequiredCount)
    {
        public static Members Of(Type type)
        {
            var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite)
                .Select(p => new Member(
                    p.GetCustomAttribute<RpcMemberAttribute>()?.Name ?? Naming.ToSnakeCase(p.Name),
                    p,
                    For(p) ?? throw new InvalidOperationException($"{type.Name}.{p.Name}: {p.PropertyType} cannot be bound from XML-RPC."),
                    p.GetCustomAttribute<RequiredMemberAttribute>() is not null))
                .ToList();
            return new Members(
                members.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal),
                members.Select(m => m.Name).ToList(),
                members.Count(m => m.Required));
        }
    }
}
