using System.Collections;
using System.Numerics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// graphql-js's <c>inspect</c>: how a runtime value is shown inside error messages
/// (strings JSON-quoted, lists <c>[1, 2]</c>, objects <c>{ a: 1 }</c>, nesting cut at depth 2, lists at 10 items).
/// </summary>
public static class ValueInspector
{
    private const int MaxListLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Format(builder, value, []);
        return builder.ToString();
    }

    private static void Format(StringBuilder builder, object? value, List<object> seen)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                AppendJsonString(builder, s);
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case char c:
                AppendJsonString(builder, c.ToString());
                return;
            case BigInteger big:
                builder.Append(JsNumber.ToString(big));
                return;
            case Enum e:
                AppendJsonString(builder, e.ToString());
                return;
            case Delegate d:
                builder.Append(d.Method.Name is { Length: > 0 } name && !name.Contains('<') ? $"[function {name}]" : "[function]");
                return;
            case GraphQLType type:
                builder.Append(type.ToString());
                return;
            case JsonElement element:
                Format(builder, JsonValues.ToValue(element), seen);
                return;
        }

        if (JsNumber.IsNumber(value))
        {
            builder.Append(JsNumber.ToString(value));
            return;
        }

        if (seen.Contains(value))
        {
            builder.Append("[Circular]");
            return;
        }

        var nested = new List<object>(seen) { value };
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> map:
                FormatEntries(builder, map, nested, value);
                return;
            case IDictionary dictionary:
                FormatEntries(builder, EnumerateDictionary(dictionary), nested, value);
                return;
            case IEnumerable list:
                FormatList(builder, list, nested);
                return;
            default:
                FormatEntries(builder, EnumerateProperties(value), nested, value);
                return;
        }
    }

    private static void FormatEntries(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> entries, List<object> seen, object owner)
    {
        var items = entries.ToList();
        if (items.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (seen.Count > MaxRecursiveDepth)
        {
            builder.Append('[').Append(ObjectTag(owner)).Append(']');
            return;
        }

        builder.Append("{ ");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(items[i].Key).Append(": ");
            Format(builder, items[i].Value, seen);
        }

        builder.Append(" }");
    }

    private static void FormatList(StringBuilder builder, IEnumerable list, List<object> seen)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (seen.Count > MaxRecursiveDepth)
        {
            builder.Append("[Array]");
            return;
        }

        var shown = Math.Min(MaxListLength, items.Count);
        builder.Append('[');
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Format(builder, items[i], seen);
        }

        var remaining = items.Count - shown;
        if (remaining > 0)
        {
            builder.Append(remaining == 1 ? ", ... 1 more item" : $", ... {remaining} more items");
        }

        builder.Append(']');
    }

    private static string ObjectTag(object value) =>
        value is IEnumerable<KeyValuePair<string, object?>> or IDictionary ? "Object" : value.GetType().Name;

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateDictionary(IDictionary dictionary)
    {
        foreach (DictionaryEntry entry in dictionary)
        {
            yield return new(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "", entry.Value);
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateProperties(object value)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                yield return new(property.Name, property.GetValue(value));
            }
        }
    }

    /// <summary>JSON.stringify of a string: escapes quotes, backslashes, control characters and lone surrogates.</summary>
    internal static void AppendJsonString(StringBuilder builder, string value)
    {
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || IsLoneSurrogate(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                        if (char.IsHighSurrogate(c))
                        {
                            builder.Append(value[++i]);
                        }
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    internal static bool IsLoneSurrogate(string value, int index)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        return char.IsLowSurrogate(c);
    }
}
