using System.Text.Encodings.Web;
using HostingApi.Dialects.Gandi.Rpc;

namespace HostingApi.Dialects.Gandi.Endpoint;

/// <summary>What a browser (or a curious <c>curl</c>) sees on GET: what this server is and how to point a client at it.</summary>
internal static class HelpPage
{
    public static Task WriteAsync(HttpContext context)
    {
        var registry = context.RequestServices.GetRequiredService<RpcMethodRegistry>();
        var url = HtmlEncoder.Default.Encode($"{context.Request.Scheme}://{context.Request.Host}/xmlrpc/");
        // The emulator's dashboard, named by its configuration key only: the dialect knows nothing of the control plane's code.
        var dashboard = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Emulator:Dashboard:Enabled", true)
            ? "<p>See and steer the emulator in a browser: <a href=\"/_emulator/ui/\">the dashboard</a> (accounts, operations, journal, faults).</p>"
            : "";
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>HostingApi</title></head>
            <body>
            <h1>HostingApi</h1>
            <p>An emulator of Gandi's hosting XML-RPC API, for tests and laptops. It answers XML-RPC calls
            (HTTP POST, <code>Content-Type: text/xml</code>) at <code>{url}</code>; {registry.Names.Count} methods are registered
            (<code>system.listMethods</code> lists them).</p>
            <p>Point any client at that URL instead of <code>https://rpc.gandi.net/xmlrpc/</code>. With Python:</p>
            <pre>import xmlrpc.client
            api = xmlrpc.client.ServerProxy("{url}")
            print(api.system.listMethods())</pre>
            {dashboard}
            </body></html>
            """);
    }
}
