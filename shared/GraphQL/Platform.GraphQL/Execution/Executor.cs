namespace Platform.GraphQL.Execution;

/// <summary>STUB — replaced by the Execution work. Executes one operation (graphql-js <c>execute</c>/<c>subscribe</c>).</summary>
public static class Executor
{
    public static Task<ExecutionResult> ExecuteAsync(ExecutionRequest request) => throw new NotImplementedException();

    /// <summary>A subscription: a stream of results, or a single result with errors when it cannot start.</summary>
    public static Task<SubscriptionResult> SubscribeAsync(ExecutionRequest request) => throw new NotImplementedException();
}

/// <summary>Either a stream of execution results or the errors that kept the subscription from starting.</summary>
public sealed class SubscriptionResult
{
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    public ExecutionResult? Error { get; init; }
}
