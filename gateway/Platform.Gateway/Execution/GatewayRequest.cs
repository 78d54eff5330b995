using Platform.Gateway.Planning;
using Platform.Gateway.Registry;
using Platform.GraphQL;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Execution;

/// <summary>
/// One client operation in the gateway: the supergraph it started on, its raw variables and forwarded headers, and
/// the merged module answers, fetched once when the first root field asks for them. It is the root value of the
/// engine's pass over the API schema that shapes the response.
/// </summary>
internal sealed class GatewayRequest(
    SupergraphSnapshot snapshot,
    PlanExecutor executor,
    string document,
    string? operationName,
    IReadOnlyDictionary<string, object?>? variables,
    ForwardedHeaders headers)
{
    private readonly object _gate = new();
    private Task<MergedResponse>? _response;
    private FieldErrorMarker? _planError;

    /// <summary>The plan the operation ran with (null when it needed no module, e.g. introspection only).</summary>
    public QueryPlan? Plan { get; private set; }

    public IReadOnlyList<GraphQLError> LooseErrors =>
        _response is { IsCompletedSuccessfully: true } done ? done.Result.LooseErrors : [];

    /// <summary>The merged data for the operation the engine is executing (planned and fetched on first use).</summary>
    public async Task<Dictionary<string, object?>> DataAsync(IResolveFieldContext context)
    {
        Task<MergedResponse> response;
        lock (_gate)
        {
            if (_response is null)
            {
                var plan = snapshot.Plans.GetOrPlan(document, operationName, context.Operation, context.Fragments);
                Plan = plan;
                if (plan.Error is { } error)
                {
                    _planError = new FieldErrorMarker(error, reportOnce: true);
                    _response = Task.FromResult(new MergedResponse());
                }
                else
                {
                    _response = executor.ExecuteAsync(plan, snapshot.Supergraph, variables, headers, context.CancellationToken);
                }
            }

            response = _response;
        }

        var merged = await response.ConfigureAwait(false);
        if (_planError is { } planError)
        {
            ResponseKeyResolvers.Raise(planError);
        }

        return merged.Data;
    }
}
