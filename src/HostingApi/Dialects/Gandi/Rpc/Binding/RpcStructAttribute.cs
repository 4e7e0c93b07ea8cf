namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>
/// Marks a class as bindable from an XML-RPC struct. Its settable properties are the accepted
/// members (snake_case of the property name unless <see cref="RpcMemberAttribute"/> says otherwise);
/// a <c>required</c> property is a mandatory member; any other member sent is a fault.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RpcStructAttribute : Attribute;

/// <summary>Gives a struct member a wire name that is not the snake_case of the property (e.g. <c>~name</c>).</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class RpcMemberAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
