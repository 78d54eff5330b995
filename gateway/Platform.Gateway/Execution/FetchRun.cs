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
            response.Merge(response.Data, data);
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
            var marker = new FieldErrorMarker(error, reportOnce: true);
            foreach (var targets in batch.Targets)
            {
                foreach (var (entity, _) in targets)
                {
                    response.MarkMissing(entity, fetch.ResponseKeys, marker);
                }
            }

            return;
        }

        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is Dictionary<string, object?> result)
            {
                foreach (var (entity, _) in batch.Targets[i])
                {
                    response.Merge(entity, result, replaceTypeName: fetch.ResolvesType);
                }
            }
        }

        foreach (var error in answer.Errors)
        {
            PlaceEntityError(fetch, batch, error);
        }
    }

    /// <summary>An error at <c>_entities.i.rest</c> belongs at <c>entityPath.rest</c> of every object representation i stands for.</summary>
    private void PlaceEntityError(FetchNode fetch, EntityBatch batch, SubgraphError error)
    {
        if (error.Path is { Count: >= 2 } path && path[0] is "_entities" && path[1] is int index && index < batch.Targets.Count)
        {
            foreach (var (entity, entityPath) in batch.Targets[index])
            {
                var clientPath = entityPath.ToList();
                clientPath.AddRange(path.Skip(2));
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

            return;
        }

        response.AddLooseError(GatewayErrors.FromModule(fetch.Subgraph, error, null));
    }

    /// <summary>The client's variables the fetch's document declares.</summary>
    public static Dictionary<string, object?> SelectVariables(FetchNode fetch, IReadOnlyDictionary<string, object?>? variables)
    {
        var selected = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in fetch.VariableNames)
        {
            if (variables is not null && variables.TryGetValue(name, out var value))
            {
                selected[name] = value;
            }
        }

        return selected;
    }

    private Task<SubgraphResponse> SendAsync(FetchNode fetch, Dictionary<string, object?> fetchVariables)
    {
        var module = supergraph.Subgraphs.FirstOrDefault(s => s.Name == fetch.Subgraph);
        if (module is null)
        {
            return Task.FromResult(SubgraphResponse.Failed(GatewayErrors.Unavailable(fetch.Subgraph, "it is not registered.")));
        }

        return client.PostAsync(fetch.Subgraph, module.Url, fetch.Document, fetchVariables, headers, cancellationToken);
    }
}
