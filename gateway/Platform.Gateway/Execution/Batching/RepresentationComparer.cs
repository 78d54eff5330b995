using System.Text.Json;

namespace Platform.Gateway.Execution.Batching;

/// <summary>
/// Compares representations (JSON-shaped values: dictionaries, lists, strings, booleans, null, numbers) without
/// writing them out: two are equal exactly when their JSON text would be. So keys compare in order (a projection
/// writes them in its fields' order, so the same entity always has the same order), strings ordinally, and numbers
/// by the text they are written as (<see cref="JsonNumberKey"/>: int 1, long 1 and double 1.0 are all "1").
/// Values of any other type compare as the JSON the serializer makes of them, as they would be sent.
/// </summary>
internal sealed class RepresentationComparer : IEqualityComparer<Dictionary<string, object?>>
{
    public static readonly RepresentationComparer Instance = new();

    private RepresentationComparer()
    {
    }

    public bool Equals(Dictionary<string, object?>? x, Dictionary<string, object?>? y) => ValuesEqual(x, y);

    public int GetHashCode(Dictionary<string, object?> obj) => HashOf(obj);

    public static bool ValuesEqual(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        x = Plain(x);
        y = Plain(y);
        switch (x)
        {
            case null:
                return y is null;
            case string text:
                return y is string other && string.Equals(text, other, StringComparison.Ordinal);
            case bool flag:
                return y is bool otherFlag && flag == otherFlag;
            case Dictionary<string, object?> map:
                return y is Dictionary<string, object?> otherMap && MapsEqual(map, otherMap);
            case List<object?> list:
                return y is List<object?> otherList && ListsEqual(list, otherList);
            default:
                return y is not null
                    && JsonNumberKey.TryCreate(x, out var number)
                    && JsonNumberKey.TryCreate(y, out var otherNumber)
                    && number.Equals(otherNumber);
        }
    }

    public static int HashOf(object? value)
    {
        value = Plain(value);
        switch (value)
        {
            case null:
                return 0;
            case string text:
                return StringComparer.Ordinal.GetHashCode(text);
            case bool flag:
                return flag ? 1 : 2;
            case Dictionary<string, object?> map:
                var mapHash = new HashCode();
                foreach (var (key, child) in map)
                {
                    mapHash.Add(StringComparer.Ordinal.GetHashCode(key));
                    mapHash.Add(HashOf(child));
                }

                return mapHash.ToHashCode();
            case List<object?> list:
                var listHash = new HashCode();
                listHash.Add(list.Count);
                foreach (var item in list)
                {
                    listHash.Add(HashOf(item));
                }

                return listHash.ToHashCode();
            default:
                return JsonNumberKey.TryCreate(value, out var number) ? number.GetHashCode() : 3;
        }
    }

    private static bool MapsEqual(Dictionary<string, object?> x, Dictionary<string, object?> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        using var other = y.GetEnumerator();
        foreach (var (key, value) in x)
        {
            other.MoveNext();
            if (!string.Equals(key, other.Current.Key, StringComparison.Ordinal) || !ValuesEqual(value, other.Current.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ListsEqual(List<object?> x, List<object?> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (!ValuesEqual(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value itself when it is JSON-shaped or a number; else the JSON-shaped form of what the serializer writes.</summary>
    private static object? Plain(object? value) => value switch
    {
        null or string or bool or int or long or double or Dictionary<string, object?> or List<object?> or JsonNumberText => value,
        float or decimal or short or ushort or byte or sbyte or uint or ulong => value,
        _ => FromElement(JsonSerializer.SerializeToElement(value, value.GetType())),
    };

    private static object? FromElement(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    map[property.Name] = FromElement(property.Value);
                }

                return map;
            case JsonValueKind.Array:
                var list = new List<object?>(element.GetArrayLength());
                foreach (var item in element.EnumerateArray())
                {
                    list.Add(FromElement(item));
                }

                return list;
            case JsonValueKind.String:
                return element.GetString();
            case JsonValueKind.Number:
                return new JsonNumberText(element.GetRawText());
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                return null;
        }
    }
}
