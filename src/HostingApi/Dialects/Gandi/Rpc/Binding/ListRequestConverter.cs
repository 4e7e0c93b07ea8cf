using HostingApi.Core.Services.Listing;
using HostingApi.Dialects.Gandi.Faults;
using HostingApi.XmlRpc;

namespace HostingApi.Dialects.Gandi.Rpc.Binding;

/// <summary>
/// A list/count options struct into a <see cref="ListRequest"/>: <c>items_per_page</c>, <c>page</c> and
/// <c>sort_by</c> taken out (ints also as decimal strings, for PHP), every other member a filter with a
/// plain value. Which filters exist is the service's <see cref="ListingSpec{T}"/>'s business.
/// </summary>
internal sealed class ListRequestConverter : ValueConverter
{
    public static readonly ListRequestConverter Instance = new();

    public override string XmlRpcType => "struct";

    public override object? Convert(XmlRpcValue value, ArgumentPlace place)
    {
        if (value.Kind != XmlRpcValueKind.Struct)
        {
            throw WrongType(FaultObject.Struct, place, "struct", value);
        }

        var filters = new List<KeyValuePair<string, object?>>();
        int itemsPerPage = ListRequest.DefaultItemsPerPage, page = 0;
        string? sortBy = null;
        foreach (var (name, member) in value.AsStruct())
        {
            switch (name)
            {
                case "items_per_page":
                    itemsPerPage = (int)ScalarConverters.Int32.Convert(member, place.Member(name))!;
                    break;
                case "page":
                    page = (int)ScalarConverters.Int32.Convert(member, place.Member(name))!;
                    break;
                case "sort_by":
                    sortBy = (string)ScalarConverters.String.Convert(member, place.Member(name))!;
                    break;
                default:
                    filters.Add(new(name, Plain(member, place.Member(name))));
                    break;
            }
        }

        return new ListRequest(filters, itemsPerPage, page, sortBy);
    }

    // A filter value ends up in a cache key and an SQL parameter: held to the filter limit.
    private static string Filter(string text, ArgumentPlace place)
    {
        CheckLength(text, place.Limits.MaxFilter, place);
        return text;
    }

    private static object? Plain(XmlRpcValue value, ArgumentPlace place) => value.Kind switch
    {
        XmlRpcValueKind.Nil => null,
        XmlRpcValueKind.Integer => value.AsInt64(),
        XmlRpcValueKind.Boolean => value.AsBoolean(),
        XmlRpcValueKind.Double => value.AsDouble(),
        XmlRpcValueKind.String => Filter(value.AsString(), place),
        XmlRpcValueKind.DateTime => value.AsDateTime(),
        XmlRpcValueKind.Array => value.AsArray().Select((item, i) => Plain(item, place.Item(i))).ToList(),
        _ => throw Errors.BadListOption($"{place.Description}: a filter value is a scalar or a list, not {XmlRpcTypeNames.Of(value.Kind)}"),
    };
}
