using Platform.Gateway.Registry;
using Platform.GraphQL.AspNetCore;
using Platform.GraphQL.Execution;

namespace Platform.Gateway.Execution;

/// <summary>
/// The gateway's operation executor for the GraphQL endpoint: the engine parses and validates the operation against
/// the API schema of the graph served when the request arrived (limits, timeout and tracing as configured), and
/// executes it over the module answers the plan fetches (see <see cref="ResponseKeyResolvers"/>).
/// </summary>
internal sealed class GatewayOperationExecutor(ModuleRegistry registry, PlanExecutor executor) : IGraphQLOperationExecutor
{
    public async Task<ExecutionResult> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken)
    {
        if (registry.Current is not { } snapshot)
        {
            return ExecutionResult.FromErrors([GatewayErrors.NoSupergraph()]);
        }

        var state = new GatewayRequest(
            snapshot, executor, request.Query, request.OperationName, request.Variables, ForwardedHeaders.From(request.HttpContext));
        var result = await RequestRunner.RunAsync(
            snapshot.Schema, request.Query, request.Options, request.Variables, request.OperationName, state, cancellationToken).ConfigureAwait(false);
        var loose = state.LooseErrors;
        if (loose.Count == 0)
        {
            return result;
        }

        return new ExecutionResult
        {
            Data = result.Data,
            HasData = result.HasData,
            Errors = [.. result.Errors ?? [], .. loose],
            Extensions = result.Extensions,
        };
    }
}
