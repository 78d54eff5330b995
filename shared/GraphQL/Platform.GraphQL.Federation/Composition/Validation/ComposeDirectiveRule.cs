using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>DIRECTIVE_COMPOSITION_ERROR</c>: a <c>@composeDirective</c> names a directive the subgraph defines and imports
/// from a spec it <c>@link</c>s, so every subgraph means the same directive by it.
/// </summary>
internal static class ComposeDirectiveRule
{
    public static void Check(SubgraphSchema subgraph, List<CompositionError> errors)
    {
        foreach (var name in subgraph.ComposedDirectives)
        {
            if (!subgraph.DirectiveDefinitions.ContainsKey(name))
            {
                errors.Add(new CompositionError(
                    CompositionCodes.DirectiveCompositionError,
                    $"Could not find matching directive definition for argument to @composeDirective \"@{name}\" in subgraph \"{subgraph.Name}\"."));
            }
            else if (!subgraph.Links.IsFromLinkedSpec(name))
            {
                errors.Add(new CompositionError(
                    CompositionCodes.DirectiveCompositionError,
                    $"Directive \"@{name}\" in subgraph \"{subgraph.Name}\" cannot be composed because it is not a member of a core feature "
                    + "(a spec the subgraph @links)."));
            }
        }
    }
}
