using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// graphql-js <c>getArgumentValues</c>: the arguments of a field or directive coerced from its literals and the
/// operation's coerced variables, defaults applied. Throws the first <see cref="GraphQLError"/> it meets.
/// </summary>
public static class ArgumentValues
{
    internal static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>A field's arguments; <paramref name="parentType"/> names the field in messages (<c>Query.f(a:)</c>).</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        FieldDefinition field,
        NamedType parentType,
        FieldNode node,
        IReadOnlyDictionary<string, object?> variables,
        bool hideSuggestions = false) =>
        Coerce(field.Arguments, new ArgumentOwner(parentType.Name, field.Name), node.Arguments, node, variables, hideSuggestions);

    public static IReadOnlyDictionary<string, object?> Coerce(
        DirectiveDefinition directive,
        DirectiveNode node,
        IReadOnlyDictionary<string, object?> variables,
        bool hideSuggestions = false) =>
        Coerce(directive.Arguments, new ArgumentOwner(null, directive.Name), node.Arguments, node, variables, hideSuggestions);

    internal static IReadOnlyDictionary<string, object?> Coerce(
        OrderedDictionary<string, InputValueDefinition> definitions,
        ArgumentOwner owner,
        IReadOnlyList<ArgumentNode> argumentNodes,
        SyntaxNode node,
        IReadOnlyDictionary<string, object?> variables,
        bool hideSuggestions)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions.Values)
        {
            CoerceOne(values, definition, owner, Find(argumentNodes, definition.Name), node, variables, hideSuggestions);
        }

        return values;
    }

    internal static void CoerceOne(
        Dictionary<string, object?> values,
        InputValueDefinition definition,
        ArgumentOwner owner,
        ArgumentNode? argumentNode,
        SyntaxNode node,
        IReadOnlyDictionary<string, object?> variables,
        bool hideSuggestions)
    {
        if (argumentNode is null)
        {
            if (definition.IsRequired)
            {
                throw new GraphQLError(
                    $"Argument \"{owner.Coordinate(definition.Name)}\" of required type \"{definition.Type}\" was not provided.",
                    [node]);
            }

            UseDefault(values, definition, owner, node, hideSuggestions);
            return;
        }

        var literal = argumentNode.Value;
        if (literal is VariableNode variable && !variables.ContainsKey(variable.Name.Value) && !definition.IsRequired)
        {
            UseDefault(values, definition, owner, node, hideSuggestions);
            return;
        }

        if (LiteralCoercion.TryCoerce(literal, definition.Type, variables, out var coerced))
        {
            values[definition.Name] = coerced;
            return;
        }

        LiteralValidation.Validate(literal, definition.Type, (error, path) => throw new GraphQLError(
            $"Argument \"{owner.Coordinate(definition.Name)}\" has invalid value{TypeReferences.PrintPath(path)}: {error.Message}",
            error.Nodes,
            originalError: error.InnerException), variables, hideSuggestions);
        throw new GraphQLError("Invariant Violation: Invalid argument");
    }

    private static void UseDefault(
        Dictionary<string, object?> values,
        InputValueDefinition definition,
        ArgumentOwner owner,
        SyntaxNode node,
        bool hideSuggestions)
    {
        try
        {
            if (DefaultValues.TryGet(definition, out var value))
            {
                values[definition.Name] = value;
            }
        }
        catch (InvalidDefaultValueException invalid)
        {
            var message = invalid.Message;
            var reported = false;
            LiteralValidation.Validate(definition.DefaultValueLiteral!, definition.Type, (error, path) =>
            {
                reported = true;
                throw new GraphQLError(
                    $"Argument \"{owner.Coordinate(definition.Name)}\" has invalid default value{TypeReferences.PrintPath(path)}: {error.Message}",
                    [node]);
            }, null, hideSuggestions);
            if (!reported)
            {
                throw new GraphQLError($"Argument \"{owner.Coordinate(definition.Name)}\" has invalid default value: {message}", [node]);
            }
        }
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        ArgumentNode? found = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Name.Value == name)
            {
                found = nodes[i];
            }
        }

        return found;
    }
}

/// <summary>The field or directive an argument belongs to, for messages: <c>Query.f(a:)</c> or <c>@skip(if:)</c>.</summary>
internal readonly record struct ArgumentOwner(string? TypeName, string Name)
{
    public string Coordinate(string argument) =>
        TypeName is null ? $"@{Name}({argument}:)" : $"{TypeName}.{Name}({argument}:)";
}
