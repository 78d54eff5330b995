using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// Runs one GraphQL query or mutation for the server's endpoint. The server does the HTTP side (reading,
/// negotiation, limits, the IDE, batching, writing) and hands each operation here. The default runs the registered
/// schema through the engine; a gateway plugs in its own (<c>GraphQLServerBuilder.UseOperationExecutor</c>), for
/// instance one whose schema changes at run time.
/// </summary>
public interface IGraphQLOperationExecutor
{
    /// <summary>
    /// Parse, validate (with <see cref="GraphQLOperationRequest.Options"/>' rules and limits) and execute; request
    /// errors come back as a result without data, never as exceptions.
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken);
}
