using Platform.Gateway.Execution.Batching;
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
        var fetches = Included(plan.Fetches, variables);
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
        var below = Included(plan.Fetches, variables).Where(f => f.IsEntityFetch).ToList();
        await RunStagesAsync(run, response, below).ConfigureAwait(false);
        return response;
    }

    /// <summary>The fetches the request's variables do not exclude (the plan's own list when none is).</summary>
    private static IReadOnlyList<FetchNode> Included(IReadOnlyList<FetchNode> fetches, IReadOnlyDictionary<string, object?>? variables)
    {
        for (var i = 0; i < fetches.Count; i++)
        {
            if (fetches[i].Conditions.IsExcluded(variables))
            {
                return fetches.Where(f => !f.Conditions.IsExcluded(variables)).ToList();
            }
        }

        return fetches;
    }

    /// <param name="fetches">In the plan's order, which is by stage; a list out of that order is sorted (stably) first.</param>
    private static async Task RunStagesAsync(FetchRun run, MergedResponse response, IReadOnlyList<FetchNode> fetches)
    {
        if (!IsByStage(fetches))
        {
            fetches = fetches.OrderBy(f => f.Stage).ToList();
        }

        for (var start = 0; start < fetches.Count;)
        {
            var end = start + 1;
            while (end < fetches.Count && fetches[end].Stage == fetches[start].Stage)
            {
                end++;
            }

            // Entities are collected before any fetch of the stage runs: the others merge into the same objects.
            var batches = new EntityBatch?[end - start];
            for (var i = start; i < end; i++)
            {
                batches[i - start] = fetches[i].IsEntityFetch ? EntityBatch.Collect(fetches[i], response.Data) : null;
            }

            if (end - start == 1)
            {
                await RunAsync(run, fetches[start], batches[0]).ConfigureAwait(false);
            }
            else
            {
                var calls = new Task[end - start];
                for (var i = start; i < end; i++)
                {
                    calls[i - start] = RunAsync(run, fetches[i], batches[i - start]);
                }

                await Task.WhenAll(calls).ConfigureAwait(false);
            }

            start = end;
        }
    }

    private static Task RunAsync(FetchRun run, FetchNode fetch, EntityBatch? batch) =>
        batch is null ? run.RootAsync(fetch) : run.EntitiesAsync(fetch, batch);

    private static bool IsByStage(IReadOnlyList<FetchNode> fetches)
    {
        for (var i = 1; i < fetches.Count; i++)
        {
            if (fetches[i].Stage < fetches[i - 1].Stage)
            {
                return false;
            }
        }

        return true;
    }
}
