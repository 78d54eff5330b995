using Platform.GraphQL.Federation.Composition.Reading;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>A field a field set selects, resolved against one subgraph's types.</summary>
internal readonly record struct SelectedField(SubgraphType Parent, SubgraphField Field, int Depth);

/// <summary>Walks a field set (<c>@key</c>/<c>@requires</c>/<c>@provides</c>) over a subgraph's types, reporting what does not fit.</summary>
internal static class FieldSetWalker
{
    /// <summary>The selected fields, and a description of the first problem (unknown field or type, leaf/composite mismatch), if any.</summary>
    /// <param name="allowArguments">Whether selections may pass arguments (<c>@requires</c>; <c>@provides</c> reports them itself).</param>
    public static (List<SelectedField> Fields, string? Problem) Walk(SubgraphSchema subgraph, SubgraphType type, string source, bool allowArguments = false)
    {
        var fields = new List<SelectedField>();
        if (FieldSets.TryParse(source) is not { } selectionSet)
        {
            return (fields, $"syntax error in field set \"{source}\"");
        }

        return (fields, Walk(subgraph, type, selectionSet, fields, 0, allowArguments));
    }

    private static string? Walk(
        SubgraphSchema subgraph, SubgraphType type, SelectionSetNode selectionSet, List<SelectedField> fields, int depth, bool allowArguments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var problem = selection switch
            {
                FieldNode field => WalkField(subgraph, type, field, fields, depth, allowArguments),
                InlineFragmentNode fragment => WalkFragment(subgraph, type, fragment, fields, depth, allowArguments),
                _ => "fragment spreads are not allowed in a field set",
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? WalkField(
        SubgraphSchema subgraph, SubgraphType type, FieldNode node, List<SelectedField> fields, int depth, bool allowArguments)
    {
        var name = node.Name.Value;
        if (name == "__typename")
        {
            return null;
        }

        if (!type.Fields.TryGetValue(name, out var field))
        {
            return $"Cannot query field \"{name}\" on type \"{type.Name}\"";
        }

        if ((node.Arguments.Count > 0 && !allowArguments) || node.Directives.Count > 0)
        {
            return $"field \"{type.Name}.{name}\" is selected with arguments or directives";
        }

        fields.Add(new SelectedField(type, field, depth));
        var namedType = subgraph.Types.GetValueOrDefault(Merging.TypeReferences.NamedType(field.Type));
        var composite = namedType?.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
        if (node.SelectionSet is null)
        {
            return composite ? $"field \"{type.Name}.{name}\" has a composite type and needs a selection" : null;
        }

        if (!composite || namedType is null)
        {
            return $"field \"{type.Name}.{name}\" has a leaf type and cannot have a selection";
        }

        return Walk(subgraph, namedType, node.SelectionSet, fields, depth + 1, allowArguments);
    }

    private static string? WalkFragment(
        SubgraphSchema subgraph, SubgraphType type, InlineFragmentNode fragment, List<SelectedField> fields, int depth, bool allowArguments)
    {
        var target = type;
        if (fragment.TypeCondition is { } condition && !subgraph.Types.TryGetValue(condition.Name.Value, out target!))
        {
            return $"Unknown type \"{condition.Name.Value}\"";
        }

        return Walk(subgraph, target, fragment.SelectionSet, fields, depth, allowArguments);
    }
}
