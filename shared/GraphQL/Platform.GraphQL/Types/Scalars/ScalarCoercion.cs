using System.Numerics;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>What the built-in scalars share: value classification, JS-style number checks and error construction.</summary>
internal static class ScalarCoercion
{
    public const int MaxInt = int.MaxValue;
    public const int MinInt = int.MinValue;

    /// <summary>JSON elements become plain values; a CLR enum stands for its number where a number is wanted.</summary>
    public static object? Unwrap(object? value) => value is JsonElement element ? JsonValues.ToValue(element) : value;

    public static bool IsNumeric(object? value, out double number)
    {
        if (value is not null && JsNumber.IsNumber(value))
        {
            number = JsNumber.ToDouble(value);
            return true;
        }

        if (value is Enum e)
        {
            number = Convert.ToDouble(e, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        number = 0;
        return false;
    }

    public static bool IsBigInteger(object? value, out BigInteger big)
    {
        if (value is BigInteger b)
        {
            big = b;
            return true;
        }

        big = default;
        return false;
    }

    /// <summary>The literal text used in literal coercion errors (graphql-js <c>printForError</c>).</summary>
    public static string PrintForError(ValueNode node) => Printer.Print(node);

    public static GraphQLError Error(string message) => new(message);

    public static GraphQLError Error(string message, ValueNode node) => new(message, [node]);

    public static string Inspect(object? value) => ValueInspector.Inspect(value);

    /// <summary>A literal for an integer-valued number: JS's <c>/^-?(?:0|[1-9][0-9]*)$/</c> test on <c>String(value)</c>.</summary>
    public static bool IsIntegerText(string text)
    {
        var i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (i >= text.Length)
        {
            return false;
        }

        if (text[i] == '0')
        {
            return i + 1 == text.Length;
        }

        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>graphql-js <c>defaultScalarValueToLiteral</c> for a number: Int or Float literal, null for NaN/Infinity.</summary>
    public static ValueNode? NumberLiteral(double number)
    {
        if (!double.IsFinite(number))
        {
            return null;
        }

        var text = JsNumber.ToString(number);
        return IsIntegerText(text) ? new IntValueNode(text) : new FloatValueNode(text);
    }
}
