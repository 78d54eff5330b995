using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Federation.Composition;

/// <summary>The planner's view of the merged schema: per composite type, its subgraphs, keys and possible types; per field, its sources.</summary>
internal static class SupergraphAssembler
{
    public static Supergraph Assemble(Schema apiSchema, IReadOnlyList<SubgraphDefinition> subgraphs, MergedSchema merged)
    {
        var types = new Dictionary<string, SupergraphType>(StringComparer.Ordinal);
        foreach (var type in merged.Types.Values)
        {
            if (type.Inaccessible || type.Kind is not (TypeKind.Object or TypeKind.Interface or TypeKind.Union))
            {
                continue;
            }

            types[type.Name] = new SupergraphType
            {
                Name = type.Name,
                Kind = type.Kind switch
                {
                    TypeKind.Object => SupergraphTypeKind.Object,
                    TypeKind.Interface => SupergraphTypeKind.Interface,
                    _ => SupergraphTypeKind.Union,
                },
                Subgraphs = type.Definitions.Select(d => d.Subgraph).ToHashSet(StringComparer.Ordinal),
                Keys = type.Definitions
                    .SelectMany(d => d.Element.Keys.Select(k => new EntityKey(d.Subgraph, FieldSet.Parse(k.Fields), k.Resolvable)))
                    .ToList(),
                InterfaceObjectSubgraphs = type.InterfaceObjectSubgraphs.ToHashSet(StringComparer.Ordinal),
                PossibleTypesBySubgraph = PossibleTypes(merged, type),
                Fields = type.Fields.Values.ToDictionary(f => f.Name, f => new SupergraphField { Name = f.Name, Sources = Sources(f) }, StringComparer.Ordinal),
            };
        }

        return new Supergraph(apiSchema, subgraphs, types);
    }

    private static List<FieldSource> Sources(MergedField field)
    {
        var overriddenBy = field.Definitions
            .Where(d => d.Element.OverridesCompletely is not null)
            .GroupBy(d => d.Element.OverridesCompletely!)
            .ToDictionary(g => g.Key, g => g.First().Subgraph, StringComparer.Ordinal);
        return field.Definitions.Select(d => new FieldSource
        {
            Subgraph = d.Subgraph,
            External = d.Element.External,
            Shareable = d.Element.Shareable,
            ViaInterfaceObject = field.ViaInterfaceObject.Contains(d.Subgraph),
            OverriddenBy = overriddenBy.GetValueOrDefault(d.Subgraph),
            Requires = d.Element.Requires is { } requires ? FieldSet.Parse(requires) : null,
            Provides = d.Element.Provides is { } provides ? FieldSet.Parse(provides) : null,
        }).ToList();
    }

    private static Dictionary<string, IReadOnlySet<string>> PossibleTypes(MergedSchema merged, MergedType type)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (type.Kind is not (TypeKind.Interface or TypeKind.Union))
        {
            return result;
        }

        foreach (var (subgraphName, definition) in type.Definitions)
        {
            if (definition.InterfaceObject)
            {
                continue;
            }

            var subgraph = merged.Subgraph(subgraphName);
            result[subgraphName] = type.Kind == TypeKind.Union
                ? definition.Members.Where(m => !IsInaccessible(merged, m)).ToHashSet(StringComparer.Ordinal)
                : subgraph.Types.Values
                    .Where(t => t.Kind == TypeKind.Object && !IsInaccessible(merged, t.Name) && Implements(subgraph, t, type.Name, []))
                    .Select(t => t.Name)
                    .ToHashSet(StringComparer.Ordinal);
        }

        return result;
    }

    private static bool IsInaccessible(MergedSchema merged, string name) => merged.Types.TryGetValue(name, out var t) && t.Inaccessible;

    private static bool Implements(SubgraphSchema subgraph, SubgraphType type, string interfaceName, HashSet<string> seen) =>
        seen.Add(type.Name) && type.Interfaces.Any(name =>
            name == interfaceName || (subgraph.Types.TryGetValue(name, out var parent) && Implements(subgraph, parent, interfaceName, seen)));
}
