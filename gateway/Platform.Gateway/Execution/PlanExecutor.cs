using Platform.Gateway.Planning;
using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Language;

namespace Platform.Gateway.Execution;

/// <summary>
/// Runs a <see cref="QueryPlan"/>: stage by stage, the fetches of a stage in parallel, each answer merged into one
/// response. A mutation's root fetches run in order, each followed by the entity fetches below its fields; a
/// subscription's root fetch is the module's event stream, and each event runs the entity fetches. A module that
/// fails costs only its part: its fields get an error naming it, and what depends on them is skipped.
/// </summary>
public sealed class PlanExecutor(SubgraphClient client)
{
    internal async Task<MergedResponse> ExecuteAsync(
        QueryPlan plan,
        Supergraph supergraph,
        IReadOnlyDictionary<string, object?>? variables,
        ForwardedHeaders headers,
        CancellationToken cancellationToken)
    {
        var response = new MergedResponse();
        var run = new FetchRun(client, supergraph, variables, headers, response, cancellationToken);
        var fetches = plan.Fetches.Where(f => !f.Conditions.IsExcluded(variables)).ToList();
        if (plan.Operation != OperationType.Mutation)
        {
            await RunStagesAsync(run, response, fetches).ConfigureAwait(false);
            return response;
        }

        // Each mutation fetch, then the reads below its fields, before the next mutation fetch.
        var remaining = fetches.Where(f => f.IsEntityFetch).ToList();
        foreach (var root in fetches.Where(f => !f.IsEntityFetch))
        {
            await run.RootAsync(root).ConfigureAwait(false);
            var below = remaining.Where(f => f.Paths.All(p => p.Count > 0 && root.ResponseKeys.Contains(p[0].ResponseKey))).ToList();
            remaining.RemoveAll(below.Contains);
            await RunStagesAsync(run, response, below).ConfigureAwait(false);
        }

        await RunStagesAsync(run, response, remaining).ConfigureAwait(false);
        return response;
    }

    /// <summary>
    /// One event of a subscription: the module's event stands for the plan's root fetch, the entity fetches below it
    /// run as for a query.
    /// </summary>
    internal async Task<MergedResponse> ExecuteEventAsync(
        QueryPlan plan,
        Supergraph supergraph,
        IReadOnlyDictionary<string, object?>? variables,
        ForwardedHeaders headers,
        FetchNode root,
        SubgraphResponse rootAnswer,
        CancellationToken cancellationToken)
    {
        var response = new MergedResponse();
        var run = new FetchRun(client, supergraph, variables, headers, response, cancellationToken);
        run.MergeRoot(root, rootAnswer);
        var below = plan.Fetches.Where(f => f.IsEntityFetch && !f.Conditions.IsExcluded(variables));
        await RunStagesAsync(run, response, below).ConfigureAwait(false);
        return response;
    }

    private static async Task RunStagesAsync(FetchRun run, MergedResponse response, IEnumerable<FetchNode> fetches)
    {
        foreach (var stage in fetches.GroupBy(f => f.Stage).OrderBy(g => g.Key))
        {
            // Entities are collected before any fetch of the stage runs: the others merge into the same objects.
            var calls = stage.Select(fetch => fetch.IsEntityFetch
                    ? (Fetch: fetch, Batch: EntityBatch.Collect(fetch, response.Data))
                    : (Fetch: fetch, Batch: null))
                .ToList();
            await Task.WhenAll(calls.Select(call => call.Batch is null ? run.RootAsync(call.Fetch) : run.EntitiesAsync(call.Fetch, call.Batch)))
                .ConfigureAwait(false);
        }
    }
}
