using System.Buffers;
using System.Collections;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Writes results and errors in the GraphQL response format (spec §7) exactly as graphql-js's result passed
/// through <c>JSON.stringify</c> reads: numbers in JS notation (<c>1.0</c> → <c>1</c>), strings with JS escaping.
/// </summary>
public static class ExecutionResultJsonWriter
{
    private const int ScratchBytes = 4096;

    // Strings are transcoded here before the writer copies them: no zeroed stack buffer or pool round trip per string.
    [ThreadStatic]
    private static byte[]? t_scratch;

    /// <summary><c>{"errors"?, "data"?, "extensions"?}</c> in that order, as graphql-js's JSON.stringify would.</summary>
    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in errors)
            {
                WriteError(writer, error);
            }

            writer.WriteEndArray();
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary><c>{"message", "locations"?, "path"?, "extensions"?}</c>.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("message");
        WriteString(writer, error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            WriteValue(writer, path);
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The result as compact JSON text.</summary>
    public static string ToJson(ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Any response value: maps, lists, strings, booleans, numbers, JSON elements.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                WriteString(writer, s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case ResultMap result:
                WriteResultMap(writer, result);
                return;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case List<object?> items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case Dictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(System.Globalization.CultureInfo.InvariantCulture), skipInputValidation: true);
                return;
            case Enum e:
                WriteString(writer, e.ToString());
                return;
            case char c:
                WriteString(writer, c.ToString());
                return;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
        }

        if (JsNumber.IsNumber(value))
        {
            WriteDouble(writer, JsNumber.ToDouble(value));
            return;
        }

        JsonSerializer.Serialize(writer, value, value.GetType());
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteRawValue(JsNumber.ToString(value), skipInputValidation: true);
    }

    private static void WriteResultMap(Utf8JsonWriter writer, ResultMap map)
    {
        writer.WriteStartObject();
        var keys = map.EncodedKeys;
        var values = map.Values;
        for (var i = 0; i < keys.Length; i++)
        {
            writer.WritePropertyName(keys[i]);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }

    /// <summary>A string token escaped as JSON.stringify escapes (non-ASCII kept, lone surrogates as \u escapes).</summary>
    private static void WriteString(Utf8JsonWriter writer, string value)
    {
        var source = NeedsEscaping(value) ? Escape(value) : null;
        var text = source ?? value;
        var maxBytes = Encoding.UTF8.GetMaxByteCount(text.Length) + 2;
        var rented = maxBytes > ScratchBytes ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        var bytes = rented ?? (t_scratch ??= new byte[ScratchBytes]);
        var length = 0;
        if (source is null)
        {
            bytes[0] = (byte)'"';
            length = 1 + Encoding.UTF8.GetBytes(value, bytes.AsSpan(1));
            bytes[length++] = (byte)'"';
        }
        else
        {
            length = Encoding.UTF8.GetBytes(source, bytes);
        }

        writer.WriteRawValue(bytes.AsSpan(0, length), skipInputValidation: true);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Control characters, quote, backslash and surrogates (paired ones are checked precisely later).</summary>
    private static bool NeedsEscaping(string value)
    {
        var span = value.AsSpan();
        if (span.IndexOfAnyExceptInRange(' ', '\ud7ff') < 0)
        {
            return span.IndexOfAny('"', '\\') >= 0;
        }

        foreach (var c in span)
        {
            if (c < 0x20 || c == '"' || c == '\\' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        ValueInspector.AppendJsonString(builder, value);
        return builder.ToString();
    }
}
