using System.Collections.Concurrent;
using Platform.GraphQL.Language;

namespace Platform.Gateway.Planning;

/// <summary>
/// Plans by document text and operation name, for one supergraph (a new supergraph starts a new cache). Bounded: when
/// full it starts over, so a client sending ever new documents cannot grow it without limit.
/// </summary>
public sealed class QueryPlanCache(QueryPlanner planner, int capacity = 1024)
{
    private readonly ConcurrentDictionary<(string Document, string? OperationName), QueryPlan> _plans = new();

    public int Count => _plans.Count;

    public QueryPlan GetOrPlan(
        string document, string? operationName, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var key = (document, operationName);
        if (_plans.TryGetValue(key, out var plan))
        {
            return plan;
        }

        plan = planner.Plan(operation, fragments);
        if (_plans.Count >= capacity)
        {
            _plans.Clear();
        }

        return _plans.GetOrAdd(key, plan);
    }
}
