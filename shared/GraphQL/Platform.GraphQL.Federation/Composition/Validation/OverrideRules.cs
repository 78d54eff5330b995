using Platform.GraphQL.Federation.Composition.Merging;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>OVERRIDE_FROM_SELF_ERROR</c>, <c>OVERRIDE_SOURCE_HAS_OVERRIDE</c>, <c>OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE</c>:
/// <c>@override(from:)</c> names another subgraph, which does not itself override the field, and is not combined with <c>@external</c>.
/// </summary>
internal static class OverrideRules
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        foreach (var type in merged.Types.Values)
        {
            foreach (var field in type.Fields.Values)
            {
                foreach (var (subgraph, definition) in field.Definitions)
                {
                    if (definition.OverrideFrom is not { } from)
                    {
                        continue;
                    }

                    var coordinate = $"\"{type.Name}.{field.Name}\"";
                    if (from == subgraph)
                    {
                        errors.Add(new CompositionError(
                            CompositionCodes.OverrideFromSelf,
                            $"Source and destination subgraphs \"{subgraph}\" are the same for overridden field {coordinate}"));
                    }
                    else if (field.Definitions.Any(d => d.Subgraph == from && d.Element.OverrideFrom is not null))
                    {
                        errors.Add(new CompositionError(
                            CompositionCodes.OverrideSourceHasOverride,
                            $"Field {coordinate} on subgraph \"{subgraph}\" is also marked with directive @override in subgraph \"{from}\". "
                            + "Only one @override directive is allowed per field."));
                    }
                    else if (definition.External)
                    {
                        errors.Add(new CompositionError(
                            CompositionCodes.OverrideCollisionWithAnotherDirective,
                            $"@override cannot be used on field {coordinate} on subgraph \"{subgraph}\" since {coordinate} on \"{subgraph}\" "
                            + "is marked with directive \"@external\""));
                    }
                }
            }
        }
    }
}
