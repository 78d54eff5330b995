using System.Numerics;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Types.ScalarCoercion;

namespace Platform.GraphQL.Types;

/// <summary>The specified <c>Boolean</c> scalar (graphql-js <c>GraphQLBoolean</c>): output accepts numbers too.</summary>
public sealed class BooleanScalar : ScalarType
{
    internal static readonly object True = true;
    internal static readonly object False = false;

    internal BooleanScalar()
        : base("Boolean")
    {
        Description = "The `Boolean` scalar type represents `true` or `false`.";
    }

    public override object? Serialize(object? value)
    {
        if (value is bool)
        {
            return value;
        }

        var coerced = Unwrap(value);
        if (coerced is bool b)
        {
            return b ? True : False;
        }

        if (coerced is not Enum && IsNumeric(coerced, out var number))
        {
            if (!double.IsFinite(number))
            {
                throw Error($"Boolean cannot represent a non boolean value: {Inspect(coerced)}");
            }

            return number != 0 ? True : False;
        }

        if (coerced is BigInteger big)
        {
            return big.IsZero ? False : True;
        }

        throw Error($"Boolean cannot represent a non boolean value: {Inspect(coerced)}");
    }

    public override object? ParseValue(object? value)
    {
        var coerced = Unwrap(value);
        return coerced is bool b
            ? (b ? True : False)
            : throw Error($"Boolean cannot represent a non boolean value: {Inspect(coerced)}");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is BooleanValueNode b
            ? (b.Value ? True : False)
            : throw Error($"Boolean cannot represent a non boolean value: {PrintForError(literal)}", literal);

    public override ValueNode? ToLiteral(object? value) => value is bool b ? new BooleanValueNode(b) : null;
}
