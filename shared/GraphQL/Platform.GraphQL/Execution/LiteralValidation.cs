using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// graphql-js <c>validateInputLiteral</c>: reports every reason a literal does not fit an input type.
/// With <paramref name="variables"/> null the check is static and variables are not looked into.
/// </summary>
public static class LiteralValidation
{
    public static void Validate(
        ValueNode literal,
        GraphQLType type,
        InputErrorHandler onError,
        IReadOnlyDictionary<string, object?>? variables,
        bool hideSuggestions = false) =>
        new Walker(onError, variables, hideSuggestions).Validate(literal, type, []);

    private sealed class Walker(InputErrorHandler onError, IReadOnlyDictionary<string, object?>? variables, bool hideSuggestions)
    {
        private bool IsStatic => variables is null;

        public void Validate(ValueNode literal, GraphQLType type, List<object> path)
        {
            if (literal is VariableNode variable)
            {
                if (IsStatic || type is not NonNullType)
                {
                    return;
                }

                if (!LiteralCoercion.TryGetVariable(variable, variables, out var value))
                {
                    Report($"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", literal, path);
                }
                else if (value is null)
                {
                    Report($"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", literal, path);
                }

                return;
            }

            if (type is NonNullType nonNull)
            {
                if (literal is NullValueNode)
                {
                    Report($"Expected value of non-null type \"{type}\" not to be null.", literal, path);
                    return;
                }

                Validate(literal, nonNull.OfType, path);
                return;
            }

            if (literal is NullValueNode)
            {
                return;
            }

            switch (type)
            {
                case ListType list:
                    if (literal is not ListValueNode listLiteral)
                    {
                        Validate(literal, list.OfType, path);
                        return;
                    }

                    for (var i = 0; i < listLiteral.Values.Count; i++)
                    {
                        path.Add(i);
                        Validate(listLiteral.Values[i], list.OfType, path);
                        path.RemoveAt(path.Count - 1);
                    }

                    return;
                case InputObjectType inputObject:
                    ValidateObject(literal, inputObject, path);
                    return;
                default:
                    ValidateLeaf(literal, (NamedType)type, path);
                    return;
            }
        }

        private void ValidateObject(ValueNode literal, InputObjectType type, List<object> path)
        {
            if (literal is not ObjectValueNode objectLiteral)
            {
                Report($"Expected value of type \"{type}\" to be an object, found: {Print(literal)}.", literal, path);
                return;
            }

            var fieldNodes = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var node in objectLiteral.Fields)
            {
                fieldNodes[node.Name.Value] = node;
            }

            foreach (var field in type.Fields.Values)
            {
                if (!fieldNodes.TryGetValue(field.Name, out var fieldNode))
                {
                    if (field.IsRequired)
                    {
                        Report($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Print(literal)}.", literal, path);
                    }

                    continue;
                }

                if (fieldNode.Value is VariableNode variable && !IsStatic)
                {
                    var found = LiteralCoercion.TryGetVariable(variable, variables, out var value);
                    if (type.IsOneOf)
                    {
                        if (!found)
                        {
                            Report($"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" to provide a runtime value.", literal, path);
                        }
                        else if (value is null)
                        {
                            Report($"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" not to be null.", literal, path);
                        }
                    }
                    else if (!found && !field.IsRequired)
                    {
                        continue;
                    }
                }

                path.Add(field.Name);
                Validate(fieldNode.Value, field.Type, path);
                path.RemoveAt(path.Count - 1);
            }

            var known = new List<ObjectFieldNode>();
            foreach (var fieldNode in objectLiteral.Fields)
            {
                var name = fieldNode.Name.Value;
                if (type.Fields.ContainsKey(name))
                {
                    known.Add(fieldNode);
                    continue;
                }

                var suggestion = hideSuggestions ? "" : Validation.Suggestions.DidYouMean(Validation.Suggestions.SuggestionList(name, type.Fields.Keys));
                Report(
                    $"Expected value of type \"{type}\" not to include unknown field \"{name}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Print(literal)}.",
                    fieldNode,
                    path);
            }

            if (type.IsOneOf)
            {
                if (known.Count != 1)
                {
                    Report(InputValidation.OneOfMessage(type), literal, path);
                    return;
                }

                if (known[0].Value is NullValueNode)
                {
                    path.Add(known[0].Name.Value);
                    Report(InputValidation.OneOfMessage(type), literal, path);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        private void ValidateLeaf(ValueNode literal, NamedType type, List<object> path)
        {
            Exception caught;
            try
            {
                // graphql-js coerces the literal with its variables replaced; statically they become null.
                var coercible = IsStatic ? StaticLiterals.WithoutVariables(literal) : literal;
                _ = type is EnumType enumType
                    ? enumType.ParseLiteral(coercible, hideSuggestions)
                    : ((ScalarType)type).ParseLiteral(coercible, variables);
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

            var message = InputValidation.LeafErrorMessage(type, caught, Print(literal));
            onError(new GraphQLError(message, [literal], originalError: caught), path.ToArray());
        }

        private static string Print(ValueNode literal) => ScalarCoercion.PrintForError(literal);

        private void Report(string message, SyntaxNode node, List<object> path) =>
            onError(new GraphQLError(message, [node]), path.ToArray());
    }
}
