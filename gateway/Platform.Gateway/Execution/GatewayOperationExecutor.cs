using System.Diagnostics;
using Microsoft.Extensions.Options;
using Platform.Gateway.Planning;
using Platform.Gateway.Registry;
using Platform.GraphQL.AspNetCore;
using Platform.GraphQL.Diagnostics;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Execution;

/// <summary>
/// The gateway's operation executor for the GraphQL endpoint: the engine parses and validates the operation against
/// the API schema of the graph served when the request arrived (limits, timeout and tracing as configured), and
/// executes it over the module answers the plan fetches (see <see cref="ResponseKeyResolvers"/>). Subscriptions
/// (over Server-Sent Events) go to <see cref="GatewaySubscriptions"/>.
/// </summary>
internal sealed class GatewayOperationExecutor(
    ModuleRegistry registry, PlanExecutor executor, GatewaySubscriptions subscriptions, IOptionsMonitor<GatewayOptions> options)
    : IGraphQLOperationExecutor, IGraphQLSubscriptionExecutor
{
    public Task<SubscriptionResult> SubscribeAsync(GraphQLOperationRequest request, CancellationToken cancellationToken) =>
        subscriptions.SubscribeAsync(request, cancellationToken);

    public const string GatewaySpan = "graphql.gateway";

    public async Task<ExecutionResult> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken)
    {
        if (registry.Current is not { } snapshot)
        {
            return ExecutionResult.FromErrors([GatewayErrors.NoSupergraph()]);
        }

        var headers = ForwardedHeaders.From(request.HttpContext, options.CurrentValue.EffectiveForwardedRequestHeaders);

        // Without a server span (no listener on ASP.NET Core's), the gateway's spans still join the caller's trace.
        using var callerSpan = Activity.Current is null && headers.CallerContext is { } caller
            ? GraphQLDiagnostics.ActivitySource.StartActivity(GatewaySpan, ActivityKind.Server, caller)
            : null;
        var state = new GatewayRequest(snapshot, executor, request.Query, request.OperationName, request.Variables, headers);
        var result = await RequestRunner.RunAsync(
            snapshot.Schema, request.Query, request.Options, request.Variables, request.OperationName, state, cancellationToken).ConfigureAwait(false);
        var loose = state.LooseErrors;
        var showPlan = options.CurrentValue.ExposeQueryPlans && request.Extensions?.GetValueOrDefault("queryPlan") is true && result.HasData;
        if (loose.Count == 0 && !showPlan)
        {
            return result;
        }

        var extensions = result.Extensions;
        if (showPlan)
        {
            extensions = new Dictionary<string, object?>(result.Extensions ?? new Dictionary<string, object?>())
            {
                ["queryPlan"] = QueryPlanDescription.Describe(state.Plan),
            };
        }

        return new ExecutionResult
        {
            Data = result.Data,
            HasData = result.HasData,
            Errors = loose.Count == 0 ? result.Errors : [.. result.Errors ?? [], .. loose],
            Extensions = extensions,
        };
    }
}
