using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>EXTERNAL_UNUSED</c>: in a federation v2 subgraph an <c>@external</c> field must serve a <c>@key</c>, a <c>@requires</c>,
/// a <c>@provides</c> or an interface the type implements; otherwise declaring it has no meaning.
/// </summary>
internal static class ExternalUsageRule
{
    public static void Check(SubgraphSchema subgraph, List<CompositionError> errors)
    {
        if (!subgraph.IsFederation2)
        {
            return;
        }

        var used = UsedFields(subgraph);
        foreach (var type in subgraph.Types.Values.Where(t => t.Kind == TypeKind.Object))
        {
            foreach (var field in type.Fields.Values.Where(f => f.External))
            {
                if (!used.Contains((type.Name, field.Name)) && !DeclaredByInterface(subgraph, type, field.Name))
                {
                    errors.Add(new CompositionError(
                        CompositionCodes.ExternalUnused,
                        $"[{subgraph.Name}] Field \"{type.Name}.{field.Name}\" is marked @external but is not used in any federation directive "
                        + "(@key, @provides, @requires) or to satisfy an interface; the field declaration has no use and should be removed "
                        + "(or the field should not be @external)."));
                }
            }
        }
    }

    private static HashSet<(string Type, string Field)> UsedFields(SubgraphSchema subgraph)
    {
        var used = new HashSet<(string, string)>();
        foreach (var type in subgraph.Types.Values)
        {
            foreach (var key in type.Keys)
            {
                Mark(used, FieldSetWalker.Walk(subgraph, type, key.Fields).Fields);
            }

            foreach (var field in type.Fields.Values)
            {
                if (field.Requires is { } requires)
                {
                    Mark(used, FieldSetWalker.Walk(subgraph, type, requires, allowArguments: true).Fields);
                }

                if (field.Provides is { } provides && subgraph.Types.TryGetValue(TypeReferences.NamedType(field.Type), out var target))
                {
                    Mark(used, FieldSetWalker.Walk(subgraph, target, provides, allowArguments: true).Fields);
                }
            }
        }

        return used;
    }

    private static void Mark(HashSet<(string, string)> used, List<SelectedField> fields)
    {
        foreach (var selected in fields)
        {
            used.Add((selected.Parent.Name, selected.Field.Name));
        }
    }

    private static bool DeclaredByInterface(SubgraphSchema subgraph, SubgraphType type, string fieldName) =>
        type.Interfaces.Any(name => subgraph.Types.TryGetValue(name, out var parent) && parent.Fields.ContainsKey(fieldName));
}
