using Platform.GraphQL.Federation.Composition.Merging;
using Platform.GraphQL.Federation.Composition.Reading;

namespace Platform.GraphQL.Federation.Composition.Validation;

/// <summary>
/// <c>SATISFIABILITY_ERROR</c> (a basic form of the federation check): walking the supergraph from each root field in the
/// subgraph that resolves it, every field a client can select next must be resolvable, either by the subgraph the walk is in
/// (itself, or through a <c>@provides</c> on the path) or by one it can enter through an entity key whose fields it already
/// has; a field with <c>@requires</c> also needs its required fields resolvable there.
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
                        var typeName = TypeReferences.NamedType(definition.Type);
                        var provided = ProvidedSelection.On(definition.Provides is { } p ? FieldSets.TryParse(p) : null, typeName);
                        walk.Visit(typeName, subgraph, provided, new WalkPath(null, rootName, field.Name));
                    }
                }
            }
        }

        walk.Run();
    }

    private sealed class Walk(MergedSchema merged, List<CompositionError> errors)
    {
        private readonly HashSet<(string Type, string Subgraph, string Provided)> _visited = [];
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        private readonly EntityJumps _jumps = new(merged);

        // A work list rather than recursion: a long chain of types must not exhaust the stack, and breadth-first order
        // reports the shortest path to an unsatisfiable field.
        private readonly Queue<(MergedType Type, string Subgraph, ProvidedSelection Provided, WalkPath Path)> _pending = new();

        public void Visit(string typeName, string subgraphName, ProvidedSelection provided, WalkPath path)
        {
            if (merged.Types.TryGetValue(typeName, out var type) && !type.Inaccessible
                && _visited.Add((typeName, subgraphName, provided.Identity)))
            {
                _pending.Enqueue((type, subgraphName, provided, path));
            }
        }

        public void Run()
        {
            while (_pending.TryDequeue(out var state))
            {
                Process(state.Type, state.Subgraph, state.Provided, state.Path);
            }
        }

        private void Process(MergedType type, string subgraphName, ProvidedSelection provided, WalkPath path)
        {
            var typeName = type.Name;
            var subgraph = merged.Subgraph(subgraphName);
            switch (type.Kind)
            {
                case TypeKind.Object or TypeKind.Interface:
                    VisitFields(type, subgraphName, provided, path);
                    if (type.Kind == TypeKind.Interface)
                    {
                        foreach (var possible in subgraph.Types.Values.Where(t => t.Kind == TypeKind.Object && t.Interfaces.Contains(typeName)))
                        {
                            Visit(possible.Name, subgraphName, ProvidedSelection.None, path);
                        }
                    }

                    break;
                case TypeKind.Union when subgraph.Types.TryGetValue(typeName, out var union):
                    foreach (var member in union.Members)
                    {
                        Visit(member, subgraphName, ProvidedSelection.None, path);
                    }

                    break;
            }
        }

        private void VisitFields(MergedType type, string current, ProvidedSelection provided, WalkPath path)
        {
            var reachable = _jumps.Reachable(type, current, provided);
            var localInterface = type.Kind == TypeKind.Interface
                && merged.Subgraph(current).Types.TryGetValue(type.Name, out var own) && !own.InterfaceObject ? own : null;
            foreach (var field in type.Fields.Values.Where(f => !f.Inaccessible))
            {
                if (localInterface is not null && !localInterface.Fields.ContainsKey(field.Name) && !provided.Provides(field.Name))
                {
                    // The planner asks for it per concrete type; each implementation this subgraph knows is walked too.
                    continue;
                }

                var resolvers = Resolvers(type, field, current, provided).Where(r => reachable.Contains(r) && RequirementsMet(type, field, r)).ToList();
                if (resolvers.Count == 0)
                {
                    Report(type, field, current, path);
                    continue;
                }

                foreach (var resolver in resolvers)
                {
                    var definition = field.Definitions.FirstOrDefault(d => d.Subgraph == resolver).Element;
                    var childType = TypeReferences.NamedType(definition?.Type ?? field.Type);
                    if (!merged.Types.TryGetValue(childType, out var child) || child.Kind is not (TypeKind.Object or TypeKind.Interface or TypeKind.Union))
                    {
                        continue;
                    }

                    var childProvided = resolver == current && provided.Provides(field.Name)
                        ? provided.Below(field.Name, childType)
                        : ProvidedSelection.On(definition?.Provides is { } p ? FieldSets.TryParse(p) : null, childType);
                    Visit(childType, resolver, childProvided, new WalkPath(path, type.Name, field.Name));
                }
            }
        }

        private IEnumerable<string> Resolvers(MergedType type, MergedField field, string current, ProvidedSelection provided)
        {
            var resolving = FieldResolution.Resolving(field).Select(d => d.Subgraph).ToList();
            if (type.Kind == TypeKind.Interface && merged.Subgraph(current).Types.TryGetValue(type.Name, out var own)
                && !own.InterfaceObject && own.Fields.TryGetValue(field.Name, out var declared) && !declared.External)
            {
                resolving.Add(current);
            }

            if (provided.Provides(field.Name))
            {
                resolving.Add(current);
            }

            return resolving;
        }

        /// <summary>
        /// A <c>@requires</c> is met when each required top-level field is resolvable by a subgraph the planner can reach
        /// from the requiring subgraph itself (through keys), as the federation satisfiability check evaluates conditions.
        /// </summary>
        private bool RequirementsMet(MergedType type, MergedField field, string resolver)
        {
            var requires = field.Definitions.FirstOrDefault(d => d.Subgraph == resolver).Element?.Requires;
            if (requires is null)
            {
                return true;
            }

            var fromResolver = _jumps.Reachable(type, resolver, ProvidedSelection.None);
            return FieldSets.TopLevelFieldNames(requires).All(name =>
                type.Fields.TryGetValue(name, out var required)
                && FieldResolution.Resolving(required).Any(d => fromResolver.Contains(d.Subgraph)));
        }

        private void Report(MergedType type, MergedField field, string subgraph, WalkPath path)
        {
            if (!_reported.Add($"{type.Name}.{field.Name}"))
            {
                return;
            }

            var definedIn = field.Definitions.Select(d => d.Subgraph).Distinct();
            errors.Add(new CompositionError(
                CompositionCodes.SatisfiabilityError,
                $"The supergraph path {path} -> {type.Name}.{field.Name} cannot be satisfied by the subgraphs: from subgraph \"{subgraph}\", "
                + $"field \"{type.Name}.{field.Name}\" is not resolvable there, nor by a subgraph the query planner can move to with a @key "
                + $"whose fields it has, with what any @requires needs (it is declared in {FieldResolution.Quote(definedIn)})."));
        }
    }

    /// <summary>The fields walked from a root, rendered only when an error is reported.</summary>
    private sealed record WalkPath(WalkPath? Parent, string TypeName, string FieldName)
    {
        public override string ToString()
        {
            var steps = new List<string>();
            for (var step = this; step is not null; step = step.Parent)
            {
                steps.Add($"{step.TypeName}.{step.FieldName}");
            }

            steps.Reverse();
            return string.Join(" -> ", steps);
        }
    }
}
