using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>INTERFACE_OBJECT_USAGE_ERROR</c> across subgraphs: an <c>@interfaceObject</c> stands for an interface some subgraph
/// defines as an interface (with its implementations); declared only as interface objects, there is nothing to stand for.
/// </summary>
internal static class InterfaceObjectSupergraphRule
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        foreach (var type in merged.Types.Values.Where(t => t.Kind == TypeKind.Interface && t.Definitions.All(d => d.Element.InterfaceObject)))
        {
            errors.Add(new CompositionError(
                CompositionCodes.InterfaceObjectUsageError,
                $"Type \"{type.Name}\" is declared with @interfaceObject in all the subgraphs in which it is defined "
                + $"({FieldResolution.Quote(type.Definitions.Select(d => d.Subgraph))}), but no subgraph defines it as an interface."));
        }
    }
}
