using System.Globalization;
using System.Text;
using System.Text.Json;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Execution.Reading;

/// <summary>
/// Reads a module's JSON answer in one pass into the plain values <c>JsonValues.ToValue</c> makes of a parsed
/// document: <c>Dictionary&lt;string, object?&gt;</c> (ordinal, document order, a later duplicate replacing the earlier
/// one), <c>List&lt;object?&gt;</c>, string, bool, null and numbers (int when integral and in range, else long, else
/// double). Property names and <c>__typename</c> values go through a <see cref="Utf8NameCache"/>.
/// Accepts exactly what <c>JsonDocument</c> accepts with default options (a leading UTF-8 BOM, depth 64).
/// </summary>
internal static class ModuleJsonReader
{
    private const string Typename = "__typename";

    /// <summary>False when <paramref name="utf8"/> is not one JSON value (malformed, too deep, trailing text, bad UTF-8 or UTF-16 escapes).</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, Utf8NameCache names, out object? value)
    {
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, state: default);
        try
        {
            reader.Read();
            value = ReadValue(ref reader, names);

            // Only whitespace may follow the value; anything else makes this Read throw.
            return !reader.Read();
        }
        catch (Exception notJson) when (notJson is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string that is not valid UTF-8 or has a lone surrogate escape.
            value = null;
            return false;
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader, Utf8NameCache names)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, names);
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader, names));
                }

                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return ReadNumber(ref reader);
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            default:
                throw new JsonException($"Unexpected {reader.TokenType}.");
        }
    }

    private static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader, Utf8NameCache names)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = ReadName(ref reader, names);
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String && name == Typename
                ? ReadName(ref reader, names)
                : ReadValue(ref reader, names);

            // Later duplicates win, as in JSON.parse; removing first keeps the order JsonValues.ToValue gives.
            if (!map.TryAdd(name, value))
            {
                map.Remove(name);
                map.Add(name, value);
            }
        }

        return map;
    }

    /// <summary>A property name or type name, from the cache when it is short and unescaped.</summary>
    private static string ReadName(ref Utf8JsonReader reader, Utf8NameCache names)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > Utf8NameCache.MaxNameBytes)
        {
            return reader.GetString()!;
        }

        var utf8 = reader.ValueSpan;
        if (names.Find(utf8, out var slot) is { } cached)
        {
            return cached;
        }

        // GetString validates the UTF-8, so only valid names are ever cached.
        var name = reader.GetString()!;
        names.Store(slot, utf8, name);
        return name;
    }

    /// <summary>The same choice of type as <c>JsonValues.ToValue</c>, from the same parsers.</summary>
    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt32(out var i))
        {
            return i;
        }

        if (reader.TryGetInt64(out var l))
        {
            return l;
        }

        var d = reader.TryGetDouble(out var parsed)
            ? parsed
            : double.Parse(Encoding.UTF8.GetString(reader.ValueSpan), NumberStyles.Float, CultureInfo.InvariantCulture);
        return JsonValues.FromDouble(d);
    }
}
