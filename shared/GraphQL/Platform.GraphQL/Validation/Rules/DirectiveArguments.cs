using Platform.GraphQL.Language;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>Looks up directives and their arguments by name, the first match winning as in graphql-js's rules.</summary>
internal static class DirectiveArguments
{
    /// <summary>The value of the first argument of that name, or null.</summary>
    public static ValueNode? Find(DirectiveNode directive, string argumentName)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == argumentName)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The first directive of that name, or null.</summary>
    public static DirectiveNode? FindDirective(IReadOnlyList<DirectiveNode> directives, string directiveName)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == directiveName)
            {
                return directive;
            }
        }

        return null;
    }
}
