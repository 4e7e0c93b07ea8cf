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

    private ArgumentPlace(Func<string> describe) => _describe = describe;

    public string Description => _description ??= _describe();

    public static ArgumentPlace Argument(int position, string name, Func<string> signature) =>
        new(() => $"argument {position} ({name}) of {signature()}");

    public ArgumentPlace Member(string member) => new(() => $"member '{member}' of {Description}");

    public ArgumentPlace Item(int index) => new(() => $"item {index} of {Description}");

    public override string ToString() => Description;
}
