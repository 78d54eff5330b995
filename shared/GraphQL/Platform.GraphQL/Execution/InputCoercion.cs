using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// graphql-js <c>coerceInputValue</c>: an external (JSON-shaped) value to the internal value of an input type.
/// Returns false where graphql-js returns undefined; <see cref="InputValidation"/> then explains why.
/// </summary>
public static class InputCoercion
{
    public static bool TryCoerce(object? value, GraphQLType type, out object? coerced)
    {
        value = InputValueShapes.Normalize(value);
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                coerced = null;
                return false;
            }

            return TryCoerce(value, nonNull.OfType, out coerced);
        }

        coerced = null;
        if (value is null)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryCoerceList(value, list, out coerced);
            case InputObjectType inputObject:
                return TryCoerceObject(value, inputObject, out coerced);
            case EnumType enumType:
                try
                {
                    coerced = enumType.ParseValue(value, hideSuggestions: true);
                    return true;
                }
                catch (Exception)
                {
                    return false;
                }

            case ScalarType scalar:
                try
                {
                    coerced = scalar.ParseValue(value);
                    return true;
                }
                catch (Exception)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryCoerceList(object value, ListType list, out object? coerced)
    {
        coerced = null;
        if (!InputValueShapes.IsList(value))
        {
            if (!TryCoerce(value, list.OfType, out var single))
            {
                return false;
            }

            coerced = new List<object?> { single };
            return true;
        }

        var items = new List<object?>();
        foreach (var item in (System.Collections.IEnumerable)value)
        {
            if (!TryCoerce(item, list.OfType, out var coercedItem))
            {
                return false;
            }

            items.Add(coercedItem);
        }

        coerced = items;
        return true;
    }

    private static bool TryCoerceObject(object value, InputObjectType type, out object? coerced)
    {
        coerced = null;
        if (!InputValueShapes.TryGetMap(value, out var map))
        {
            return false;
        }

        foreach (var key in map.Keys)
        {
            if (!type.Fields.ContainsKey(key))
            {
                return false;
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.IsRequired)
                {
                    return false;
                }

                if (DefaultValues.TryGet(field, out var defaultValue))
                {
                    result[field.Name] = defaultValue;
                }

                continue;
            }

            if (!TryCoerce(fieldValue, field.Type, out var coercedField))
            {
                return false;
            }

            result[field.Name] = coercedField;
        }

        if (type.IsOneOf && (map.Count != 1 || result.Count != 1 || result.Values.First() is null))
        {
            return false;
        }

        coerced = result;
        return true;
    }
}
