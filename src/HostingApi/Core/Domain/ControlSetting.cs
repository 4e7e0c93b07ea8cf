namespace HostingApi.Core.Domain;

/// <summary>
/// One piece of control-plane state (the virtual clock, the operation policies, the fault rules) as the
/// JSON document every instance on the database loads: not part of the emulated state, so a state
/// document, a snapshot and a reset of the tables leave it alone (the control plane's reset puts each
/// back through its own <c>IResettable</c>).
/// </summary>
public sealed class ControlSetting
{
    private ControlSetting()
    {
    }

    public ControlSetting(string key, string document)
    {
        Key = key;
        Document = document;
    }

    /// <summary>Which setting: <c>clock</c>, <c>policies</c>, <c>faults</c>.</summary>
    public string Key { get; private set; } = "";

    public string Document { get; private set; } = "{}";

    public void Replace(string document) => Document = document;
}
