using Platform.GraphQL.Federation.Composition.Reading;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>
/// Applied directives kept in the supergraph: <c>@specifiedBy</c> and <c>@oneOf</c> (the spec's, besides <c>@deprecated</c>),
/// and custom ones the applying subgraph <c>@composeDirective</c>-ed.
/// </summary>
internal static class ComposedDirectives
{
    private static readonly HashSet<string> SpecDirectives = new(StringComparer.Ordinal) { "specifiedBy", "oneOf" };

    public static void AddKept(MergedSchema merged, SubgraphSchema subgraph, List<DirectiveNode> target, IEnumerable<DirectiveNode> applied)
    {
        foreach (var directive in applied)
        {
            var name = directive.Name.Value;
            var repeatable = false;
            if (merged.ComposedDirectives.TryGetValue(name, out var definition) && subgraph.ComposedDirectives.Contains(name))
            {
                repeatable = definition.Repeatable;
            }
            else if (!SpecDirectives.Contains(name))
            {
                continue;
            }

            var printed = Printer.Print(directive);
            var duplicate = repeatable
                ? target.Any(d => Printer.Print(d) == printed)
                : target.Any(d => d.Name.Value == name);
            if (!duplicate)
            {
                target.Add(directive);
            }
        }
    }
}
