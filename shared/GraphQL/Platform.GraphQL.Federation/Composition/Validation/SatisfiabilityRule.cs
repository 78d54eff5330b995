using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>SATISFIABILITY_ERROR</c> (a basic form of the federation check): walking the supergraph from each root field in the
/// subgraph that resolves it, every field a client can select next must be resolvable, either by the subgraph the walk is in
/// or by one it can enter through an entity key whose fields the walk already has.
/// </summary>
internal static class SatisfiabilityRule
{
    public static void Check(MergedSchema merged, List<CompositionError> errors)
    {
        var walk = new Walk(merged, errors);
        foreach (var rootName in new[] { "Query", "Mutation", "Subscription" })
        {
            if (merged.Types.TryGetValue(rootName, out var root))
            {
                foreach (var field in root.Fields.Values.Where(f => !f.Inaccessible))
                {
                    foreach (var (subgraph, definition) in FieldResolution.Resolving(field))
                    {
                        walk.Visit(TypeReferences.NamedType(definition.Type), subgraph, $"{rootName}.{field.Name}");
                    }
                }
            }
        }
    }

    private sealed class Walk(MergedSchema merged, List<CompositionError> errors)
    {
        private readonly HashSet<(string Type, string Subgraph)> _visited = [];
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private readonly EntityJumps _jumps = new(merged);

        public void Visit(string typeName, string subgraphName, string path)
        {
            if (!merged.Types.TryGetValue(typeName, out var type) || type.Inaccessible || !_visited.Add((typeName, subgraphName)))
            {
                return;
            }

            var subgraph = merged.Subgraph(subgraphName);
            switch (type.Kind)
            {
                case TypeKind.Object or TypeKind.Interface:
                    VisitFields(type, subgraphName, path);
                    foreach (var possible in PossibleTypes(subgraph, type))
                    {
                        Visit(possible, subgraphName, path);
                    }

                    break;
                case TypeKind.Union when subgraph.Types.TryGetValue(typeName, out var union):
                    foreach (var member in union.Members)
                    {
                        Visit(member, subgraphName, path);
                    }

                    break;
            }
        }

        private void VisitFields(MergedType type, string subgraphName, string path)
        {
            var reachable = _jumps.Reachable(type, subgraphName);
            foreach (var field in type.Fields.Values.Where(f => !f.Inaccessible))
            {
                var resolvers = Resolvers(type, field, subgraphName).Where(reachable.Contains).ToList();
                if (resolvers.Count == 0)
                {
                    Report(type, field, subgraphName, path);
                    continue;
                }

                foreach (var resolver in resolvers)
                {
                    var declared = field.Definitions.FirstOrDefault(d => d.Subgraph == resolver).Element?.Type ?? field.Type;
                    Visit(TypeReferences.NamedType(declared), resolver, $"{path} -> {type.Name}.{field.Name}");
                }
            }
        }

        private IEnumerable<string> Resolvers(MergedType type, MergedField field, string current)
        {
            var resolving = FieldResolution.Resolving(field).Select(d => d.Subgraph).ToList();
            if (type.Kind == TypeKind.Interface && merged.Subgraph(current).Types.TryGetValue(type.Name, out var own)
                && !own.InterfaceObject && own.Fields.TryGetValue(field.Name, out var declared) && !declared.External)
            {
                resolving.Add(current);
            }

            if (ProvidedFields.IsProvided(merged.Subgraph(current), type.Name, field.Name))
            {
                resolving.Add(current);
            }

            return resolving;
        }

        private static IEnumerable<string> PossibleTypes(SubgraphSchema subgraph, MergedType type) =>
            type.Kind != TypeKind.Interface
                ? []
                : subgraph.Types.Values.Where(t => t.Kind == TypeKind.Object && t.Interfaces.Contains(type.Name)).Select(t => t.Name);

        private void Report(MergedType type, MergedField field, string subgraph, string path)
        {
            if (!_reported.Add($"{type.Name}.{field.Name}"))
            {
                return;
            }

            var definedIn = field.Definitions.Select(d => d.Subgraph).Distinct();
            errors.Add(new CompositionError(
                CompositionCodes.SatisfiabilityError,
                $"The supergraph path {path} -> {type.Name}.{field.Name} cannot be satisfied by the subgraphs: from subgraph \"{subgraph}\", "
                + $"field \"{type.Name}.{field.Name}\" is not resolvable there and no @key lets the query planner move to a subgraph that resolves it "
                + $"(it is declared in {FieldResolution.Quote(definedIn)})."));
        }
    }
}
