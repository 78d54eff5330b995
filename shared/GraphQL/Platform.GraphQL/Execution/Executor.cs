using Platform.GraphQL.Language;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Executes one operation of a validated document (graphql-js <c>execute</c>/<c>subscribe</c>). Resolvers may be
/// synchronous or asynchronous; a fully synchronous execution completes without allocating tasks per field.
/// </summary>
public static partial class Executor
{
    public static Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        request.CancellationToken.ThrowIfCancellationRequested();
        if (!TryPrepare(request, out var execution, out var errors))
        {
            return Task.FromResult(ExecutionResult.FromErrors(errors));
        }

        try
        {
            return execution.ExecuteRootAsync().AsTask();
        }
        catch (OperationCanceledException) when (request.CancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ExecutionResult>(request.CancellationToken);
        }
    }

    /// <summary>
    /// graphql-js <c>validateExecutionArgs</c>: picks the operation, indexes the fragments and coerces the
    /// variables; request errors come back in <paramref name="errors"/>.
    /// </summary>
    internal static bool TryPrepare(ExecutionRequest request, out OperationExecutor execution, out IReadOnlyList<GraphQLError> errors)
    {
        execution = null!;
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in request.Document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (request.OperationName is null)
                    {
                        if (operation is not null)
                        {
                            errors = [new GraphQLError("Must provide operation name if query contains multiple operations.")];
                            return false;
                        }

                        operation = candidate;
                    }
                    else if (candidate.Name?.Value == request.OperationName)
                    {
                        operation = candidate;
                    }

                    break;
                case FragmentDefinitionNode fragment:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }

        if (operation is null)
        {
            errors = request.OperationName is not null
                ? [new GraphQLError($"Unknown operation named \"{request.OperationName}\".")]
                : [new GraphQLError("Must provide an operation.")];
            return false;
        }

        if (!VariableValues.TryCoerce(request.Schema, operation.VariableDefinitions, request.VariableValues ?? EmptyVariables, out var variables, out errors))
        {
            return false;
        }

        execution = new OperationExecutor(request, operation, fragments, variables, request.RootValue);
        return true;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyVariables = new Dictionary<string, object?>();
}
