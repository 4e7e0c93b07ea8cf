namespace HostingApi.Core.Domain;

/// <summary>
/// One named value of a small open-ended map whose values are text, a number or a flag:
/// a kernel command-line option (<c>root=/dev/xvda1</c>, <c>ro</c>) or an operation parameter
/// (<c>vlan_id</c>, <c>inner_step</c>). Kept as JSON in one column.
/// </summary>
public sealed record NamedValue(string Name, string? Text = null, long? Number = null, bool? Flag = null)
{
    public static NamedValue Of(string name, string text) => new(name, Text: text);

    public static NamedValue Of(string name, long number) => new(name, Number: number);

    public static NamedValue Of(string name, bool flag) => new(name, Flag: flag);
}
