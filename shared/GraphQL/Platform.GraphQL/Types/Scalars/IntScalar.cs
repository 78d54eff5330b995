using System.Globalization;
using System.Numerics;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Types.ScalarCoercion;

namespace Platform.GraphQL.Types;

/// <summary>The specified <c>Int</c> scalar: 32-bit signed integers (graphql-js <c>GraphQLInt</c>).</summary>
public sealed class IntScalar : ScalarType
{
    internal IntScalar()
        : base("Int")
    {
        Description = "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.";
    }

    public override object? Serialize(object? value)
    {
        if (value is int)
        {
            return value;
        }

        var coerced = Unwrap(value);
        if (IsNumeric(coerced, out var number))
        {
            return FromNumber(coerced!, number);
        }

        return coerced switch
        {
            bool b => b ? 1 : 0,
            string s => FromString(s),
            BigInteger big => FromBigInteger(big),
            _ => throw Error($"Int cannot represent non-integer value: {Inspect(coerced)}"),
        };
    }

    public override object? ParseValue(object? value)
    {
        if (value is int)
        {
            return value;
        }

        var coerced = Unwrap(value);
        if (coerced is not Enum && IsNumeric(coerced, out var number))
        {
            return FromNumber(coerced!, number);
        }

        if (coerced is BigInteger big)
        {
            return FromBigInteger(big);
        }

        throw Error($"Int cannot represent non-integer value: {Inspect(coerced)}");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
    {
        if (literal is not IntValueNode intValue)
        {
            throw Error($"Int cannot represent non-integer value: {PrintForError(literal)}", literal);
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw Error($"Int cannot represent non 32-bit signed integer value: {intValue.Value}", literal);
        }

        return result;
    }

    public override ValueNode? ToLiteral(object? value)
    {
        if (value is not Enum && IsNumeric(value, out var number) && JsNumber.IsInteger(number) && number is >= MinInt and <= MaxInt)
        {
            return new IntValueNode(JsNumber.ToString(number));
        }

        return value is BigInteger big && big >= MinInt && big <= MaxInt
            ? new IntValueNode(big.ToString(CultureInfo.InvariantCulture))
            : null;
    }

    private static object FromNumber(object original, double number)
    {
        if (!JsNumber.IsInteger(number))
        {
            throw Error($"Int cannot represent non-integer value: {Inspect(original)}");
        }

        if (number is > MaxInt or < MinInt)
        {
            throw Error($"Int cannot represent non 32-bit signed integer value: {Inspect(original)}");
        }

        return (int)number;
    }

    private static object FromString(string text)
    {
        var number = text.Length == 0 ? double.NaN : JsNumber.Parse(text);
        if (!JsNumber.IsInteger(number))
        {
            throw Error($"Int cannot represent non-integer value: {Inspect(text)}");
        }

        if (number is > MaxInt or < MinInt)
        {
            throw Error($"Int cannot represent non 32-bit signed integer value: {Inspect(text)}");
        }

        return (int)number;
    }

    private static object FromBigInteger(BigInteger big)
    {
        if (big > MaxInt || big < MinInt)
        {
            throw Error($"Int cannot represent non 32-bit signed integer value: {big.ToString(CultureInfo.InvariantCulture)}");
        }

        return (int)big;
    }
}
