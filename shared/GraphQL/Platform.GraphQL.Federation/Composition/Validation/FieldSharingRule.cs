using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>INVALID_FIELD_SHARING</c>: a field of an object type resolved by two or more subgraphs must be <c>@shareable</c>
/// (or part of a <c>@key</c>) in every one of them, so the planner may take it from either. A subscription field is never
/// shareable: one subgraph owns each event stream.
/// </summary>
internal static class FieldSharingRule
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        foreach (var type in merged.Types.Values.Where(t => t.Kind == TypeKind.Object))
        {
            foreach (var field in type.Fields.Values)
            {
                if (type.Name == "Subscription" && field.Definitions.Any(d => d.Element.Shareable && merged.Subgraph(d.Subgraph).IsFederation2))
                {
                    errors.Add(new CompositionError(
                        CompositionCodes.InvalidFieldSharing,
                        $"Fields on root level subscription object cannot be marked as shareable: \"Subscription.{field.Name}\" is @shareable in subgraph "
                        + $"{FieldResolution.Quote(field.Definitions.Where(d => d.Element.Shareable).Select(d => d.Subgraph))}"));
                    continue;
                }

                var resolving = FieldResolution.Owners(field)
                    .Concat(field.InterfaceObjectDefinitions.Where(d => !d.Element.External))
                    .DistinctBy(d => d.Subgraph)
                    .ToList();
                var nonShareable = resolving.Where(d => !d.Element.Shareable).Select(d => d.Subgraph).ToList();
                if (resolving.Count < 2 || nonShareable.Count == 0)
                {
                    continue;
                }

                var where = nonShareable.Count == resolving.Count
                    ? "all of them"
                    : $"subgraph{(nonShareable.Count > 1 ? "s" : "")} {FieldResolution.Quote(nonShareable)}";
                errors.Add(new CompositionError(
                    CompositionCodes.InvalidFieldSharing,
                    $"Non-shareable field \"{type.Name}.{field.Name}\" is resolved from multiple subgraphs: it is resolved from subgraphs "
                    + $"{FieldResolution.Quote(resolving.Select(d => d.Subgraph))} and defined as non-shareable in {where}"));
            }
        }
    }
}
