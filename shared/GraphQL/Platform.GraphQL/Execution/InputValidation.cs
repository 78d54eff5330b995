using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>Receives one input error and the path (field names and list indices) inside the value where it arose.</summary>
public delegate void InputErrorHandler(GraphQLError error, IReadOnlyList<object> path);

/// <summary>graphql-js <c>validateInputValue</c>: reports every reason an external value does not fit an input type.</summary>
public static class InputValidation
{
    public static void Validate(object? value, GraphQLType type, InputErrorHandler onError, bool hideSuggestions = false) =>
        Validate(value, isUndefined: false, type, onError, hideSuggestions, []);

    /// <summary>Validates a value that was not provided at all (graphql-js <c>undefined</c>).</summary>
    public static void ValidateMissing(GraphQLType type, InputErrorHandler onError, bool hideSuggestions = false) =>
        Validate(null, isUndefined: true, type, onError, hideSuggestions, []);

    private static void Validate(object? value, bool isUndefined, GraphQLType type, InputErrorHandler onError, bool hideSuggestions, List<object> path)
    {
        value = InputValueShapes.Normalize(value);
        if (type is NonNullType nonNull)
        {
            if (isUndefined)
            {
                Report(onError, $"Expected a value of non-null type \"{type}\" to be provided.", path);
                return;
            }

            if (value is null)
            {
                Report(onError, $"Expected value of non-null type \"{type}\" not to be null.", path);
                return;
            }

            Validate(value, false, nonNull.OfType, onError, hideSuggestions, path);
            return;
        }

        if (value is null)
        {
            return;
        }

        switch (type)
        {
            case ListType list:
                if (!InputValueShapes.IsList(value))
                {
                    Validate(value, false, list.OfType, onError, hideSuggestions, path);
                    return;
                }

                var index = 0;
                foreach (var item in (System.Collections.IEnumerable)value)
                {
                    path.Add(index++);
                    Validate(item, false, list.OfType, onError, hideSuggestions, path);
                    path.RemoveAt(path.Count - 1);
                }

                return;
            case InputObjectType inputObject:
                ValidateObject(value, inputObject, onError, hideSuggestions, path);
                return;
            default:
                ValidateLeaf(value, (NamedType)type, onError, hideSuggestions, path);
                return;
        }
    }

    private static void ValidateObject(object value, InputObjectType type, InputErrorHandler onError, bool hideSuggestions, List<object> path)
    {
        if (!InputValueShapes.TryGetMap(value, out var map))
        {
            Report(onError, $"Expected value of type \"{type}\" to be an object, found: {ValueInspector.Inspect(value)}.", path);
            return;
        }

        foreach (var field in type.Fields.Values)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.IsRequired)
                {
                    Report(onError, $"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {ValueInspector.Inspect(value)}.", path);
                }

                continue;
            }

            path.Add(field.Name);
            Validate(fieldValue, false, field.Type, onError, hideSuggestions, path);
            path.RemoveAt(path.Count - 1);
        }

        var known = new List<string>();
        foreach (var key in map.Keys)
        {
            if (type.Fields.ContainsKey(key))
            {
                known.Add(key);
                continue;
            }

            var suggestion = hideSuggestions ? "" : Validation.Suggestions.DidYouMean(Validation.Suggestions.SuggestionList(key, type.Fields.Keys));
            Report(
                onError,
                $"Expected value of type \"{type}\" not to include unknown field \"{key}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {ValueInspector.Inspect(value)}.",
                path);
        }

        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                Report(onError, OneOfMessage(type), path);
            }

            if (known.Count > 0 && map[known[0]] is null)
            {
                path.Add(known[0]);
                Report(onError, OneOfMessage(type), path);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static void ValidateLeaf(object value, NamedType type, InputErrorHandler onError, bool hideSuggestions, List<object> path)
    {
        Exception? caught = null;
        try
        {
            _ = type is EnumType enumType ? enumType.ParseValue(value, hideSuggestions) : ((ScalarType)type).ParseValue(value);
            return;
        }
        catch (GraphQLError error)
        {
            onError(error, path.ToArray());
            return;
        }
        catch (Exception exception)
        {
            caught = exception;
        }

        onError(new GraphQLError(LeafErrorMessage(type, caught, ValueInspector.Inspect(value)), originalError: caught), path.ToArray());
    }

    /// <summary>graphql-js's message when a leaf type's coercion fails with an error that is not a GraphQL error.</summary>
    internal static string LeafErrorMessage(NamedType type, Exception caught, string found)
    {
        var reason = string.IsNullOrEmpty(caught.Message) ? caught.GetType().Name : caught.Message;
        return $"Expected value of type \"{type}\", but encountered error \"{reason}\"; found: {found}.";
    }

    internal static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    private static void Report(InputErrorHandler onError, string message, List<object> path) =>
        onError(new GraphQLError(message), path.ToArray());
}
