using System.Runtime.CompilerServices;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>
/// The wire form of a read result, built once per result object. The read cache hands out the same
/// result object until the next write, so polling the same disk list again reuses the same
/// XML-RPC value instead of mapping 100 disks into new structs on every call: that churn was most
/// of the server's garbage under load, and its in-flight part was promoted and held the peak
/// memory up (docs/performance.md). A new result (after a write, or with the cache off) gets a new
/// form; forms go away with their results (a weak table). Forms are shared between calls, so they
/// are never modified after they are built; the writer only reads them, and the endpoint sends
/// their encoded answer (<see cref="SharedAnswers"/>).
/// </summary>
public sealed class WireForm<T> where T : class
{
    private readonly ConditionalWeakTable<T, object> _forms = new();
    private readonly ConditionalWeakTable<T, object>.CreateValueCallback _build;

    public WireForm(Func<T, XmlRpcValue> map) => _build = result =>
    {
        var form = map(result);
        SharedAnswers.Share(form);
        return form;
    };

    public XmlRpcValue Of(T result) => (XmlRpcValue)_forms.GetValue(result, _build);
}
