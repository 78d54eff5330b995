using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// graphql-js <c>coerceInputLiteral</c>: a literal (which may reference variables) to the internal value of an input type.
/// <paramref name="variables"/> are the operation's coerced variable values; a missing key is an unprovided variable.
/// Returns false where graphql-js returns undefined; <see cref="LiteralValidation"/> then explains why.
/// </summary>
public static class LiteralCoercion
{
    public static bool TryCoerce(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        coerced = null;
        if (literal is VariableNode variable)
        {
            var found = TryGetVariable(variable, variables, out coerced);
            return !(type is NonNullType && (!found || coerced is null));
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryCoerce(literal, nonNull.OfType, variables, out coerced);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryCoerceList(literal, list, variables, out coerced);
            case InputObjectType inputObject:
                return TryCoerceObject(literal, inputObject, variables, out coerced);
            case EnumType enumType:
                try
                {
                    coerced = enumType.ParseLiteral(literal, hideSuggestions: true);
                    return true;
                }
                catch (Exception)
                {
                    return false;
                }

            case ScalarType scalar:
                try
                {
                    coerced = scalar.ParseLiteral(literal, variables);
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

    internal static bool TryGetVariable(VariableNode variable, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        if (variables is not null && variables.TryGetValue(variable.Name.Value, out value))
        {
            return true;
        }

        value = null;
        return false;
    }

    private static bool TryCoerceList(ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        coerced = null;
        if (literal is not ListValueNode listLiteral)
        {
            if (!TryCoerce(literal, list.OfType, variables, out var single))
            {
                return false;
            }

            coerced = new List<object?> { single };
            return true;
        }

        var items = new List<object?>(listLiteral.Values.Count);
        foreach (var itemNode in listLiteral.Values)
        {
            if (!TryCoerce(itemNode, list.OfType, variables, out var item))
            {
                // A missing or null variable in a nullable item position is a null item.
                if (itemNode is VariableNode itemVariable
                    && (!TryGetVariable(itemVariable, variables, out var raw) || raw is null)
                    && list.OfType is not NonNullType)
                {
                    item = null;
                }
                else
                {
                    return false;
                }
            }

            items.Add(item);
        }

        coerced = items;
        return true;
    }

    private static bool TryCoerceObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? coerced)
    {
        coerced = null;
        if (literal is not ObjectValueNode objectLiteral)
        {
            return false;
        }

        var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var fieldNode in objectLiteral.Fields)
        {
            if (!type.Fields.ContainsKey(fieldNode.Name.Value))
            {
                return false;
            }

            fieldNodes[fieldNode.Name.Value] = fieldNode;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode)
                || (fieldNode.Value is VariableNode fieldVariable && !TryGetVariable(fieldVariable, variables, out _)))
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

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            if (fieldNodes.Count != 1 || result.Count != 1)
            {
                return false;
            }

            foreach (var (name, fieldNode) in fieldNodes)
            {
                if (fieldNode.Value is NullValueNode || (result.TryGetValue(name, out var value) && value is null))
                {
                    return false;
                }
            }
        }

        coerced = result;
        return true;
    }
}
