using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore.Execution;

/// <summary>The default <see cref="IGraphQLOperationExecutor"/>: the registered schema, run by the engine.</summary>
internal sealed class SchemaOperationExecutor(Schema schema) : IGraphQLOperationExecutor
{
    public Schema Schema { get; } = schema;

    public Task<ExecutionResult> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken) =>
        RequestRunner.RunAsync(
            Schema, request.Query, request.Options, request.Variables, request.OperationName, request.RootValue, cancellationToken);
}
