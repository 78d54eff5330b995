using System.Globalization;
using System.Numerics;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Types.ScalarCoercion;

namespace Platform.GraphQL.Types;

/// <summary>The specified <c>Float</c> scalar: finite IEEE 754 doubles (graphql-js <c>GraphQLFloat</c>).</summary>
public sealed class FloatScalar : ScalarType
{
    internal FloatScalar()
        : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).";
    }

    public override object? Serialize(object? value)
    {
        if (value is double d && double.IsFinite(d))
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
            bool b => b ? 1.0 : 0.0,
            string s => FromString(s),
            BigInteger big => FromBigInteger(big),
            _ => throw Error($"Float cannot represent non numeric value: {Inspect(coerced)}"),
        };
    }

    public override object? ParseValue(object? value)
    {
        var coerced = Unwrap(value);
        if (coerced is not Enum && IsNumeric(coerced, out var number))
        {
            return FromNumber(coerced!, number);
        }

        if (coerced is BigInteger big)
        {
            return FromBigInteger(big);
        }

        throw Error($"Float cannot represent non numeric value: {Inspect(coerced)}");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw Error($"Float cannot represent non numeric value: {PrintForError(literal)}", literal),
    };

    public override ValueNode? ToLiteral(object? value)
    {
        if (value is not Enum && IsNumeric(value, out var number))
        {
            return NumberLiteral(number);
        }

        return value is BigInteger big ? new IntValueNode(big.ToString(CultureInfo.InvariantCulture)) : null;
    }

    private static object FromNumber(object original, double number)
    {
        if (!double.IsFinite(number))
        {
            throw Error($"Float cannot represent non numeric value: {Inspect(original)}");
        }

        return number;
    }

    private static object FromString(string text)
    {
        var number = text.Length == 0 ? double.NaN : JsNumber.Parse(text);
        if (!double.IsFinite(number))
        {
            throw Error($"Float cannot represent non numeric value: {Inspect(text)}");
        }

        return number;
    }

    private static object FromBigInteger(BigInteger big)
    {
        var number = (double)big;
        if (!double.IsFinite(number))
        {
            throw Error($"Float cannot represent non numeric value: {big.ToString(CultureInfo.InvariantCulture)} (value is too large)");
        }

        if (new BigInteger(number) != big)
        {
            throw Error($"Float cannot represent non numeric value: {big.ToString(CultureInfo.InvariantCulture)} (value would lose precision)");
        }

        return number;
    }
}
