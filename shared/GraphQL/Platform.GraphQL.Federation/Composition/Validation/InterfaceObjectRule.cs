using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>INTERFACE_OBJECT_USAGE_ERROR</c>: an <c>@interfaceObject</c> stands for an entity interface, so it needs a
/// <c>@key</c> in its subgraph (that key is how the planner hands it entities of any implementation).
/// </summary>
internal static class InterfaceObjectRule
{
    public static void Check(SubgraphSchema subgraph, List<CompositionError> errors)
    {
        foreach (var type in subgraph.Types.Values.Where(t => t.InterfaceObject && t.Keys.Count == 0))
        {
            errors.Add(new CompositionError(
                CompositionCodes.InterfaceObjectUsageError,
                $"[{subgraph.Name}] The @interfaceObject directive can only be applied to entity types but type \"{type.Name}\" has no @key in this subgraph."));
        }
    }
}
