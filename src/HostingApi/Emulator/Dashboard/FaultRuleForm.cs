using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HostingApi.Emulator.Dashboard;

/// <summary>
/// The dashboard's "add a fault rule" form as the JSON a script would post to <c>/_emulator/faults</c>,
/// so one parser (FaultRuleParser) judges both: empty fields are left out, numbers stay numbers.
/// </summary>
public static class FaultRuleForm
{
    public static string ToJson(IFormCollection form)
    {
        string? Field(string name) => form[name].ToString().Trim() is { Length: > 0 } value ? value : null;
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("match");
            foreach (var name in new[] { "method", "account", "test_id" })
            {
                if (Field(name) is { } value)
                {
                    json.WriteString(name, value);
                }
            }

            json.WriteEndObject();
            json.WriteStartObject("action");
            var type = Field("type") ?? "xmlrpc_fault";
            json.WriteString("type", type);
            switch (type)
            {
                case "xmlrpc_fault":
                    json.WriteNumber("code", Integer(Field("code") ?? "500000", "code"));
                    json.WriteString("string", Field("string") ?? "fault injected from the dashboard");
                    break;
                case "http":
                    json.WriteNumber("status", Integer(Field("status") ?? "503", "status"));
                    break;
                case "delay":
                    json.WriteNumber("ms", Integer(Field("ms") ?? "1000", "ms"));
                    break;
            }

            json.WriteEndObject();
            if (Field("times") is { } times)
            {
                json.WriteNumber("times", Integer(times, "times"));
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static long Integer(string text, string field) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{field}: an integer");
}
