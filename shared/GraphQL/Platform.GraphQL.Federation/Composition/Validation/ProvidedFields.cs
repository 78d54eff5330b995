using System.Runtime.CompilerServices;
using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>Whether some <c>@provides</c> of a subgraph selects a field (a lenient reading: on any path of that subgraph).</summary>
internal static class ProvidedFields
{
    private static readonly ConditionalWeakTable<SubgraphSchema, HashSet<(string Type, string Field)>> BySubgraph = new();

    public static bool IsProvided(SubgraphSchema subgraph, string typeName, string fieldName) =>
        BySubgraph.GetValue(subgraph, Collect).Contains((typeName, fieldName));

    private static HashSet<(string, string)> Collect(SubgraphSchema subgraph)
    {
        var provided = new HashSet<(string, string)>();
        foreach (var field in subgraph.Types.Values.SelectMany(t => t.Fields.Values))
        {
            if (field.Provides is { } provides && subgraph.Types.TryGetValue(TypeReferences.NamedType(field.Type), out var target))
            {
                provided.UnionWith(FieldSetWalker.Walk(subgraph, target, provides).Fields.Select(s => (s.Parent.Name, s.Field.Name)));
            }
        }

        return provided;
    }
}
