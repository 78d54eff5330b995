using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// graphql-js <c>astFromValue</c>: the literal for an internal value of an input type (used to show code-defined
/// defaults in introspection and printed schemas). Null where graphql-js returns null or undefined.
/// </summary>
public static class AstFromValue
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        value = InputValueShapes.Normalize(value);
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (!InputValueShapes.IsList(value))
                {
                    return Convert(value, list.OfType);
                }

                var items = new List<ValueNode>();
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    if (Convert(item, list.OfType) is { } itemNode)
                    {
                        items.Add(itemNode);
                    }
                }

                return new ListValueNode(items);
            case InputObjectType inputObject:
                if (!InputValueShapes.TryGetMap(value, out var map))
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields.Values)
                {
                    // An absent key is JS undefined: it yields no field even for a non-null type.
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), fieldNode));
                    }
                }

                return new ObjectValueNode(fields);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);
            default:
                return null;
        }
    }

    private static ValueNode? FromSerialized(object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                return ReferenceEquals(scalar, BuiltInScalars.ID) && ScalarCoercion.IsIntegerText(s)
                    ? new IntValueNode(s)
                    : new StringValueNode(s);
            case System.Numerics.BigInteger big:
                return new IntValueNode(big.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (JsNumber.IsNumber(serialized) && double.IsFinite(JsNumber.ToDouble(serialized)))
        {
            var text = JsNumber.ToString(serialized);
            return ScalarCoercion.IsIntegerText(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        throw new GraphQLError($"Cannot convert value to AST: {ValueInspector.Inspect(serialized)}.");
    }
}
