using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>INTERFACE_FIELD_NO_IMPLEM</c>: after merging, an object type implementing an interface has every field of the merged
/// interface, including fields another subgraph added to the interface.
/// </summary>
internal static class InterfaceImplementationRule
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        foreach (var type in merged.Types.Values.Where(t => t.Kind is TypeKind.Object or TypeKind.Interface))
        {
            foreach (var interfaceName in type.Interfaces)
            {
                if (!merged.Types.TryGetValue(interfaceName, out var parent))
                {
                    continue;
                }

                foreach (var field in parent.Fields.Values.Where(f => !type.Fields.ContainsKey(f.Name)))
                {
                    var declaredIn = FieldResolution.Quote(field.Definitions.Select(d => d.Subgraph).Distinct());
                    var implementedIn = FieldResolution.Quote(type.Definitions.Where(d => d.Element.Interfaces.Contains(interfaceName)).Select(d => d.Subgraph));
                    errors.Add(new CompositionError(
                        CompositionCodes.InterfaceFieldNoImplementation,
                        $"Interface field \"{interfaceName}.{field.Name}\" is declared in subgraph {declaredIn} but type \"{type.Name}\", "
                        + $"which implements \"{interfaceName}\" in subgraph {implementedIn}, does not have field \"{field.Name}\"."));
                }
            }
        }
    }
}
