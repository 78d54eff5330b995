using Platform.Gateway.Execution;
using Platform.Gateway.Planning;
using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Types;

namespace Platform.Gateway.Registry;

/// <summary>
/// One composed graph as it is served: the supergraph, its API schema with the gateway's resolvers, and its plans.
/// Immutable once published; a request keeps the snapshot it started on, so a recomposition never changes a
/// request half way.
/// </summary>
public sealed class SupergraphSnapshot
{
    private readonly TaskCompletionSource _retired = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SupergraphSnapshot(Supergraph supergraph, long version)
    {
        Supergraph = supergraph;
        Version = version;
        Schema = supergraph.ApiSchema;
        ResponseKeyResolvers.Install(Schema);
        Plans = new QueryPlanCache(new QueryPlanner(supergraph));
    }

    public Supergraph Supergraph { get; }

    /// <summary>Counts publications: 1 for the first graph served, one more per successful change.</summary>
    public long Version { get; }

    public Schema Schema { get; }

    public QueryPlanCache Plans { get; }

    /// <summary>Completes when another graph (or none) is published in this one's place.</summary>
    public Task Retired => _retired.Task;

    internal void Retire() => _retired.TrySetResult();
}
