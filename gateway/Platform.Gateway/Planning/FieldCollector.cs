using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Planning;

/// <summary>A field the client selected, with the <c>@skip</c>/<c>@include</c> of the fragments it sits in.</summary>
internal sealed record FieldOccurrence(FieldNode Field, IReadOnlyList<DirectiveNode> Conditions);

/// <summary>
/// The fields a selection set selects on one concrete type: inline fragments and named fragments whose type
/// condition applies are flattened; their <c>@skip</c>/<c>@include</c> stay with each field as conditions, because
/// plans are cached without variable values and the subgraphs evaluate the conditions.
/// </summary>
internal sealed class FieldCollector(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    public List<FieldOccurrence> Collect(ObjectType type, IEnumerable<SelectionSetNode> selectionSets)
    {
        var fields = new List<FieldOccurrence>();
        foreach (var selectionSet in selectionSets)
        {
            Walk(type, selectionSet, [], fields, []);
        }

        return fields;
    }

    public List<FieldOccurrence> Collect(ObjectType type, IEnumerable<FieldOccurrence> parents) =>
        Collect(type, parents.Select(p => p.Field.SelectionSet).OfType<SelectionSetNode>());

    private void Walk(
        ObjectType type, SelectionSetNode selectionSet, IReadOnlyList<DirectiveNode> conditions, List<FieldOccurrence> fields, HashSet<string> visiting)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    fields.Add(new FieldOccurrence(field, conditions));
                    break;
                case InlineFragmentNode inline when Applies(inline.TypeCondition?.Name.Value, type):
                    Walk(type, inline.SelectionSet, With(conditions, inline.Directives), fields, visiting);
                    break;
                case FragmentSpreadNode spread
                    when fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && Applies(fragment.TypeCondition.Name.Value, type)
                        && visiting.Add(spread.Name.Value):
                    Walk(type, fragment.SelectionSet, With(conditions, spread.Directives), fields, visiting);
                    visiting.Remove(spread.Name.Value);
                    break;
            }
        }
    }

    private bool Applies(string? typeCondition, ObjectType type)
    {
        if (typeCondition is null || typeCondition == type.Name)
        {
            return true;
        }

        return schema.GetType(typeCondition) is { } condition && condition is IAbstractType && schema.IsSubType(condition, type);
    }

    private static IReadOnlyList<DirectiveNode> With(IReadOnlyList<DirectiveNode> conditions, IReadOnlyList<DirectiveNode> directives)
    {
        var added = directives.Where(IsCondition).ToList();
        return added.Count == 0 ? conditions : [.. conditions, .. added];
    }

    public static bool IsCondition(DirectiveNode directive) => directive.Name.Value is "skip" or "include";
}
