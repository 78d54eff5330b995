using Platform.GraphQL;
using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Planning;

/// <summary>
/// Plans a validated operation against a <see cref="Supergraph"/>: each root field goes to a subgraph that resolves
/// it (staying in one already chosen when possible); below, a field stays in the current subgraph when that subgraph
/// resolves it there (<c>@shareable</c>, <c>@provides</c>, <c>@override</c> considered) and otherwise jumps through
/// <c>_entities</c> to one that does, adding the key (and <c>__typename</c>) to the parent fetch and planning the
/// <c>@requires</c> fields before it. Abstract types are planned per possible object type. Introspection fields are
/// left to the gateway's own execution over the API schema.
/// </summary>
public sealed partial class QueryPlanner
{
    private readonly SubgraphCapabilities _capabilities;
    private readonly Schema _schema;

    public QueryPlanner(Supergraph supergraph)
    {
        _capabilities = new SubgraphCapabilities(supergraph);
        _schema = supergraph.ApiSchema;
    }

    public QueryPlan Plan(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        try
        {
            var context = new PlanningContext(new FieldCollector(_schema, fragments));
            var rootType = _schema.GetRootType(operation.Operation)
                ?? throw new GraphQLError($"The schema has no {operation.Operation.ToString().ToLowerInvariant()} type.");
            PlanRoot(context, operation.Operation, rootType, context.Collector.Collect(rootType, [operation.SelectionSet]));
            return new QueryPlan { Operation = operation.Operation, Fetches = PlanStages.Finish(context.Fetches, operation) };
        }
        catch (GraphQLError error)
        {
            return new QueryPlan { Operation = operation.Operation, Fetches = [], Error = error };
        }
    }

    private void PlanRoot(PlanningContext context, OperationType operationType, ObjectType rootType, List<FieldOccurrence> fields)
    {
        var roots = new List<FetchBuilder>();
        foreach (var occurrence in fields)
        {
            var name = occurrence.Field.Name.Value;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var resolvers = _capabilities.Resolvers(rootType.Name, name).ToList();
            if (resolvers.Count == 0)
            {
                throw Unplannable($"No subgraph resolves {rootType.Name}.{name}.");
            }

            var fetch = operationType == OperationType.Mutation
                ? roots.Count > 0 && resolvers.Contains(roots[^1].Subgraph) ? roots[^1] : null
                : roots.FirstOrDefault(r => resolvers.Contains(r.Subgraph));
            if (fetch is null)
            {
                fetch = context.NewFetch(resolvers[0], entityType: null);
                roots.Add(fetch);
            }

            PlanFields(context, fetch, fetch.Selection, rootType, [], [occurrence], ProvidedFields.None, requiresSatisfied: false, positionType: null);
        }
    }

    private const int MaxNestedJumps = 128;

    internal static GraphQLError Unplannable(string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = "QUERY_PLANNING_FAILED" });

    /// <summary>The fetches of one plan and the index of entity fetches by (path, type, subgraph).</summary>
    private sealed class PlanningContext(FieldCollector collector)
    {
        private readonly Dictionary<string, FetchBuilder> _entityFetches = new(StringComparer.Ordinal);
        private readonly List<HashSet<FetchBuilder>> _watchers = [];
        private int _jumps;

        public FieldCollector Collector { get; } = collector;

        public List<FetchBuilder> Fetches { get; } = [];

        public FetchBuilder NewFetch(string subgraph, string? entityType)
        {
            var fetch = new FetchBuilder(Fetches.Count, subgraph, entityType);
            Fetches.Add(fetch);
            return fetch;
        }

        public IEnumerable<string> EntitySubgraphsAt(IReadOnlyList<PathSegment> path, string typeName)
        {
            var prefix = PathKey(path) + "|";
            return _entityFetches
                .Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) && e.Value.AcceptedTypes.Contains(typeName))
                .Select(e => e.Value.Subgraph);
        }

        public FetchBuilder EntityFetch(IReadOnlyList<PathSegment> path, string typeName, string subgraph, FetchBuilder? avoid)
        {
            var key = PathKey(path) + "|" + typeName + "|" + subgraph;
            if (!_entityFetches.TryGetValue(key, out var fetch) || fetch == avoid)
            {
                fetch = NewFetch(subgraph, typeName);
                fetch.Paths.Add(path);
                _entityFetches[key] = fetch;
            }

            foreach (var watcher in _watchers)
            {
                watcher.Add(fetch);
            }

            return fetch;
        }

        /// <summary>
        /// Counts nested jumps; required fields that (through other modules) require each other would nest without end,
        /// so past a depth no operation reaches the field is reported as unplannable.
        /// </summary>
        public IDisposable EnterJump(string typeName, string fieldName)
        {
            if (++_jumps > MaxNestedJumps)
            {
                throw Unplannable($"Cannot plan {typeName}.{fieldName}: its required fields depend on each other across modules.");
            }

            return new JumpScope(this);
        }

        private sealed class JumpScope(PlanningContext context) : IDisposable
        {
            public void Dispose() => context._jumps--;
        }

        /// <summary>Runs <paramref name="plan"/> and returns the entity fetches it used (what required fields wait for).</summary>
        public HashSet<FetchBuilder> Watch(Action plan)
        {
            var used = new HashSet<FetchBuilder>();
            _watchers.Add(used);
            try
            {
                plan();
            }
            finally
            {
                _watchers.Remove(used);
            }

            return used;
        }

        private static string PathKey(IReadOnlyList<PathSegment> path) =>
            string.Join("/", path.Select(s => s.ParentType is null ? s.ResponseKey : s.ParentType + ":" + s.ResponseKey));
    }
}
