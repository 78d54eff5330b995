using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>JSON to the plain values the engine coerces.</summary>
public static class JsonValues
{
    /// <summary>
    /// null, bool, string, numbers (int when integral and in range, else long, else double),
    /// <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c> (in document order).
    /// </summary>
    public static object? ToValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    // Later duplicates win, as in JSON.parse.
                    map.Remove(property.Name);
                    map[property.Name] = ToValue(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(ToValue(item));
                }

                return list;
            default:
                return ToScalarValue(element);
        }
    }

    /// <summary>A JSON scalar as a plain value; objects and arrays are returned as the element itself.</summary>
    internal static object? ToScalarValue(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return ToNumber(element);
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.Object:
            case JsonValueKind.Array:
                return element;
            default:
                return null;
        }
    }

    private static object ToNumber(JsonElement element)
    {
        if (element.TryGetInt32(out var i))
        {
            return i;
        }

        if (element.TryGetInt64(out var l))
        {
            return l;
        }

        var d = element.TryGetDouble(out var parsed)
            ? parsed
            : double.Parse(element.GetRawText(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
        return FromDouble(d);
    }

    /// <summary>
    /// A number that did not fit int or long as written (<c>1.0</c>, <c>1e2</c>): int or long when integral and in range
    /// (long only within JavaScript's safe integers), else the double.
    /// </summary>
    public static object FromDouble(double d)
    {
        if (Math.Floor(d) == d && d is >= int.MinValue and <= int.MaxValue)
        {
            return (int)d;
        }

        if (Math.Floor(d) == d && d is >= -9007199254740991 and <= 9007199254740991)
        {
            return (long)d;
        }

        return d;
    }
}
