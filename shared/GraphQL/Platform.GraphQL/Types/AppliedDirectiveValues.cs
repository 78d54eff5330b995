using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>Reads the arguments of @deprecated, @specifiedBy and @oneOf applied in SDL (graphql-js <c>getDirectiveValues</c>).</summary>
internal static class AppliedDirectiveValues
{
    public static string? DeprecationReason(IHasDirectives node) => DeprecationReason(node.Directives);

    public static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = Find(directives, SpecifiedDirectives.Deprecated.Name);
        if (deprecated is null)
        {
            return null;
        }

        return StringArgument(deprecated, "reason") ?? SpecifiedDirectives.DefaultDeprecationReason;
    }

    public static string? SpecifiedByUrl(IHasDirectives node) =>
        Find(node.Directives, SpecifiedDirectives.SpecifiedBy.Name) is { } specifiedBy ? StringArgument(specifiedBy, "url") : null;

    public static bool Has(IHasDirectives node, DirectiveDefinition directive) => Find(node.Directives, directive.Name) is not null;

    private static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    private static string? StringArgument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name && argument.Value is StringValueNode text)
            {
                return text.Value;
            }
        }

        return null;
    }
}
