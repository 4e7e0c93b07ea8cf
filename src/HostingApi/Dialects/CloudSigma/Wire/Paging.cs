using HostingApi.Dialects.CloudSigma.Errors;

namespace HostingApi.Dialects.CloudSigma.Wire;

/// <summary>
/// <c>limit</c> (default 20, the schema's <c>default_limit</c>; 0: all) and <c>offset</c> (zero-based),
/// <c>fields</c>, and the documented filters: a comma ORs values within one parameter, <c>\,</c> is a comma.
/// </summary>
public sealed record Paging(int Limit, int Offset)
{
    public const int DefaultLimit = 20;

    public static Paging From(HttpRequest request) =>
        new(Number(request, "limit", DefaultLimit), Number(request, "offset", 0));

    public static IReadOnlyList<string>? Values(HttpRequest request, string name)
    {
        if (!request.Query.TryGetValue(name, out var raw) || raw.ToString().Length == 0)
        {
            return null;
        }

        var values = new List<string>();
        var current = new System.Text.StringBuilder();
        var text = raw.ToString();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == ',')
            {
                current.Append(',');
                i++;
            }
            else if (text[i] == ',')
            {
                values.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }

        values.Add(current.ToString());
        return values;
    }

    private static int Number(HttpRequest request, string name, int fallback)
    {
        if (!request.Query.TryGetValue(name, out var raw) || raw.ToString().Length == 0)
        {
            return fallback;
        }

        return int.TryParse(raw.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw CloudSigmaError.Validation($"{name} must be a non-negative integer", name);
    }
}
