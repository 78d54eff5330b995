using System.Collections;
using System.Globalization;
using System.Text;

namespace Platform.GraphQL.Types;

/// <summary>
/// How graphql-js sees and shows plain values: <c>inspect</c>, JavaScript's number-to-string, and which .NET values
/// count as objects (string-keyed dictionaries) and lists.
/// </summary>
internal static class JsValues
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    /// <summary>graphql-js <c>inspect</c>.</summary>
    public static string Inspect(object? value)
    {
        var builder = new StringBuilder();
        Format(value, builder, []);
        return builder.ToString();
    }

    /// <summary>True for <c>-?(0|[1-9][0-9]*)</c>.</summary>
    public static bool IsIntegerString(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        if (text.Length == start || (text[start] == '0' && text.Length > start + 1))
        {
            return false;
        }

        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A finite number as JavaScript's <c>String(number)</c> writes it.</summary>
    public static bool TryFormatNumber(object? value, out string text)
    {
        switch (value)
        {
            case int or long or short or sbyte or byte or ushort or uint or ulong or System.Numerics.BigInteger:
                text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                return true;
            case double d when double.IsFinite(d):
                text = FormatDouble(d);
                return true;
            case float f when float.IsFinite(f):
                text = FormatDouble(f);
                return true;
            case decimal m:
                text = FormatDouble((double)m);
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    /// <summary>ECMAScript Number::toString for a finite double.</summary>
    public static string FormatDouble(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        if (value < 0)
        {
            return "-" + FormatDouble(-value);
        }

        // "R" yields the shortest round-trip digits; re-lay them out by JavaScript's rules.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E');
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var integerDigits = dot < 0 ? mantissa.Length : dot;
        var digits = (dot < 0 ? mantissa : mantissa.Remove(dot, 1)).TrimStart('0');
        var leadingZeros = (dot < 0 ? mantissa : mantissa.Remove(dot, 1)).Length - digits.Length;
        digits = digits.TrimEnd('0');
        var k = digits.Length;
        var n = integerDigits - leadingZeros + exponent;

        if (k <= n && n <= 21)
        {
            return digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var exponentText = (e < 0 ? "e-" : "e+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return k == 1 ? digits + exponentText : digits[..1] + "." + digits[1..] + exponentText;
    }

    /// <summary>Gives a member lookup when the value is object-like (a string-keyed dictionary).</summary>
    public static bool TryGetMember(object value, out MemberLookup lookup)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                lookup = readOnly.TryGetValue;
                return true;
            case IDictionary<string, object?> dictionary:
                lookup = dictionary.TryGetValue;
                return true;
            default:
                lookup = null!;
                return false;
        }
    }

    public delegate bool MemberLookup(string name, out object? value);

    private static void Format(object? value, StringBuilder builder, List<object> seen)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                AppendJsonString(s, builder);
                return;
            case bool b:
                builder.Append(b ? "true" : "false");
                return;
            case Enum e:
                AppendJsonString(e.ToString(), builder);
                return;
            case double d when !double.IsFinite(d):
                builder.Append(double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
                return;
            case float f when !float.IsFinite(f):
                builder.Append(float.IsNaN(f) ? "NaN" : f > 0 ? "Infinity" : "-Infinity");
                return;
            case GraphQLType type:
                builder.Append(type.ToString());
                return;
        }

        if (TryFormatNumber(value, out var number))
        {
            builder.Append(number);
            return;
        }

        if (seen.Contains(value))
        {
            builder.Append("[Circular]");
            return;
        }

        if (value is IEnumerable<KeyValuePair<string, object?>> map)
        {
            FormatObject(value, map, builder, seen);
        }
        else if (value is IEnumerable list)
        {
            FormatArray(value, list, builder, seen);
        }
        else
        {
            builder.Append(value.ToString());
        }
    }

    private static void FormatObject(object value, IEnumerable<KeyValuePair<string, object?>> map, StringBuilder builder, List<object> seen)
    {
        using var entries = map.GetEnumerator();
        if (!entries.MoveNext())
        {
            builder.Append("{}");
            return;
        }

        if (seen.Count + 1 > MaxRecursiveDepth)
        {
            builder.Append("[Object]");
            return;
        }

        seen.Add(value);
        builder.Append("{ ");
        var first = true;
        do
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.Append(entries.Current.Key).Append(": ");
            Format(entries.Current.Value, builder, seen);
        }
        while (entries.MoveNext());

        builder.Append(" }");
        seen.RemoveAt(seen.Count - 1);
    }

    private static void FormatArray(object value, IEnumerable list, StringBuilder builder, List<object> seen)
    {
        var items = list.Cast<object?>().ToList();
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (seen.Count + 1 > MaxRecursiveDepth)
        {
            builder.Append("[Array]");
            return;
        }

        seen.Add(value);
        builder.Append('[');
        var shown = Math.Min(MaxArrayLength, items.Count);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Format(items[i], builder, seen);
        }

        var remaining = items.Count - shown;
        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        builder.Append(']');
        seen.RemoveAt(seen.Count - 1);
    }

    private static void AppendJsonString(string value, StringBuilder builder)
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
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < 0x20 || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
