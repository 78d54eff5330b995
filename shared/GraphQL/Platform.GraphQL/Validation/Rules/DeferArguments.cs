using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// Coerces the arguments of a <c>@defer</c> (<c>if: Boolean! = true</c>, <c>label: String</c>) without variable
/// values, as graphql-js's <c>getArgumentValues</c> does when validation collects subscription fields: a variable
/// means the default, and a literal of the wrong type throws graphql-js's coercion error.
/// </summary>
internal static class DeferArguments
{
    public static bool IsDeferred(DirectiveNode defer)
    {
        ArgumentNode? ifArgument = null;
        ArgumentNode? labelArgument = null;
        foreach (var argument in defer.Arguments)
        {
            switch (argument.Name.Value)
            {
                case "if":
                    ifArgument = argument;
                    break;
                case "label":
                    labelArgument = argument;
                    break;
            }
        }

        var deferred = true;
        switch (ifArgument?.Value)
        {
            case null or VariableNode:
                break;
            case BooleanValueNode boolean:
                deferred = boolean.Value;
                break;
            case NullValueNode value:
                throw Invalid("if", "Expected value of non-null type \"Boolean!\" not to be null.", value);
            case { } value:
                throw Invalid("if", "Boolean cannot represent a non boolean value: " + Printer.Print(value), value);
        }

        if (labelArgument?.Value is { } label and not (VariableNode or NullValueNode or StringValueNode))
        {
            throw Invalid("label", "String cannot represent a non string value: " + Printer.Print(label), label);
        }

        return deferred;
    }

    private static GraphQLError Invalid(string argument, string reason, ValueNode value) =>
        new($"Argument \"@defer({argument}:)\" has invalid value: {reason}", [value]);
}
