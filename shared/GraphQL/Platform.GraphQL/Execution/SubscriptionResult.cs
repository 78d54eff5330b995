namespace Platform.GraphQL.Execution;

/// <summary>Either a stream of execution results or the errors that kept the subscription from starting.</summary>
public sealed class SubscriptionResult
{
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    public ExecutionResult? Error { get; init; }
}
