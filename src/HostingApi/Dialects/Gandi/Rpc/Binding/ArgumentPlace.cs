namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>
/// Where a value sits in a call, for fault messages: "argument 2 (disk_id) of
/// hosting.disk.info(string apikey, int disk_id)", "member 'size' of argument 2 (...)".
/// Built once per parameter at startup; the text is only composed when a fault needs it.
/// </summary>
public sealed class ArgumentPlace
{
    private readonly Func<string> _describe;
    private string? _description;

    private ArgumentPlace(Func<string> describe, TextLimits limits)
    {
        _describe = describe;
        Limits = limits;
    }

    public string Description => _description ??= _describe();

    /// <summary>The string lengths this server accepts (the registry's, from configuration).</summary>
    public TextLimits Limits { get; }

    public static ArgumentPlace Argument(int position, string name, Func<string> signature, TextLimits? limits = null) =>
        new(() => $"argument {position} ({name}) of {signature()}", limits ?? TextLimits.Default);

    // A member's name comes from the wire: clipped, so a fault repeating the place stays short.
    public ArgumentPlace Member(string member) => new(() => $"member '{Faults.Errors.Echo(member)}' of {Description}", Limits);

    public ArgumentPlace Item(int index) => new(() => $"item {index} of {Description}", Limits);

    public override string ToString() => Description;
}
