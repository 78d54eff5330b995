using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>
/// Merges an input object: only fields every subgraph declares survive (a client's input must be acceptable to all),
/// and a required field missing somewhere fails composition.
/// </summary>
internal static class InputObjectMerger
{
    public static void Merge(MergedSchema merged, MergedType type, List<CompositionError> errors)
    {
        var names = type.Definitions.SelectMany(d => d.Element.InputFields.Keys).Distinct().ToList();
        foreach (var name in names)
        {
            var coordinate = $"\"{type.Name}.{name}\"";
            var present = type.Definitions.Where(d => d.Element.InputFields.ContainsKey(name))
                .Select(d => new Definition<SubgraphInputValue>(d.Subgraph, d.Element.InputFields[name])).ToList();
            if (present.Count < type.Definitions.Count)
            {
                var required = present.FirstOrDefault(d => TypeReferences.IsRequired(d.Element.Type, d.Element.DefaultValue));
                if (required.Element is not null)
                {
                    var missing = type.Definitions.Where(d => !d.Element.InputFields.ContainsKey(name)).Select(d => $"\"{d.Subgraph}\"");
                    errors.Add(new CompositionError(
                        CompositionCodes.RequiredInputFieldMissingInSomeSubgraph,
                        $"Input object field {coordinate} is required in some subgraphs but does not appear in all subgraphs: "
                        + $"it is required in subgraph \"{required.Subgraph}\" but does not appear in {string.Join(", ", missing)}"));
                }

                continue;
            }

            if (InputValueMerger.Merge(present, coordinate, "Input field", errors) is { } field)
            {
                type.InputFields[name] = field;
                foreach (var definition in present)
                {
                    ComposedDirectives.AddKept(merged, merged.Subgraph(definition.Subgraph), field.Directives, definition.Element.OtherDirectives);
                }
            }
        }

        var common = names.Count(name => type.Definitions.All(d => d.Element.InputFields.ContainsKey(name)));
        if (common == 0 && names.Count > 0)
        {
            errors.Add(new CompositionError(
                CompositionCodes.EmptyMergedInputType,
                $"None of the fields of input object type \"{type.Name}\" are consistently defined in all the subgraphs defining that type "
                + $"({string.Join(", ", type.Definitions.Select(d => $"\"{d.Subgraph}\""))})."));
        }
    }
}
