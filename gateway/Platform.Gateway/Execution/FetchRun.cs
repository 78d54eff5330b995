using Platform.Gateway.Execution.Batching;
using Platform.Gateway.Planning;
using Platform.GraphQL.Federation.Composition;

namespace Platform.Gateway.Execution;

/// <summary>One plan's module calls: sending a fetch and merging its answer, errors mapped to the client's paths.</summary>
internal sealed class FetchRun(
    SubgraphClient client,
    Supergraph supergraph,
    IReadOnlyDictionary<string, object?>? variables,
    ForwardedHeaders headers,
    MergedResponse response,
    CancellationToken cancellationToken)
{
    public async Task RootAsync(FetchNode fetch)
    {
        var answer = await SendAsync(fetch, SelectVariables(fetch, variables)).ConfigureAwait(false);
        MergeRoot(fetch, answer);
    }

    /// <summary>Merges a root fetch's answer (a query's, or one event of a subscription's) into the response.</summary>
    public void MergeRoot(FetchNode fetch, SubgraphResponse answer)
    {
        if (answer.Failure is { } failure)
        {
            response.MarkMissing(response.Data, fetch.ResponseKeys, new FieldErrorMarker(failure, reportOnce: true));
            return;
        }

        if (answer.Data is { } data)
        {
            response.MergeRoot(data);
        }

        foreach (var error in answer.Errors)
        {
            var mapped = GatewayErrors.FromModule(fetch.Subgraph, error, error.Path);
            if (error.Path is { Count: > 0 } path)
            {
                response.PlaceError(mapped, path);
            }
            else if (answer.Data is null)
            {
                response.MarkMissing(response.Data, fetch.ResponseKeys, new FieldErrorMarker(mapped, reportOnce: true));
            }
            else
            {
                response.AddLooseError(mapped);
            }
        }
    }

    public async Task EntitiesAsync(FetchNode fetch, EntityBatch batch)
    {
        if (batch.Representations.Count == 0)
        {
            return;
        }

        var fetchVariables = SelectVariables(fetch, variables);
        fetchVariables[fetch.RepresentationsVariable] = batch.Representations;
        var answer = await SendAsync(fetch, fetchVariables).ConfigureAwait(false);
        var entities = answer.Data?.GetValueOrDefault("_entities") as List<object?>;
        var failure = answer.Failure;
        if (failure is null && entities is not null && entities.Count != batch.Representations.Count)
        {
            failure = GatewayErrors.InvalidResponse(
                fetch.Subgraph, $"_entities returned {entities.Count} entities for {batch.Representations.Count} representations.");
        }

        if (failure is null && entities is null && answer.Errors.Count == 0)
        {
            failure = GatewayErrors.InvalidResponse(fetch.Subgraph, "_entities is missing.");
        }

        if (failure is not null || entities is null)
        {
            var error = failure ?? GatewayErrors.FromModule(fetch.Subgraph, answer.Errors[0], null);
            response.MarkMissing(batch.Targets, fetch.ResponseKeys, new FieldErrorMarker(error, reportOnce: true));
            return;
        }

        response.MergeEntities(batch, entities, fetch.ResolvesType);
        if (answer.Errors.Count > 0)
        {
            PlaceEntityErrors(fetch, batch, answer.Errors);
        }
    }

    /// <summary>An error at <c>_entities.i.rest</c> belongs at <c>entityPath.rest</c> of every object representation i stands for.</summary>
    private void PlaceEntityErrors(FetchNode fetch, EntityBatch batch, IReadOnlyList<SubgraphError> errors)
    {
        var paths = FindPaths(fetch, batch, errors);
        foreach (var error in errors)
        {
            if (EntityIndex(error, batch) is not { } index)
            {
                response.AddLooseError(GatewayErrors.FromModule(fetch.Subgraph, error, null));
                continue;
            }

            var path = error.Path!;
            foreach (var entity in batch.TargetsOf(index))
            {
                if (!paths.TryGetValue(entity, out var entityPath))
                {
                    // Not reachable any more (see EntityPaths): reported beside the data rather than lost.
                    response.AddLooseError(GatewayErrors.FromModule(fetch.Subgraph, error, null));
                    continue;
                }

                var clientPath = new List<object>(entityPath.Count + path.Count - 2);
                clientPath.AddRange(entityPath);
                for (var i = 2; i < path.Count; i++)
                {
                    clientPath.Add(path[i]);
                }

                var mapped = GatewayErrors.FromModule(fetch.Subgraph, error, clientPath);
                if (path.Count == 2)
                {
                    // The entity itself failed: its fields from this fetch carry the error (once).
                    response.MarkMissing(entity, fetch.ResponseKeys, new FieldErrorMarker(mapped, reportOnce: true));
                }
                else
                {
                    response.PlaceError(mapped, clientPath);
                }
            }
        }
    }

    /// <summary>The client paths of the objects the errors are about, in one walk.</summary>
    private Dictionary<Dictionary<string, object?>, List<object>> FindPaths(
        FetchNode fetch, EntityBatch batch, IReadOnlyList<SubgraphError> errors)
    {
        var wanted = new HashSet<Dictionary<string, object?>>(ReferenceEqualityComparer.Instance);
        foreach (var error in errors)
        {
            if (EntityIndex(error, batch) is { } index)
            {
                foreach (var entity in batch.TargetsOf(index))
                {
                    wanted.Add(entity);
                }
            }
        }

        return wanted.Count == 0 ? [] : response.FindPaths(fetch, wanted);
    }

    private static int? EntityIndex(SubgraphError error, EntityBatch batch) =>
        error.Path is { Count: >= 2 } path && path[0] is "_entities" && path[1] is int index && index >= 0 && index < batch.Representations.Count
            ? index
            : null;

    /// <summary>The client's variables the fetch's document declares.</summary>
    public static Dictionary<string, object?> SelectVariables(FetchNode fetch, IReadOnlyDictionary<string, object?>? variables)
    {
        var names = fetch.VariableNames;
        var selected = new Dictionary<string, object?>(names.Count + (fetch.IsEntityFetch ? 1 : 0), StringComparer.Ordinal);
        for (var i = 0; variables is not null && i < names.Count; i++)
        {
            if (variables.TryGetValue(names[i], out var value))
            {
                selected[names[i]] = value;
            }
        }

        return selected;
    }

    private Task<SubgraphResponse> SendAsync(FetchNode fetch, Dictionary<string, object?> fetchVariables)
    {
        var modules = supergraph.Subgraphs;
        for (var i = 0; i < modules.Count; i++)
        {
            if (modules[i].Name == fetch.Subgraph)
            {
                return client.PostAsync(fetch.Subgraph, modules[i].Url, fetch.Document, fetchVariables, headers, cancellationToken);
            }
        }

        return Task.FromResult(SubgraphResponse.Failed(GatewayErrors.Unavailable(fetch.Subgraph, "it is not registered.")));
    }
}
