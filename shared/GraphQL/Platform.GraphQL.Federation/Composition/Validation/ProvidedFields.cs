using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>Whether some <c>@provides</c> of a subgraph selects a field (a lenient reading: on any path of that subgraph).</summary>
internal static class ProvidedFields
{
    public static bool IsProvided(SubgraphSchema subgraph, string typeName, string fieldName)
    {
        foreach (var field in subgraph.Types.Values.SelectMany(t => t.Fields.Values))
        {
            if (field.Provides is { } provides && subgraph.Types.TryGetValue(TypeReferences.NamedType(field.Type), out var target)
                && FieldSetWalker.Walk(subgraph, target, provides).Fields.Any(s => s.Parent.Name == typeName && s.Field.Name == fieldName))
            {
                return true;
            }
        }

        return false;
    }
}
