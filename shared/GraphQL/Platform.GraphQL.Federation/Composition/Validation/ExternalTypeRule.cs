using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary><c>EXTERNAL_TYPE_MISMATCH</c>: an <c>@external</c> declaration names the same type (up to nullability) as the subgraphs that resolve the field.</summary>
internal static class ExternalTypeRule
{
    public static void Check(MergedSchema merged, MergedType type, MergedField field, List<CompositionError> errors)
    {
        var resolving = field.Definitions.Where(d => !d.Element.External).ToList();
        if (resolving.Count == 0)
        {
            return;
        }

        foreach (var external in field.Definitions.Where(d => d.Element.External))
        {
            var owner = resolving[0];
            if (TypeReferences.MergeOutput(owner.Element.Type, external.Element.Type, (_, _) => false) is null)
            {
                errors.Add(new CompositionError(
                    CompositionCodes.ExternalTypeMismatch,
                    $"Type of field \"{type.Name}.{field.Name}\" is incompatible across subgraphs (where marked @external): it has type "
                    + $"\"{TypeReferences.Print(owner.Element.Type)}\" in subgraph \"{owner.Subgraph}\" but type "
                    + $"\"{TypeReferences.Print(external.Element.Type)}\" in subgraph \"{external.Subgraph}\""));
            }
        }
    }
}
