using System.Globalization;
using Platform.GraphQL;

namespace Platform.Federation.Subgraphs;

/// <summary>Reads key and required fields out of an <c>_entities</c> representation, with a GraphQL error when one is missing.</summary>
internal static class Representations
{
    public static string Id(IReadOnlyDictionary<string, object?> representation, string field) =>
        representation.TryGetValue(field, out var value) && value is not null and not IReadOnlyDictionary<string, object?>
            ? Convert.ToString(value, CultureInfo.InvariantCulture)!
            : throw new GraphQLError($"The representation has no \"{field}\" key field.");

    public static IReadOnlyDictionary<string, object?> Object(IReadOnlyDictionary<string, object?> representation, string field) =>
        representation.TryGetValue(field, out var value) && value is IReadOnlyDictionary<string, object?> map
            ? map
            : throw new GraphQLError($"The representation has no \"{field}\" object key field.");

    /// <summary>An integer field of the representation (an <c>@requires</c> field), or null when absent or null.</summary>
    public static long? Int(IReadOnlyDictionary<string, object?> representation, string field) =>
        representation.TryGetValue(field, out var value) && value is IConvertible convertible and not string
            ? convertible.ToInt64(CultureInfo.InvariantCulture)
            : null;
}
