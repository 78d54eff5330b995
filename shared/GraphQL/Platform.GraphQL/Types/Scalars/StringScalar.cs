using System.Globalization;
using System.Numerics;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Types.ScalarCoercion;

namespace Platform.GraphQL.Types;

/// <summary>The specified <c>String</c> scalar (graphql-js <c>GraphQLString</c>): output accepts booleans and numbers too.</summary>
public sealed class StringScalar : ScalarType
{
    internal StringScalar()
        : base("String")
    {
        Description = "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.";
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
            case bool b:
                return b ? "true" : "false";
            case BigInteger big:
                return big.ToString(CultureInfo.InvariantCulture);
            case char c:
                return c.ToString();
            case Enum e:
                return e.ToString();
            case Guid g:
                return g.ToString();
        }

        if (IsNumeric(coerced, out var number))
        {
            if (!double.IsFinite(number))
            {
                throw Error($"String cannot represent value: {Inspect(value)}");
            }

            return JsNumber.ToString(coerced!);
        }

        throw Error($"String cannot represent value: {Inspect(value)}");
    }

    public override object? ParseValue(object? value)
    {
        var coerced = Unwrap(value);
        return coerced as string ?? throw Error($"String cannot represent a non string value: {Inspect(coerced)}");
    }

    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is StringValueNode s
            ? s.Value
            : throw Error($"String cannot represent a non string value: {PrintForError(literal)}", literal);

    public override ValueNode? ToLiteral(object? value) => value is string s ? new StringValueNode(s) : null;
}
