using Platform.Gateway.Planning;
using Platform.GraphQL.Federation.Composition;
using Platform.GraphQL.Language;

namespace Platform.Gateway.Execution;

/// <summary>
/// Runs a <see cref="QueryPlan"/>: stage by stage, the fetches of a stage in parallel (a mutation's root fetches in
/// order), each answer merged into one response. A module that fails costs only its part: its fields get an error
/// naming it, and what depends on them is skipped.
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
        var fetches = plan.Fetches.Where(f => !f.Conditions.IsExcluded(variables));
        foreach (var stage in fetches.GroupBy(f => f.Stage).OrderBy(g => g.Key))
        {
            if (stage.Key == 0 && plan.Operation == OperationType.Mutation)
            {
                foreach (var fetch in stage)
                {
                    await run.RootAsync(fetch).ConfigureAwait(false);
                }

                continue;
            }

            // Entities are collected before any fetch of the stage runs: the others merge into the same objects.
            var calls = stage.Select(fetch => fetch.IsEntityFetch
                    ? (Fetch: fetch, Batch: EntityBatch.Collect(fetch, response.Data))
                    : (Fetch: fetch, Batch: null))
                .ToList();
            await Task.WhenAll(calls.Select(call => call.Batch is null ? run.RootAsync(call.Fetch) : run.EntitiesAsync(call.Fetch, call.Batch)))
                .ConfigureAwait(false);
        }

        return response;
    }
}
