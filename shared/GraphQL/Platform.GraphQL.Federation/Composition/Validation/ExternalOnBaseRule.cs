using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary><c>EXTERNAL_MISSING_ON_BASE</c>: a field marked <c>@external</c> must be defined, not external, by some other subgraph.</summary>
internal static class ExternalOnBaseRule
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        foreach (var type in merged.Types.Values.Where(t => t.Kind == TypeKind.Object))
        {
            foreach (var field in type.Fields.Values)
            {
                if (field.Definitions.Count > 0 && field.Definitions.All(d => d.Element.External))
                {
                    errors.Add(new CompositionError(
                        CompositionCodes.ExternalMissingOnBase,
                        $"Field \"{type.Name}.{field.Name}\" is marked @external on all the subgraphs in which it is listed "
                        + $"({FieldResolution.Quote(field.Definitions.Select(d => d.Subgraph))})."));
                }
            }
        }
    }
}
