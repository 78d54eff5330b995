using System.Collections;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// The literal of an argument's or input field's default value (graphql-js <c>getDefaultValueAST</c>): the literal as
/// written in SDL, or else one made from the internal default value as graphql-js <c>astFromValue</c> does.
/// </summary>
public static class DefaultValueLiterals
{
    /// <summary>Null when there is no default value.</summary>
    /// <exception cref="GraphQLError">The default value cannot be represented as a literal of the type.</exception>
    public static ValueNode? Get(InputValueDefinition inputValue)
    {
        if (inputValue.DefaultValueLiteral is not null)
        {
            return inputValue.DefaultValueLiteral;
        }

        if (!inputValue.HasDefaultValue)
        {
            return null;
        }

        return FromValue(inputValue.DefaultValue, inputValue.Type) ?? throw new GraphQLError("Invalid default value");
    }

    /// <summary>graphql-js <c>astFromValue</c>: null when the value has no literal of the type.</summary>
    public static ValueNode? FromValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var literal = FromValue(value, nonNull.OfType);
            return literal is NullValueNode ? null : literal;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        return type switch
        {
            ListType list => FromListValue(value, list.OfType),
            InputObjectType input => FromObjectValue(value, input),
            EnumType enumType => FromEnumValue(value, enumType),
            ScalarType scalar => scalar.ToLiteral(value),
            _ => throw new ArgumentException($"Unexpected input type: {type}.", nameof(type)),
        };
    }

    private static ValueNode? FromListValue(object value, GraphQLType itemType)
    {
        if (value is string || value is not IEnumerable items || IsMap(value))
        {
            return FromValue(value, itemType);
        }

        var literals = new List<ValueNode>();
        foreach (var item in items)
        {
            if (FromValue(item, itemType) is { } literal)
            {
                literals.Add(literal);
            }
        }

        return new ListValueNode(literals);
    }

    /// <summary>Fields missing from the value (JavaScript's undefined) are left out, as are fields without a literal.</summary>
    private static ValueNode? FromObjectValue(object value, InputObjectType input)
    {
        if (!TryReadMap(value, out var map))
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in input.Fields.Values)
        {
            if (map.TryGetValue(field.Name, out var fieldValue) && FromValue(fieldValue, field.Type) is { } literal)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), literal));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static ValueNode FromEnumValue(object value, EnumType enumType)
    {
        foreach (var enumValue in enumType.Values.Values)
        {
            if (Equals(enumValue.Value, value))
            {
                return new EnumValueNode(enumValue.Name);
            }
        }

        throw new GraphQLError($"Enum \"{enumType.Name}\" cannot represent value: {InspectValue(value)}");
    }

    private static bool IsMap(object value) =>
        value is IDictionary or IEnumerable<KeyValuePair<string, object?>> or IReadOnlyDictionary<string, object?>;

    private static bool TryReadMap(object value, out IReadOnlyDictionary<string, object?> map)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                map = readOnly;
                return true;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                map = pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                return true;
            case IDictionary dictionary:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in dictionary)
                {
                    copy[entry.Key.ToString()!] = entry.Value;
                }

                map = copy;
                return true;
            default:
                map = null!;
                return false;
        }
    }

    private static string InspectValue(object value) => value switch
    {
        string s => StringPrinter.Print(s),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
