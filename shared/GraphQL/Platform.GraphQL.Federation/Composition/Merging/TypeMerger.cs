using Platform.GraphQL.Federation.Composition.Reading;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Federation.Composition.Merging;

/// <summary>Merges the subgraphs' types by name: kinds, descriptions, interfaces, union members, then each kind's members.</summary>
internal static class TypeMerger
{
    public static MergedSchema Merge(IReadOnlyList<SubgraphSchema> subgraphs, List<CompositionError> errors)
    {
        var merged = new MergedSchema { Subgraphs = subgraphs };
        CollectComposedDirectives(merged);
        foreach (var subgraph in subgraphs)
        {
            foreach (var type in subgraph.Types.Values)
            {
                AddDefinition(merged, subgraph, type, errors);
            }
        }

        var enumUsage = EnumUsage.Collect(subgraphs);
        foreach (var type in merged.Types.Values)
        {
            switch (type.Kind)
            {
                case TypeKind.Object or TypeKind.Interface:
                    FieldMerger.Merge(merged, type, errors);
                    break;
                case TypeKind.InputObject:
                    InputObjectMerger.Merge(merged, type, errors);
                    break;
                case TypeKind.Enum:
                    EnumMerger.Merge(merged, type, enumUsage, errors);
                    break;
            }
        }

        InterfaceObjectFields.Propagate(merged);
        return merged;
    }

    private static void AddDefinition(MergedSchema merged, SubgraphSchema subgraph, SubgraphType type, List<CompositionError> errors)
    {
        var kind = type.InterfaceObject ? TypeKind.Interface : type.Kind;
        if (!merged.Types.TryGetValue(type.Name, out var target))
        {
            target = new MergedType { Name = type.Name, Kind = kind };
            merged.Types[type.Name] = target;
        }
        else if (target.Kind != kind)
        {
            var first = target.Definitions[0];
            errors.Add(new CompositionError(
                CompositionCodes.TypeKindMismatch,
                $"Type \"{type.Name}\" has mismatched kind: it is defined as {Describe(first.Element.Kind)} in subgraph \"{first.Subgraph}\" "
                + $"but {Describe(type.Kind)} in subgraph \"{subgraph.Name}\"."));
            return;
        }

        target.Definitions.Add(new Definition<SubgraphType>(subgraph.Name, type));
        target.Description ??= type.Description;
        target.Inaccessible |= type.Inaccessible;
        if (!type.InterfaceObject)
        {
            AddDistinct(target.Interfaces, type.Interfaces);
        }

        AddDistinct(target.Members, type.Members);
        ComposedDirectives.AddKept(merged, subgraph, target.Directives, type.OtherDirectives);
    }

    private static void CollectComposedDirectives(MergedSchema merged)
    {
        foreach (var subgraph in merged.Subgraphs)
        {
            foreach (var name in subgraph.ComposedDirectives)
            {
                if (subgraph.DirectiveDefinitions.TryGetValue(name, out var definition))
                {
                    merged.ComposedDirectives.TryAdd(name, definition);
                }
            }
        }
    }

    private static void AddDistinct(List<string> target, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!target.Contains(name))
            {
                target.Add(name);
            }
        }
    }

    public static string Describe(TypeKind kind) => kind switch
    {
        TypeKind.Object => "Object Type",
        TypeKind.Interface => "Interface Type",
        TypeKind.Union => "Union Type",
        TypeKind.Enum => "Enum Type",
        TypeKind.InputObject => "Input Object Type",
        _ => "Scalar Type",
    };
}
