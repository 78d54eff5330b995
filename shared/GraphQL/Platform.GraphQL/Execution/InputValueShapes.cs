using System.Collections;
using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>How runtime input values are read: maps are input objects, other enumerables (not strings) are lists.</summary>
internal static class InputValueShapes
{
    public static object? Normalize(object? value) => value is JsonElement element ? JsonValues.ToValue(element) : value;

    public static bool TryGetMap(object? value, out IReadOnlyDictionary<string, object?> map)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                map = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                map = new Dictionary<string, object?>(dictionary, StringComparer.Ordinal);
                return true;
            case IDictionary legacy:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in legacy)
                {
                    copy[Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? ""] = entry.Value;
                }

                map = copy;
                return true;
            default:
                map = null!;
                return false;
        }
    }

    /// <summary>JS <c>isObjectLike</c> for inputs: a map or a list (scalars, strings and null are not).</summary>
    public static bool IsObjectLike(object? value) => value is IEnumerable and not string || TryGetMap(value, out _);

    /// <summary>graphql-js <c>isIterableObject</c>: a collection that is neither a string nor a map.</summary>
    public static bool IsList(object? value) =>
        value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>;
}
