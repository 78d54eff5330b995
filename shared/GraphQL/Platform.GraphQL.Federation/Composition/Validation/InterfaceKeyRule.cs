using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>INTERFACE_KEY_NOT_ON_IMPLEMENTATION</c>: in a subgraph, every object type implementing an entity interface repeats
/// each of the interface's <c>@key</c>s, so a representation of the interface can be resolved as any implementation.
/// </summary>
internal static class InterfaceKeyRule
{
    public static void Check(SubgraphSchema subgraph, List<CompositionError> errors)
    {
        foreach (var type in subgraph.Types.Values.Where(t => t.Kind == TypeKind.Interface && t.Keys.Count > 0))
        {
            foreach (var implementation in subgraph.Types.Values.Where(t => t.Kind == TypeKind.Object && t.Interfaces.Contains(type.Name)))
            {
                var implementationKeys = implementation.Keys.Select(k => Normalize(k.Fields)).ToHashSet(StringComparer.Ordinal);
                foreach (var key in type.Keys.Where(k => !implementationKeys.Contains(Normalize(k.Fields))))
                {
                    errors.Add(new CompositionError(
                        CompositionCodes.InterfaceKeyNotOnImplementation,
                        $"[{subgraph.Name}] Key @key(fields: \"{key.Fields}\") on interface type \"{type.Name}\" is missing on "
                        + $"implementation type \"{implementation.Name}\"."));
                }
            }
        }
    }

    private static string Normalize(string fields) =>
        FieldSets.TryParse(fields) is { } selectionSet ? Language.Printer.Print(selectionSet) : fields;
}
