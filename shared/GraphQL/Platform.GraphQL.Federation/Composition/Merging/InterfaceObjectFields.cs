using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>
/// A subgraph that declares an interface as an <c>@interfaceObject</c> contributes its fields to every implementation
/// of the interface, though it never names those types: a field the object type lacks is added to it, defined by that
/// subgraph; a field the object already has only records the interface object's definition (for the sharing rule).
/// </summary>
internal static class InterfaceObjectFields
{
    public static void Propagate(MergedSchema merged)
    {
        foreach (var type in merged.Types.Values.Where(t => t.Kind == TypeKind.Interface).ToList())
        {
            var interfaceObjects = type.Definitions.Where(d => d.Element.InterfaceObject).ToList();
            if (interfaceObjects.Count == 0)
            {
                continue;
            }

            foreach (var implementation in Subtyping.Implementations(merged, type.Name))
            {
                foreach (var (subgraph, definition) in interfaceObjects)
                {
                    foreach (var field in definition.Fields.Values)
                    {
                        if (implementation.Fields.TryGetValue(field.Name, out var existing)
                            && existing.Definitions.Any(d => !existing.ViaInterfaceObject.Contains(d.Subgraph)))
                        {
                            existing.InterfaceObjectDefinitions.Add(new Definition<SubgraphField>(subgraph, field));
                            continue;
                        }

                        if (!implementation.Fields.TryGetValue(field.Name, out var target))
                        {
                            var source = type.Fields[field.Name];
                            target = new MergedField
                            {
                                Name = field.Name,
                                Type = source.Type,
                                Description = source.Description,
                                Deprecated = source.Deprecated,
                                Inaccessible = source.Inaccessible,
                            };
                            foreach (var argument in source.Arguments)
                            {
                                target.Arguments[argument.Key] = argument.Value;
                            }

                            target.Directives.AddRange(source.Directives);
                            implementation.Fields[field.Name] = target;
                        }

                        if (target.ViaInterfaceObject.Add(subgraph))
                        {
                            target.Definitions.Add(new Definition<SubgraphField>(subgraph, field));
                        }
                    }
                }
            }
        }
    }
}
