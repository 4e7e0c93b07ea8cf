using System.Text;

namespace HostingApi.Core.Domain;

/// <summary>How C# names become wire names: <c>DatacenterId</c> and <c>datacenterId</c> become <c>datacenter_id</c>.</summary>
public static class Naming
{
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_')
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
