using System.Globalization;
using System.Numerics;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Types.ScalarCoercion;

namespace Platform.GraphQL.Types;

/// <summary>The specified <c>ID</c> scalar (graphql-js <c>GraphQLID</c>): strings, and integers written as strings.</summary>
public sealed class IdScalar : ScalarType
{
    internal IdScalar()
        : base("ID")
    {
        Description = "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.";
    }

    public override object? Serialize(object? value)
    {
        if (value is string)
        {
            return value;
        }

        var coerced = Unwrap(value);
        switch (coerced)
        {
            case string s:
                return s;
            case BigInteger big:
                return big.ToString(CultureInfo.InvariantCulture);
            case Guid g:
                return g.ToString();
        }

        if (coerced is not Enum && IsNumeric(coerced, out var number))
        {
            return FromNumber(coerced!, number);
        }

        throw Error($"ID cannot represent value: {Inspect(value)}");
    }

    public override object? ParseValue(object? value)
    {
        var coerced = Unwrap(value);
        switch (coerced)
        {
            case string s:
                return s;
            case BigInteger big:
                return big.ToString(CultureInfo.InvariantCulture);
        }

        if (coerced is not Enum && IsNumeric(coerced, out var number))
        {
            return FromNumber(coerced!, number);
        }

        throw Error($"ID cannot represent value: {Inspect(coerced)}");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw Error($"ID cannot represent a non-string and non-integer value: {PrintForError(literal)}", literal),
    };

    public override ValueNode? ToLiteral(object? value)
    {
        switch (value)
        {
            case string s:
                return IsIntegerText(s) ? new IntValueNode(s) : new StringValueNode(s);
            case BigInteger big:
                return new IntValueNode(big.ToString(CultureInfo.InvariantCulture));
        }

        if (value is not Enum && IsNumeric(value, out var number))
        {
            return JsNumber.IsInteger(number) ? new IntValueNode(JsNumber.ToString(value!)) : null;
        }

        return null;
    }

    private static string FromNumber(object original, double number) =>
        JsNumber.IsInteger(number)
            ? JsNumber.ToString(original is double or float or decimal ? number : original)
            : throw Error($"ID cannot represent value: {Inspect(original)}");
}
