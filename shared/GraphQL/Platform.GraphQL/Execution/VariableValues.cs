using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>graphql-js <c>getVariableValues</c>: the operation's variables coerced, or every error that prevents it.</summary>
public static class VariableValues
{
    public const int DefaultMaxErrors = 50;

    public static bool TryCoerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyDictionary<string, object?> coerced,
        out IReadOnlyList<GraphQLError> errors,
        int maxErrors = DefaultMaxErrors,
        bool hideSuggestions = false)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var found = new List<GraphQLError>();
        coerced = values;
        errors = found;
        if (definitions.Count == 0)
        {
            return true;
        }

        try
        {
            foreach (var definition in definitions)
            {
                CoerceOne(schema, definition, inputs, values, error =>
                {
                    if (found.Count >= maxErrors)
                    {
                        throw new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted.");
                    }

                    found.Add(error);
                }, hideSuggestions);
            }
        }
        catch (GraphQLError error)
        {
            found.Add(error);
        }

        return found.Count == 0;
    }

    private static void CoerceOne(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> values,
        Action<GraphQLError> onError,
        bool hideSuggestions)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeReferences.FromAst(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            onError(new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{TypeReferences.Print(definition.Type)}\" which cannot be used as an input type.",
                [definition.Type]));
            return;
        }

        object? value = null;
        var provided = inputs is not null && inputs.TryGetValue(name, out value);
        if (!provided)
        {
            if (definition.DefaultValue is { } defaultLiteral)
            {
                UseDefault(name, type, definition, defaultLiteral, values, onError, hideSuggestions);
                return;
            }

            if (type is not NonNullType)
            {
                return;
            }
        }

        if (provided && InputCoercion.TryCoerce(value, type, out var coercedValue))
        {
            values[name] = coercedValue;
            return;
        }

        InputErrorHandler report = (error, path) => onError(new GraphQLError(
            $"Variable \"${name}\" has invalid value{TypeReferences.PrintPath(path)}: {error.Message}",
            [definition],
            originalError: error));
        if (provided)
        {
            InputValidation.Validate(value, type, report, hideSuggestions);
        }
        else
        {
            InputValidation.ValidateMissing(type, report, hideSuggestions);
        }
    }

    private static void UseDefault(
        string name,
        GraphQLType type,
        VariableDefinitionNode definition,
        ValueNode defaultLiteral,
        Dictionary<string, object?> values,
        Action<GraphQLError> onError,
        bool hideSuggestions)
    {
        if (LiteralCoercion.TryCoerce(defaultLiteral, type, null, out var coercedDefault))
        {
            values[name] = coercedDefault;
            return;
        }

        var reported = false;
        LiteralValidation.Validate(defaultLiteral, type, (error, path) =>
        {
            reported = true;
            onError(new GraphQLError($"Variable \"${name}\" has invalid default value{TypeReferences.PrintPath(path)}: {error.Message}", [definition]));
        }, null, hideSuggestions);
        if (!reported)
        {
            onError(new GraphQLError(
                $"Invariant Violation: Expected value of type \"{type}\" to be valid, found: {ScalarCoercion.PrintForError(defaultLiteral)}."));
        }
    }
}
