using System.Collections;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// The literal form of argument and input field defaults (graphql-js <c>getDefaultValueAST</c> and
/// <c>astFromValue</c>), as introspection's <c>defaultValue</c> and the schema printer show them.
/// </summary>
public static class DefaultValues
{
    /// <summary>The default as a literal: the SDL literal itself, or the code-given value converted; null when none.</summary>
    /// <exception cref="InvalidOperationException">The code-given default cannot be represented in the type.</exception>
    public static ValueNode? GetLiteral(InputValueDefinition inputValue)
    {
        if (inputValue.DefaultValueLiteral is { } literal)
        {
            return literal;
        }

        if (!inputValue.HasDefaultValue)
        {
            return null;
        }

        return AstFromValue(inputValue.DefaultValue, inputValue.Type)
            ?? throw new InvalidOperationException("Invalid default value");
    }

    /// <summary>The default printed as GraphQL (introspection's <c>__InputValue.defaultValue</c>), or null.</summary>
    public static string? Print(InputValueDefinition inputValue) =>
        GetLiteral(inputValue) is { } literal ? Printer.Print(literal) : null;

    /// <summary>
    /// graphql-js <c>astFromValue</c>: the literal for an internal value of an input type, or null when the value
    /// is absent or a non-null type would get <c>null</c>. Input objects are read from string-keyed dictionaries.
    /// </summary>
    public static ValueNode? AstFromValue(object? value, GraphQLType type)
    {
        switch (type)
        {
            case NonNullType nonNull:
                var inner = AstFromValue(value, nonNull.OfType);
                return inner is NullValueNode ? null : inner;
            case var _ when value is null:
                return new NullValueNode();
            case ListType list:
                return value is IEnumerable items and not string
                    ? ListFromValues(items, list.OfType)
                    : AstFromValue(value, list.OfType);
            case InputObjectType inputObject:
                return ObjectFromValue(value, inputObject);
            case EnumType enumType:
                return new EnumValueNode(EnumValueName(enumType, value));
            case ScalarType scalar:
                return LeafLiteral(scalar.Serialize(value), scalar);
            default:
                throw new InvalidOperationException("Unexpected input type: " + type);
        }
    }

    private static ListValueNode ListFromValues(IEnumerable items, GraphQLType itemType)
    {
        var nodes = new List<ValueNode>();
        foreach (var item in items)
        {
            if (AstFromValue(item, itemType) is { } node)
            {
                nodes.Add(node);
            }
        }

        return new ListValueNode(nodes);
    }

    private static ObjectValueNode? ObjectFromValue(object value, InputObjectType type)
    {
        if (!JsValues.TryGetMember(value, out var lookup))
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields.Values)
        {
            if (lookup(field.Name, out var fieldValue) && AstFromValue(fieldValue, field.Type) is { } node)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static string EnumValueName(EnumType type, object value)
    {
        foreach (var enumValue in type.Values.Values)
        {
            if (Equals(enumValue.Value, value))
            {
                return enumValue.Name;
            }
        }

        throw new GraphQLError($"Enum \"{type.Name}\" cannot represent value: {JsValues.Inspect(value)}");
    }

    private static ValueNode? LeafLiteral(object? coerced, ScalarType type)
    {
        switch (coerced)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(b);
            case string s when ReferenceEquals(type, BuiltInScalars.ID) && JsValues.IsIntegerString(s):
                return new IntValueNode(s);
            case string s:
                return new StringValueNode(s);
            default:
                if (JsValues.TryFormatNumber(coerced, out var number))
                {
                    return JsValues.IsIntegerString(number) ? new IntValueNode(number) : new FloatValueNode(number);
                }

                throw new InvalidOperationException($"Cannot convert value to AST: {JsValues.Inspect(coerced)}.");
        }
    }
}
